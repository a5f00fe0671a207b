/** The frame of every signed-in dashboard page: the site header with sign-out, the tabs, and a wide main. */
import type { Child } from "hono/jsx";
import { dashboardUrls } from "../../src/dashboard/urls";
import { translatorFor } from "../../src/i18n/translator";
import { SiteHeader } from "../components/site-header";
import { Layout } from "../layout";
import { DashboardHead } from "./dashboard-head";
import { DASHBOARD_CSS } from "./dashboard-styles";

/** The dashboard is for the app's team, in English. */
const ENGLISH = translatorFor("en");

/** What every signed-in page needs from its route. */
export interface ShellContext {
  appName: string;
  /** The per-response CSP nonce. */
  nonce: string;
  /** The session's CSRF token, for the sign-out form (and any other POST on the page). */
  csrf: string;
}

export interface DashboardShellProps extends ShellContext {
  /** The page's own part of the title, e.g. "Overview". */
  title: string;
  /** The tab to mark as current. */
  current: "overview" | "shares" | null;
  children: Child;
}

const TABS = [
  { key: "overview", label: "Overview", href: dashboardUrls.home },
  { key: "shares", label: "Shares", href: dashboardUrls.shares() },
] as const;

/**
 * @example
 * <DashboardShell appName="Scout" nonce={nonce} csrf={csrf} title="Overview" current="overview">…</DashboardShell>
 */
export function DashboardShell({ appName, nonce, csrf, title, current, children }: DashboardShellProps) {
  return (
    <Layout title={`${title} · ${appName} dashboard`} lang="en" dir="ltr" nonce={nonce} robots="noindex, nofollow" extraCss={DASHBOARD_CSS} head={<DashboardHead appName={appName} />}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader appName={appName} t={ENGLISH} homeHref={dashboardUrls.home} area="Dashboard" wide>
        <form class="site-header__end" method="post" action={dashboardUrls.logout}>
          <input type="hidden" name="csrf" value={csrf} />
          <button class="link-button" type="submit">
            Sign out
          </button>
        </form>
      </SiteHeader>
      <nav class="tabs" aria-label="Dashboard">
        <ul class="wrap wrap--wide tabs__list">
          {TABS.map((tab) => (
            <li>
              <a class="tabs__link" href={tab.href} aria-current={current === tab.key ? "page" : undefined}>
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="wrap wrap--wide dash">
        {children}
      </main>
    </Layout>
  );
}
