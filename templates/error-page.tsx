/** Pages for a share that is unknown (404), revoked or expired (410), or unreachable (503): branded, noindex, with the app's CTA. */
import { CtaCard } from "./components/cta";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface ErrorPageProps {
  status: 404 | 410 | 503;
  appName: string;
  appTagline: string;
  /** The per-response CSP nonce. */
  nonce: string;
  /** Where the CTA links: `/b/:id/get?via=error` for a 410, `/get?via=error` otherwise. */
  ctaHref?: string;
  /** Safari's Smart App Banner content, or null without IOS_APP_ID. */
  smartAppBanner?: string | null;
}

/** Plain words: what happened, and what the reader can do next. */
const MESSAGES = {
  404: {
    title: "This briefing doesn't exist",
    body: "The link may be mistyped or cut short. Ask the person who shared it to send it again.",
  },
  410: {
    title: "This briefing is no longer shared",
    body: "The person who shared it removed it, or the link expired. The news moves on, and so can you.",
  },
  503: {
    title: "We couldn't load this briefing",
    body: "Something went wrong on our side. Please try again in a moment.",
  },
} as const;

/**
 * @example
 * <ErrorPage status={410} appName="Scout" appTagline="…" nonce={c.var.cspNonce} ctaHref={shareUrls.cta(origin, id, "error")} />
 */
export function ErrorPage({ status, appName, appTagline, nonce, ctaHref = "/get?via=error", smartAppBanner = null }: ErrorPageProps) {
  const message = MESSAGES[status];
  return (
    <Layout title={`${message.title} · ${appName}`} lang="en" dir="ltr" nonce={nonce} robots="noindex" smartAppBanner={smartAppBanner}>
      <SiteHeader appName={appName} ctaHref={ctaHref} />
      <main class="wrap">
        <section class="notice" aria-labelledby="notice-title">
          <p class="notice__code">Error {status}</p>
          <h1 class="notice__title" id="notice-title">
            {message.title}
          </h1>
          <p class="notice__text">{message.body}</p>
          {status === 503 ? (
            <div class="notice__actions">
              <a class="button button--ghost" href="">
                Try again
              </a>
            </div>
          ) : null}
        </section>
        <CtaCard appName={appName} appTagline={appTagline} href={ctaHref} title="Get your own daily briefing" />
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} lead="" />
    </Layout>
  );
}
