/** The brand's own page at GET /: what the app is, with the same call to action as a share. */
import { BrandMark } from "./components/brand-mark";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { StoreBadges } from "./components/store-badges";
import { Layout } from "./layout";

export interface HomePageProps {
  appName: string;
  appTagline: string;
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
  { title: "Five minutes, every morning", text: "The stories that matter, in a short briefing written to be read over coffee." },
  { title: "Every claim, sourced", text: "Each paragraph links to the reporting behind it, so you can read further." },
  { title: "Made to share", text: "Send a briefing to anyone: it opens as a clean page, no app or account needed." },
] as const;

/**
 * @example
 * <HomePage appName="Scout" appTagline="Be the smartest in the room" nonce={c.var.cspNonce} canonicalUrl="https://share.example.app/" ctaHref="/get?via=home" />
 */
export function HomePage({ appName, appTagline, nonce, canonicalUrl, ctaHref, ogImage = null, smartAppBanner = null }: HomePageProps) {
  const description = `${appName} sends you a short, sourced news briefing every morning. ${appTagline}.`;
  return (
    <Layout
      title={`${appName} · ${appTagline}`}
      lang="en"
      dir="ltr"
      nonce={nonce}
      smartAppBanner={smartAppBanner}
      head={
        <>
          <meta name="description" content={description} />
          {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
          <meta property="og:type" content="website" />
          <meta property="og:title" content={`${appName} · ${appTagline}`} />
          <meta property="og:description" content={description} />
          {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
          <meta property="og:site_name" content={appName} />
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
      <SiteHeader appName={appName} ctaHref={ctaHref} />
      <main class="wrap">
        <section class="hero" aria-labelledby="hero-title">
          <BrandMark />
          <h1 class="hero__title" id="hero-title">
            {appTagline}
          </h1>
          <p class="hero__text">
            {appName} reads the news for you and sends a short, sourced briefing every morning. Get your own daily
            briefing, free on iPhone and Android.
          </p>
          <StoreBadges href={ctaHref} />
        </section>
        <ul class="features">
          {FEATURES.map((feature) => (
            <li class="feature">
              <h2 class="feature__title">{feature.title}</h2>
              <p class="feature__text">{feature.text}</p>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} lead="" />
    </Layout>
  );
}
