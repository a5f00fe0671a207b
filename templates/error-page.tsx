/** Pages for a share that is unknown (404), revoked or expired (410), or unreachable (503): branded, noindex, with the app's CTA. */
import type { Translator } from "../src/i18n/translator";
import { CtaCard } from "./components/cta";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface ErrorPageProps {
  status: 404 | 410 | 503;
  appName: string;
  /** The tagline and pitch in the page's language (see brandFor). */
  appTagline: string;
  pitch?: string | null;
  /** The reader's language, negotiated from Accept-Language. */
  t: Translator;
  /** The per-response CSP nonce. */
  nonce: string;
  /** Where the CTA links: `/b/:id/get?via=error` for a 410, `/get?via=error` otherwise. */
  ctaHref?: string;
  /** Safari's Smart App Banner content, or null without IOS_APP_ID. */
  smartAppBanner?: string | null;
}

/** Plain words: what happened, and what the reader can do next. */
const MESSAGES = {
  404: { title: "error.404.title", body: "error.404.body" },
  410: { title: "error.410.title", body: "error.410.body" },
  503: { title: "error.503.title", body: "error.503.body" },
} as const;

/**
 * @example
 * <ErrorPage status={410} appName="Scout" appTagline="…" t={translatorFor("fr")} nonce={c.var.cspNonce} ctaHref={shareUrls.cta(origin, id, "error")} />
 */
export function ErrorPage({ status, appName, appTagline, pitch, t, nonce, ctaHref = "/get?via=error", smartAppBanner = null }: ErrorPageProps) {
  const title = t.t(MESSAGES[status].title);
  const { locale, dir, ogLocale } = t.language;
  return (
    <Layout
      title={t.t("common.titleWithApp", { title, app: appName })}
      lang={locale}
      dir={dir}
      nonce={nonce}
      robots="noindex"
      smartAppBanner={smartAppBanner}
      head={<meta property="og:locale" content={ogLocale} />}
    >
      <SiteHeader appName={appName} t={t} ctaHref={ctaHref} />
      <main class="wrap">
        <section class="notice" aria-labelledby="notice-title">
          <p class="notice__code">{t.t("error.code", { status: String(status) })}</p>
          <h1 class="notice__title" id="notice-title">
            {title}
          </h1>
          <p class="notice__text">{t.t(MESSAGES[status].body)}</p>
          {status === 503 ? (
            <div class="notice__actions">
              <a class="button button--ghost" href="">
                {t.t("error.tryAgain")}
              </a>
            </div>
          ) : null}
        </section>
        <CtaCard appName={appName} appTagline={appTagline} pitch={pitch ?? null} t={t} href={ctaHref} />
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} t={t} />
    </Layout>
  );
}
