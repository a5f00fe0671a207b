/** The sign-in page: one field for an API token; says why you are here (signed out, session ended, wrong token, too many tries). */
import { dashboardUrls } from "../../src/dashboard/urls";
import { translatorFor } from "../../src/i18n/translator";
import { BrandMark } from "../components/brand-mark";
import { SiteHeader } from "../components/site-header";
import { Layout } from "../layout";
import { DashboardHead } from "./dashboard-head";
import { DASHBOARD_CSS } from "./dashboard-styles";

/** The dashboard is for the app's team, in English. */
const ENGLISH = translatorFor("en");

export type LoginNotice = "signed-out" | "session-ended" | "wrong-token" | "rate-limited" | "forbidden" | null;

export interface LoginPageProps {
  appName: string;
  nonce: string;
  /** Where to go after signing in (already checked by safeNextPath). */
  next: string;
  notice: LoginNotice;
  /** Local development only: the token to type, named on the page. */
  localToken: string | null;
  /** With the "rate-limited" notice: the seconds left until the client may try again. */
  retryAfterSeconds?: number;
}

const NOTICES: Record<Exclude<LoginNotice, null>, { text: string; kind: "ok" | "error" | "info" }> = {
  "signed-out": { text: "You are signed out.", kind: "ok" },
  "session-ended": { text: "Your session ended. Sign in again to continue.", kind: "info" },
  "wrong-token": { text: "That token is not one of this deployment's API tokens.", kind: "error" },
  "rate-limited": { text: "Too many failed sign-in attempts from this network.", kind: "error" },
  forbidden: { text: "That form came from another site or an old page. Sign in here.", kind: "error" },
};

/** "Try again in 14 minutes.", rounded up to whole minutes (seconds under one). */
function tryAgainIn(seconds: number): string {
  if (seconds < 60) return `Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * @example
 * <LoginPage appName="Scout" nonce={nonce} next="/dashboard" notice={null} localToken={null} />
 */
export function LoginPage({ appName, nonce, next, notice, localToken, retryAfterSeconds }: LoginPageProps) {
  const message = notice ? NOTICES[notice] : null;
  const wait = notice === "rate-limited" && retryAfterSeconds !== undefined ? ` ${tryAgainIn(retryAfterSeconds)}` : "";
  const invalid = notice === "wrong-token";
  return (
    <Layout title={`Sign in · ${appName} dashboard`} lang="en" dir="ltr" nonce={nonce} robots="noindex, nofollow" extraCss={DASHBOARD_CSS} head={<DashboardHead appName={appName} />}>
      <SiteHeader appName={appName} t={ENGLISH} homeHref="/" area="Dashboard" />
      <main class="wrap signin" id="main">
        <div class="signin__card">
          <BrandMark />
          <h1 class="signin__title">Sign in to the dashboard</h1>
          <p class="signin__text">See how shared briefings bring readers to {appName}: unfurls, views, taps and app opens, exactly counted.</p>
          {message ? (
            <p
              class={message.kind === "error" ? "notice-box notice-box--error" : message.kind === "ok" ? "notice-box notice-box--ok" : "notice-box"}
              id="signin-notice"
              role={message.kind === "error" ? "alert" : "status"}
            >
              {message.text}
              {wait}
            </p>
          ) : null}
          <form class="signin__form" method="post" action={dashboardUrls.login()}>
            <input type="hidden" name="next" value={next} />
            <div class="field">
              <label for="token">API token</label>
              <input
                class="input"
                id="token"
                name="token"
                type="password"
                autocomplete="current-password"
                required
                maxlength={512}
                aria-invalid={invalid ? "true" : undefined}
                aria-describedby={invalid ? "signin-notice" : undefined}
              />
            </div>
            <button class="button" type="submit">
              Sign in
            </button>
          </form>
          <p class="signin__hint">
            {localToken ? (
              <>
                Local development: the token is <code>{localToken}</code>.
              </>
            ) : (
              <>Use one of the bearer tokens in API_TOKENS. The session lasts 8 hours.</>
            )}
          </p>
        </div>
      </main>
    </Layout>
  );
}
