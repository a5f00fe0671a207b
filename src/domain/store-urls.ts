/**
 * Store URLs with attribution, built from configuration alone: nothing from the request becomes a
 * host, a scheme or a URL (no open redirect); request-derived words are allow-listed first.
 */
import { PLAY_STORE_PACKAGE, androidIntentUrl } from "./android-intent";
import type { RecordedPlacement } from "./cta-channel";

/** What attribution a store link carries. */
export interface Attribution {
  /** "share" for a share's CTA, "brand" for the home and 404 pages' `/get`. */
  source: "share" | "brand";
  /** A short [a-z-] word from `ctaChannel`. */
  channel: string;
  placement: RecordedPlacement;
  /** The share the reader came from (share CTAs only). */
  shareId: string | null;
  /** The sharer's opaque `ref`, so the app can credit them (share CTAs only). */
  sharerRef: string | null;
}

/** App Store Connect truncates `ct` at 40 and reports only campaigns with enough installs: keep it short and few. */
export const MAX_CAMPAIGN_LENGTH = 30;

/**
 * The `ct` campaign token: `<source>_<channel>`, at most 30 characters.
 *
 * @example
 * campaignToken({ source: "share", channel: "whatsapp", … }); // "share_whatsapp"
 */
export function campaignToken(attribution: Pick<Attribution, "source" | "channel">): string {
  const channel = attribution.channel.replace(/[^a-z0-9-]/g, "").slice(0, MAX_CAMPAIGN_LENGTH - 6);
  return `${attribution.source}_${channel || "direct"}`;
}

/**
 * The App Store campaign link: `https://apps.apple.com/app/id{IOS_APP_ID}?pt=…&ct=…&mt=8`.
 *
 * @example
 * appStoreUrl({ iosAppId: "6450000000", appleProviderToken: "118000000" }, attribution);
 * // "https://apps.apple.com/app/id6450000000?pt=118000000&ct=share_whatsapp&mt=8"
 */
export function appStoreUrl(store: { iosAppId: string; appleProviderToken: string | null }, attribution: Attribution): string {
  // Built as a string: this runs on every tap, and URL + searchParams cost more CPU than the
  // whole redirect otherwise does. Each value is percent-encoded like searchParams would.
  // Without a provider token App Store Connect cannot attribute the campaign; the link still works.
  const pt = store.appleProviderToken ? `pt=${encodeURIComponent(store.appleProviderToken)}&` : "";
  return `https://apps.apple.com/app/id${encodeURIComponent(store.iosAppId)}?${pt}ct=${encodeURIComponent(campaignToken(attribution))}&mt=8`;
}

/**
 * The Install Referrer string the app reads back from Google Play, as a query string:
 * `utm_source=share&utm_medium=<channel>&utm_campaign=<ct>&utm_content=<share id>&via=<placement>&sharer_ref=<ref>`.
 * Each value is percent-encoded (RFC 3986, no `+`), so the app can parse it with any URI parser.
 *
 * @example
 * playReferrer(attribution); // "utm_source=share&utm_medium=whatsapp&utm_campaign=share_whatsapp&utm_content=q3V9-xk2LrT_&via=banner"
 */
export function playReferrer(attribution: Attribution): string {
  const pairs: Array<[string, string]> = [
    ["utm_source", attribution.source],
    ["utm_medium", attribution.channel],
    ["utm_campaign", campaignToken(attribution)],
  ];
  if (attribution.shareId) pairs.push(["utm_content", attribution.shareId]);
  pairs.push(["via", attribution.placement]);
  if (attribution.sharerRef) pairs.push(["sharer_ref", attribution.sharerRef]);
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
}

/**
 * The Google Play listing with the referrer encoded exactly once as the `referrer` parameter.
 *
 * @example
 * playStoreUrl("app.example.scout", attribution);
 * // "https://play.google.com/store/apps/details?id=app.example.scout&referrer=utm_source%3Dshare%26utm_medium%3D…"
 */
export function playStoreUrl(androidPackage: string, attribution: Attribution): string {
  return `https://play.google.com/store/apps/details?id=${encodeURIComponent(androidPackage)}&referrer=${encodeURIComponent(playReferrer(attribution))}`;
}

/**
 * The same listing as an intent aimed at the Play Store app, falling back to the https listing:
 * how a reader leaves an Android WebView (Instagram, Facebook, TikTok…) for the store.
 *
 * @example
 * playStoreIntentUrl("app.example.scout", attribution);
 * // "intent://details?id=app.example.scout&referrer=…#Intent;scheme=market;package=com.android.vending;S.browser_fallback_url=…;end"
 */
export function playStoreIntentUrl(androidPackage: string, attribution: Attribution): string {
  return androidIntentUrl({
    target: `details?id=${encodeURIComponent(androidPackage)}&referrer=${encodeURIComponent(playReferrer(attribution))}`,
    scheme: "market",
    packageName: PLAY_STORE_PACKAGE,
    fallbackUrl: playStoreUrl(androidPackage, attribution),
  });
}
