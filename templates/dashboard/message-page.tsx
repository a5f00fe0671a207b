/** A plain dashboard page for a status that is not a page of data: a bad request (400), not configured (503), forbidden (403), not found (404). */
import { translatorFor } from "../../src/i18n/translator";
import { SiteHeader } from "../components/site-header";

/** The dashboard is for the app's team, in English. */
const ENGLISH = translatorFor("en");
import { Layout } from "../layout";
import { DashboardHead } from "./dashboard-head";
import { DASHBOARD_CSS } from "./dashboard-styles";

export interface MessagePageProps {
  appName: string;
  nonce: string;
  status: 400 | 403 | 404 | 503;
  title: string;
  /** One or two sentences; may name a configuration variable. */
  text: string;
  /** A way on, e.g. back to the list. */
  link?: { href: string; label: string };
}

/**
 * @example
 * <MessagePage appName="Scout" nonce={nonce} status={503} title="The dashboard is not set up" text="Set DASHBOARD_SESSION_SECRET…" />
 */
export function MessagePage({ appName, nonce, status, title, text, link }: MessagePageProps) {
  return (
    <Layout title={`${title} · ${appName} dashboard`} lang="en" dir="ltr" nonce={nonce} robots="noindex, nofollow" extraCss={DASHBOARD_CSS} head={<DashboardHead appName={appName} />}>
      <SiteHeader appName={appName} t={ENGLISH} homeHref="/dashboard" area="Dashboard" />
      <main class="wrap" id="main">
        <section class="notice" aria-labelledby="notice-title">
          <p class="notice__code">Error {status}</p>
          <h1 class="notice__title" id="notice-title">
            {title}
          </h1>
          <p class="notice__text">{text}</p>
          {link ? (
            <div class="notice__actions">
              <a class="button button--ghost" href={link.href}>
                {link.label}
              </a>
            </div>
          ) : null}
        </section>
      </main>
    </Layout>
  );
}
