/**
 * In-app browsers and how each one lets a reader reach the store. Data first (one row per family,
 * with the reason), then the lookup; README "Call to action and stats" repeats the table.
 */
import type { Platform } from "./platform";

/**
 * How the call to action answers on a platform:
 * - `redirect`: a 302 straight to the store (Safari, Chrome, SFSafariViewController, Custom Tabs);
 * - `interstitial`: a page with a direct store link to tap, for webviews that swallow a 302 to the
 *   store but honour a tap (a user gesture);
 * - `intent` (Android): that page, whose link and script open an `intent://` URL aimed at the Play
 *   Store app with `S.browser_fallback_url`, because a WebView would otherwise load Play's web page
 *   inside itself, where "Install" cannot work.
 */
export type StoreStrategy = "redirect" | "interstitial" | "intent";

export const IN_APP_FAMILIES = [
  "instagram",
  "facebook",
  "messenger",
  "tiktok",
  "x",
  "linkedin",
  "snapchat",
  "gmail",
  "android-webview",
] as const;

export type InAppFamily = (typeof IN_APP_FAMILIES)[number];

export interface InAppBrowser {
  family: InAppFamily;
  /** Matched against the User-Agent (and, for Gmail, the android-app:// Referer it sends). */
  pattern: RegExp;
  ios: StoreStrategy;
  android: StoreStrategy;
  why: string;
}

/** First match wins: Messenger before Facebook (both say FBAN), specific apps before generic `; wv)`. */
export const IN_APP_BROWSERS: readonly InAppBrowser[] = [
  {
    family: "messenger",
    pattern: /\bFBAN\/(Messenger|MessengerForiOS|MessengerLiteForiOS)\b|\bFB_IAB\/(MESSENGER|Orca-Android)\b/i,
    ios: "redirect",
    android: "intent",
    why: "iOS: Meta's WKWebView hands apps.apple.com to the App Store. Android: its WebView loads play.google.com in place; intent:// reaches the Play app.",
  },
  {
    family: "instagram",
    pattern: /\bInstagram \d/i,
    ios: "redirect",
    android: "intent",
    why: "Same Meta webview as Facebook: 302 works on iOS, Android needs intent:// to leave the WebView.",
  },
  {
    family: "facebook",
    pattern: /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b/i,
    ios: "redirect",
    android: "intent",
    why: "iOS hands App Store links to the store sheet; the Android WebView must be left through intent://.",
  },
  {
    family: "tiktok",
    pattern: /musical_ly|BytedanceWebview|\bTikTok\b|\btrill_\d/i,
    ios: "interstitial",
    android: "intent",
    why: "TikTok's browser blocks navigations to the App Store that no tap started: the reader taps a direct link.",
  },
  {
    family: "x",
    pattern: /\bTwitter(Android)?\b(?!bot)/i,
    ios: "redirect",
    android: "intent",
    why: "X opens links in SFSafariViewController / Custom Tabs (plain 302); its legacy Android WebView (TwitterAndroid) needs intent://.",
  },
  {
    family: "linkedin",
    pattern: /\bLinkedInApp\b/i,
    ios: "interstitial",
    android: "intent",
    why: "LinkedIn's iOS webview shows the App Store web page for a 302 instead of the store; a tapped link opens the store.",
  },
  {
    family: "snapchat",
    pattern: /\bSnapchat\/?\d/i,
    ios: "interstitial",
    android: "intent",
    why: "Snapchat's webview ignores redirects to the store on iOS; the Android WebView needs intent://.",
  },
  {
    family: "gmail",
    pattern: /\bGmail\b|android-app:\/\/com\.google\.android\.gm\b/i,
    ios: "redirect",
    android: "redirect",
    why: "Gmail opens links in SFSafariViewController / Chrome Custom Tabs, which hand store URLs to the store app.",
  },
  {
    family: "android-webview",
    pattern: /; wv\)/,
    ios: "redirect",
    android: "intent",
    why: "Any other Android WebView (`; wv)` in the UA) loads Play's web page in place unless left through intent://.",
  },
];

/**
 * The in-app browser a request comes from, or null for a regular browser.
 *
 * @example
 * detectInAppBrowser("… Instagram 309.0.0.40.113 …")?.family; // "instagram"
 */
export function detectInAppBrowser(userAgent: string | null | undefined, referer?: string | null): InAppBrowser | null {
  const haystack = `${userAgent ?? ""} ${referer?.startsWith("android-app://") ? referer : ""}`;
  return IN_APP_BROWSERS.find((browser) => browser.pattern.test(haystack)) ?? null;
}

/**
 * How to send this reader to the store.
 *
 * @example
 * storeStrategy("android", detectInAppBrowser(ua)); // "intent" inside Instagram, "redirect" in Chrome
 */
export function storeStrategy(platform: Platform, browser: InAppBrowser | null): StoreStrategy {
  if (platform === "desktop" || browser === null) return "redirect";
  return browser[platform];
}
