/** The brand's own page at GET /: what the app is, with the same call to action as a share. */
import type { Translator } from "../src/i18n/translator";
import { BrandMark } from "./components/brand-mark";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { StoreBadges } from "./components/store-badges";
import { Layout } from "./layout";

export interface HomePageProps {
  appName: string;
  /** The tagline and pitch in the page's language (see brandFor). */
  appTagline: string;
  pitch?: string | null;
  /** The reader's language, negotiated from Accept-Language. */
  t: Translator;
  /** The per-response CSP nonce. */
  nonce: string;
  /** PUBLIC_ORIGIN + "/", or null when the origin is not configured. */
  canonicalUrl: string | null;
  /** Where the CTA links: `/get?via=home`. */
  ctaHref: string;
  /** The brand card (`/og.png`, absolute), for link previews; null without PUBLIC_ORIGIN. */
  ogImage?: { url: string; width: number; height: number; alt: string } | null;
  /** Safari's Smart App Banner content, or null without IOS_APP_ID. */
  smartAppBanner?: string | null;
}

const FEATURES = [
  { title: "home.feature1.title", text: "home.feature1.text" },
  { title: "home.feature2.title", text: "home.feature2.text" },
  { title: "home.feature3.title", text: "home.feature3.text" },
] as const;

/** The tagline as a sentence in the language's own full stop, never two. */
const sentence = (text: string, stop: string) => (/[.!?…。！？।]$/u.test(text) || !stop ? text : `${text}${stop}`);

/**
 * @example
 * <HomePage appName="Scout" appTagline="Be the smartest in the room" t={translatorFor("en")} nonce={c.var.cspNonce}
 *   canonicalUrl="https://share.example.app/" ctaHref="/get?via=home" />
 */
export function HomePage({ appName, appTagline, pitch, t, nonce, canonicalUrl, ctaHref, ogImage = null, smartAppBanner = null }: HomePageProps) {
  const title = t.t("home.documentTitle", { app: appName, tagline: appTagline });
  const description = t.t("home.description", { app: appName, tagline: sentence(appTagline, t.t("punctuation.sentenceEnd")) });
  const { locale, dir, ogLocale } = t.language;
  return (
    <Layout
      title={title}
      lang={locale}
      dir={dir}
      nonce={nonce}
      smartAppBanner={smartAppBanner}
      head={
        <>
          <meta name="description" content={description} />
          {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
          <meta property="og:type" content="website" />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description} />
          {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
          <meta property="og:site_name" content={appName} />
          <meta property="og:locale" content={ogLocale} />
          {ogImage ? (
            <>
              <meta property="og:image" content={ogImage.url} />
              <meta property="og:image:width" content={String(ogImage.width)} />
              <meta property="og:image:height" content={String(ogImage.height)} />
              <meta property="og:image:alt" content={ogImage.alt} />
              <meta property="og:image:type" content="image/png" />
            </>
          ) : null}
          <meta name="twitter:card" content={ogImage ? "summary_large_image" : "summary"} />
        </>
      }
    >
      <SiteHeader appName={appName} t={t} ctaHref={ctaHref} />
      <main class="wrap">
        <section class="hero" aria-labelledby="hero-title">
          <BrandMark />
          <h1 class="hero__title" id="hero-title">
            {appTagline}
          </h1>
          <p class="hero__text">{t.t("home.heroText", { pitch: pitch ?? t.t("cta.pitch", { app: appName }) })}</p>
          <StoreBadges href={ctaHref} t={t} />
        </section>
        <ul class="features">
          {FEATURES.map((feature) => (
            <li class="feature">
              <h2 class="feature__title">{t.t(feature.title)}</h2>
              <p class="feature__text">{t.t(feature.text)}</p>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} t={t} />
    </Layout>
  );
}
