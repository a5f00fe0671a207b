/** The get-the-app page for desktops: a QR code of the call to action, and both store badges. */
import { ClipboardHandoffNote, ClipboardHandoffScript } from "./components/clipboard-handoff";
import type { Translator } from "../src/i18n/translator";
import { QrCode } from "./components/qr-code";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { StoreBadge } from "./components/store-badges";
import { Layout } from "./layout";

export interface GetAppPageProps {
  appName: string;
  appTagline: string;
  /** The reader's language, negotiated from Accept-Language. */
  t: Translator;
  nonce: string;
  /** The CTA URL the QR code encodes (`…/get?via=qr`), or null when PUBLIC_ORIGIN is not configured. */
  qrUrl: string | null;
  /** Direct store links with attribution; a badge is left out when its store is not configured. */
  appStoreUrl: string | null;
  playStoreUrl: string | null;
  /** With IOS_CLIPBOARD_HANDOFF=on, for a share's CTA: the share URL a tap on a store badge copies on iOS. */
  clipboardHandoffUrl?: string | null;
}

/** The QR code's frame; the stylesheet has no rule for it (one page uses it). */
const PAGE_CSS = `
.get-app{padding-block:2.5rem 1rem;text-align:center}
.get-app__title{font:700 clamp(1.75rem,5vw,2.25rem)/1.15 var(--font-serif);letter-spacing:-.015em}
.get-app__text{max-width:28rem;margin:.75rem auto 1.75rem;color:var(--muted);font-size:1.0625rem}
.qr-frame{display:inline-block;margin-block-end:1.75rem;padding:.75rem;border-radius:var(--radius);background:#fff;box-shadow:var(--shadow);border:1px solid var(--border)}
.qr{width:12rem;height:12rem}
`;

/**
 * An iPad in desktop mode says it is a Mac; the script (allowed by nonce) sends a touch "Mac"
 * straight to the App Store link that is already on the page.
 */
const IPAD_SCRIPT = `(function(){var a=document.querySelector("a.store-badge--app-store");if(a&&/Macintosh/.test(navigator.userAgent)&&navigator.maxTouchPoints>1)location.replace(a.href)})();`;

/**
 * @example
 * <GetAppPage appName="Scout" appTagline="…" t={translatorFor("en")} nonce={c.var.cspNonce} qrUrl="https://share.example.app/b/q3V9-xk2LrT_/get?via=qr"
 *   appStoreUrl="https://apps.apple.com/app/id6450000000?pt=118000000&ct=share_banner&mt=8" playStoreUrl="https://play.google.com/…" />
 */
export function GetAppPage({ appName, appTagline, t, nonce, qrUrl, appStoreUrl, playStoreUrl, clipboardHandoffUrl }: GetAppPageProps) {
  const title = t.t("getApp.title", { app: appName });
  const { locale, dir, ogLocale } = t.language;
  return (
    <Layout
      title={title}
      lang={locale}
      dir={dir}
      nonce={nonce}
      robots="noindex"
      extraCss={PAGE_CSS}
      head={<meta property="og:locale" content={ogLocale} />}
    >
      <SiteHeader appName={appName} t={t} />
      <main class="wrap">
        <section class="get-app" aria-labelledby="get-app-title">
          <h1 class="get-app__title" id="get-app-title">
            {title}
          </h1>
          <p class="get-app__text">{qrUrl ? t.t("getApp.scan", { app: appName }) : t.t("getApp.free", { app: appName })}</p>
          {qrUrl ? (
            <div class="qr-frame">
              <QrCode text={qrUrl} label={t.t("getApp.qrLabel", { app: appName })} />
            </div>
          ) : null}
          <div class="store-badges">
            <div class="store-badges__row">
              {appStoreUrl ? <StoreBadge store="app-store" href={appStoreUrl} t={t} /> : null}
              {playStoreUrl ? <StoreBadge store="google-play" href={playStoreUrl} t={t} /> : null}
            </div>
            {clipboardHandoffUrl ? <ClipboardHandoffNote appName={appName} t={t} /> : null}
          </div>
        </section>
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} t={t} />
      {clipboardHandoffUrl ? <ClipboardHandoffScript nonce={nonce} shareUrl={clipboardHandoffUrl} links="a.store-badge" /> : null}
      {appStoreUrl ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: IPAD_SCRIPT }} /> : null}
    </Layout>
  );
}
