/** The iOS clipboard hand-off (IOS_CLIPBOARD_HANDOFF=on): a tap on a call to action copies the share URL for the app to open after install. */
import type { Translator } from "../../src/i18n/translator";


/**
 * Runs once per page, allowed by the CSP nonce (no inline handler). Only on iOS (an iPad in desktop
 * mode says "Macintosh" but has touch points) and only where the Clipboard API exists: it reveals
 * the sentences, then on a tap of a matching link writes the share URL inside the tap's own user
 * gesture and goes on to the same place once the write has settled (at most 800 ms later), so a
 * navigation cannot cut the write short. Anywhere else it does nothing, and the page says nothing.
 */
export const CLIPBOARD_HANDOFF_SCRIPT = `(function(){var s=document.currentScript,u=s&&s.getAttribute("data-share-url"),q=s&&s.getAttribute("data-cta"),n=navigator,a=n.userAgent;if(!u||!q||!(/iP(hone|ad|od)/.test(a)||(/Macintosh/.test(a)&&n.maxTouchPoints>1))||!n.clipboard||!n.clipboard.writeText)return;for(var e of document.querySelectorAll("[data-clipboard-note]"))e.hidden=false;document.addEventListener("click",function(v){var l=v.target instanceof Element?v.target.closest(q):null;if(!l||v.defaultPrevented||v.button||v.metaKey||v.ctrlKey||v.shiftKey||v.altKey)return;v.preventDefault();var h=l.href,d=false,go=function(){if(!d){d=true;location.href=h}};n.clipboard.writeText(u).then(go,go);setTimeout(go,800)})})();`;

export interface ClipboardHandoffScriptProps {
  nonce: string;
  /** The share page URL (`PUBLIC_ORIGIN/b/:id`): what the freshly installed app finds on the clipboard. */
  shareUrl: string;
  /** CSS selector of the links that copy (the page's calls to action). */
  links: string;
}

/**
 * The script, with what it copies and which links copy as data attributes.
 *
 * @example
 * <ClipboardHandoffScript nonce={nonce} shareUrl="https://share.example.app/b/q3V9-xk2LrT_" links='a[href*="/get?via="]' />
 */
export function ClipboardHandoffScript({ nonce, shareUrl, links }: ClipboardHandoffScriptProps) {
  return <script nonce={nonce} data-share-url={shareUrl} data-cta={links} dangerouslySetInnerHTML={{ __html: CLIPBOARD_HANDOFF_SCRIPT }} />;
}

/**
 * The sentence beside a call to action; hidden until the script has found iOS and the Clipboard API.
 *
 * @example
 * <ClipboardHandoffNote appName="Scout" t={translatorFor("en")} />
 */
export function ClipboardHandoffNote({ appName, t, variant }: { appName: string; t: Translator; variant?: "banner" }) {
  return (
    <p class={variant ? `handoff-note handoff-note--${variant}` : "handoff-note"} hidden data-clipboard-note lang={t.language.locale} dir={t.language.dir}>
      {t.t("cta.clipboardHandoff", { app: appName })}
    </p>
  );
}
