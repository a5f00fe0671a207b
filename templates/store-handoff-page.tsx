/** The tap-through page for in-app browsers that swallow a redirect to the store (see src/domain/in-app-browsers.ts). */
import { ClipboardHandoffNote, ClipboardHandoffScript } from "./components/clipboard-handoff";
import type { Translator } from "../src/i18n/translator";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface StoreHandoffPageProps {
  appName: string;
  appTagline: string;
  /** The reader's language, negotiated from Accept-Language. */
  t: Translator;
  nonce: string;
  platform: "ios" | "android";
  /** What the button and the script open: the App Store URL, or a Play Store intent:// on Android. */
  openUrl: string;
  /** The plain https listing, for a webview that cannot open `openUrl`. */
  webUrl: string;
  /** With IOS_CLIPBOARD_HANDOFF=on, on iOS: the share URL a tap on the button copies. */
  clipboardHandoffUrl?: string | null;
}

const PAGE_CSS = `
.handoff{padding-block:3rem 1rem;text-align:center}
.handoff__title{font:700 clamp(1.75rem,5vw,2.25rem)/1.15 var(--font-serif)}
.handoff__text{max-width:26rem;margin:.75rem auto 1.5rem;color:var(--muted)}
.handoff .button{min-height:3.25rem;padding-inline:1.6rem;font-size:1.0625rem}
.handoff__alt{display:block;margin-block-start:1.25rem;font-size:.9375rem}
`;

const HANDOFF_MESSAGES = {
  ios: { title: "handoff.appStore.title", text: "handoff.appStore.text", open: "handoff.appStore.open", web: "handoff.appStore.web" },
  android: { title: "handoff.googlePlay.title", text: "handoff.googlePlay.text", open: "handoff.googlePlay.open", web: "handoff.googlePlay.web" },
} as const;

/**
 * Tries the store at once (some webviews allow it), and if the page is still visible 1.5 s later
 * on Android (the WebView had no handler for intent://), opens the https listing instead. The
 * button is the path that always works: a tap is a user gesture every webview honours.
 */
const HANDOFF_SCRIPT = `(function(){var o=document.getElementById("store-open"),w=document.getElementById("store-web");if(!o)return;location.href=o.href;if(w&&w.href!==o.href)setTimeout(function(){if(!document.hidden)location.href=w.href},1500)})();`;

/**
 * @example
 * <StoreHandoffPage appName="Scout" appTagline="…" t={translatorFor("en")} nonce={c.var.cspNonce} platform="android"
 *   openUrl="intent://details?id=app.example.scout…" webUrl="https://play.google.com/store/apps/details?id=app.example.scout…" />
 */
export function StoreHandoffPage({ appName, appTagline, t, nonce, platform, openUrl, webUrl, clipboardHandoffUrl }: StoreHandoffPageProps) {
  // One message per store: the store's name takes an article, a case or a particle in most languages.
  const words = platform === "ios" ? HANDOFF_MESSAGES.ios : HANDOFF_MESSAGES.android;
  const title = t.t(words.title, { app: appName });
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
        <section class="handoff" aria-labelledby="handoff-title">
          <h1 class="handoff__title" id="handoff-title">
            {title}
          </h1>
          <p class="handoff__text">{t.t(words.text)}</p>
          <a class="button" id="store-open" href={openUrl}>
            {t.t(words.open)}
          </a>
          {webUrl !== openUrl ? (
            <a class="handoff__alt" id="store-web" href={webUrl}>
              {t.t(words.web)}
            </a>
          ) : null}
          {clipboardHandoffUrl ? <ClipboardHandoffNote appName={appName} t={t} /> : null}
        </section>
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} t={t} />
      {clipboardHandoffUrl ? <ClipboardHandoffScript nonce={nonce} shareUrl={clipboardHandoffUrl} links="#store-open, #store-web" /> : null}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: HANDOFF_SCRIPT }} />
    </Layout>
  );
}
