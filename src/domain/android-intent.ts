/** Android `intent://` URLs: open an app (the Play Store, or ours) and fall back to a web page when it is missing. */

export interface AndroidIntent {
  /** What follows `intent://`: host, path and query of the URL the app receives. */
  target: string;
  /** The scheme the app receives the URL under (`market`, `https`). */
  scheme: string;
  /** The package that must handle it; without it, Android may show a chooser. */
  packageName: string;
  /** Where Chrome and well-behaved WebViews go when the package is not installed. */
  fallbackUrl: string;
}

/**
 * Builds an intent URL. `S.browser_fallback_url` is percent-encoded once: Chrome decodes it once
 * before navigating.
 *
 * @example
 * androidIntentUrl({ target: "details?id=app.example.scout", scheme: "market",
 *   packageName: "com.android.vending", fallbackUrl: "https://play.google.com/store/apps/details?id=app.example.scout" });
 * // "intent://details?id=app.example.scout#Intent;scheme=market;package=com.android.vending;S.browser_fallback_url=https%3A%2F%2F…;end"
 */
export function androidIntentUrl({ target, scheme, packageName, fallbackUrl }: AndroidIntent): string {
  return `intent://${target}#Intent;scheme=${scheme};package=${packageName};S.browser_fallback_url=${encodeURIComponent(fallbackUrl)};end`;
}

/** The Play Store app's package: `market://` intents aimed at it never show a chooser. */
export const PLAY_STORE_PACKAGE = "com.android.vending";

/**
 * "Open in app" for an Android reader who has the app: the share's own https URL handed to our
 * package, falling back to the page itself when the app is not installed.
 *
 * @example
 * openInAppIntentUrl("app.example.scout", "https://share.example.app/b/q3V9-xk2LrT_");
 * // "intent://share.example.app/b/q3V9-xk2LrT_#Intent;scheme=https;package=app.example.scout;S.browser_fallback_url=https%3A%2F%2Fshare.example.app%2Fb%2Fq3V9-xk2LrT_;end"
 */
export function openInAppIntentUrl(androidPackage: string, pageUrl: string): string {
  const url = new URL(pageUrl);
  return androidIntentUrl({
    target: `${url.host}${url.pathname}${url.search}`,
    scheme: url.protocol.replace(":", ""),
    packageName: androidPackage,
    fallbackUrl: pageUrl,
  });
}

/**
 * "Open in app" for a share page, or undefined when the package or origin is not configured. Every
 * reader gets the same HTML (shared caches ignore Vary: User-Agent); the link stays hidden unless a
 * tiny script finds an Android browser, since iOS relies on the Smart App Banner (a same-domain
 * universal link stays in Safari) and desktops have no app.
 *
 * @example
 * openInAppUrlForPage("app.example.scout", "https://share.example.app/b/abcd"); // "intent://…"
 * openInAppUrlForPage(null, "https://share.example.app/b/abcd");                // undefined
 */
export function openInAppUrlForPage(androidPackage: string | null, pageUrl: string | null): string | undefined {
  if (androidPackage === null || pageUrl === null) return undefined;
  return openInAppIntentUrl(androidPackage, pageUrl);
}
