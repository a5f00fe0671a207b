/** The tap-through page for in-app browsers that swallow a redirect to the store (see src/domain/in-app-browsers.ts). */
import { ClipboardHandoffNote, ClipboardHandoffScript } from "./components/clipboard-handoff";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { Layout } from "./layout";

export interface StoreHandoffPageProps {
  appName: string;
  appTagline: string;
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

/**
 * Tries the store at once (some webviews allow it), and if the page is still visible 1.5 s later
 * on Android (the WebView had no handler for intent://), opens the https listing instead. The
 * button is the path that always works: a tap is a user gesture every webview honours.
 */
const HANDOFF_SCRIPT = `(function(){var o=document.getElementById("store-open"),w=document.getElementById("store-web");if(!o)return;location.href=o.href;if(w&&w.href!==o.href)setTimeout(function(){if(!document.hidden)location.href=w.href},1500)})();`;

/**
 * @example
 * <StoreHandoffPage appName="Scout" appTagline="…" nonce={c.var.cspNonce} platform="android"
 *   openUrl="intent://details?id=app.example.scout…" webUrl="https://play.google.com/store/apps/details?id=app.example.scout…" />
 */
export function StoreHandoffPage({ appName, appTagline, nonce, platform, openUrl, webUrl, clipboardHandoffUrl }: StoreHandoffPageProps) {
  const store = platform === "ios" ? "the App Store" : "Google Play";
  return (
    <Layout title={`Get ${appName} on ${store}`} lang="en" dir="ltr" nonce={nonce} robots="noindex" extraCss={PAGE_CSS}>
      <SiteHeader appName={appName} />
      <main class="wrap">
        <section class="handoff" aria-labelledby="handoff-title">
          <h1 class="handoff__title" id="handoff-title">
            Get {appName} on {store}
          </h1>
          <p class="handoff__text">This app's browser can't open {store} by itself. Tap the button to continue.</p>
          <a class="button" id="store-open" href={openUrl}>
            Open {store}
          </a>
          {webUrl !== openUrl ? (
            <a class="handoff__alt" id="store-web" href={webUrl}>
              Or open {store} in the browser
            </a>
          ) : null}
          {clipboardHandoffUrl ? <ClipboardHandoffNote appName={appName} /> : null}
        </section>
      </main>
      <SiteFooter appName={appName} appTagline={appTagline} lead="" />
      {clipboardHandoffUrl ? <ClipboardHandoffScript nonce={nonce} shareUrl={clipboardHandoffUrl} links="#store-open, #store-web" /> : null}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: HANDOFF_SCRIPT }} />
    </Layout>
  );
}
