/** Where a call-to-action tap goes: a 302 to a store, a tap-through store page, or the get-the-app page. */
import type { Attribution } from "./store-urls";
import { appStoreUrl, playStoreIntentUrl, playStoreUrl } from "./store-urls";
import { type InAppBrowser, storeStrategy } from "./in-app-browsers";
import type { Platform } from "./platform";

/** The store settings the CTA needs, as parsed by config.ts (null when missing or malformed). */
export interface StoreSettings {
  iosAppId: string | null;
  appleProviderToken: string | null;
  androidPackage: string | null;
}

export type CtaDestination =
  /** A 302 to the store. */
  | { kind: "redirect"; url: string }
  /**
   * A page with one big store link, opened by script too: `openUrl` is what the link and script
   * open (an intent:// on Android), `webUrl` the plain https listing as a last resort.
   */
  | { kind: "store-page"; platform: "ios" | "android"; openUrl: string; webUrl: string }
  /** The QR code and both badges; `missing` names the variable that stopped a store redirect. */
  | { kind: "get-app-page"; appStoreUrl: string | null; playStoreUrl: string | null; missing: "IOS_APP_ID" | "ANDROID_PACKAGE" | null };

export interface CtaDecisionInput {
  platform: Platform;
  inAppBrowser: InAppBrowser | null;
  store: StoreSettings;
  attribution: Attribution;
}

/**
 * Decides the destination of a tap. Every URL comes from `store` (configuration) and allow-listed
 * words in `attribution`; nothing from the request becomes a host or a scheme.
 *
 * @example
 * chooseCtaDestination({ platform: "ios", inAppBrowser: null, store, attribution });
 * // { kind: "redirect", url: "https://apps.apple.com/app/id6450000000?pt=118000000&ct=share_banner&mt=8" }
 */
export function chooseCtaDestination({ platform, inAppBrowser, store, attribution }: CtaDecisionInput): CtaDestination {
  const ios = store.iosAppId ? appStoreUrl({ iosAppId: store.iosAppId, appleProviderToken: store.appleProviderToken }, attribution) : null;
  const android = store.androidPackage ? playStoreUrl(store.androidPackage, attribution) : null;
  const strategy = storeStrategy(platform, inAppBrowser);

  if (platform === "ios" && ios) {
    return strategy === "redirect" ? { kind: "redirect", url: ios } : { kind: "store-page", platform, openUrl: ios, webUrl: ios };
  }
  if (platform === "android" && android && store.androidPackage) {
    if (strategy === "redirect") return { kind: "redirect", url: android };
    const openUrl = strategy === "intent" ? playStoreIntentUrl(store.androidPackage, attribution) : android;
    return { kind: "store-page", platform, openUrl, webUrl: android };
  }
  const missing = platform === "ios" ? "IOS_APP_ID" : platform === "android" ? "ANDROID_PACKAGE" : null;
  return { kind: "get-app-page", appStoreUrl: ios, playStoreUrl: android, missing };
}
