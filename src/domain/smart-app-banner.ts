/** The `apple-itunes-app` meta content: Safari's own Smart App Banner on iOS. */

export interface SmartAppBannerInput {
  /** IOS_APP_ID; without it there is no banner. */
  iosAppId: string | null;
  /** APPLE_PROVIDER_TOKEN; without it the banner carries no campaign attribution. */
  appleProviderToken: string | null;
  /** Handed to the app when it opens from the banner (the share URL). */
  appArgument: string | null;
  /** The App Store Connect campaign; SMART_BANNER_CAMPAIGN (a share page's) by default. */
  campaign?: string;
}

/** The App Store Connect campaign token (`ct`, ≤ 40 characters) for installs that came from the banner. */
export const SMART_BANNER_CAMPAIGN = "share-smart-banner";
/** The same for the brand's own pages (home, 404, 410): installs not owed to one share. */
export const BRAND_SMART_BANNER_CAMPAIGN = "brand-smart-banner";

/**
 * The banner's meta content, or null when the app id is missing or malformed (the page still renders).
 *
 * @example
 * smartAppBannerContent({ iosAppId: "6450000000", appleProviderToken: "118000000", appArgument: "https://share.example.app/b/demo" });
 * // "app-id=6450000000, app-argument=https://share.example.app/b/demo, affiliate-data=pt=118000000&ct=share-smart-banner"
 */
export function smartAppBannerContent({
  iosAppId,
  appleProviderToken,
  appArgument,
  campaign = SMART_BANNER_CAMPAIGN,
}: SmartAppBannerInput): string | null {
  if (!iosAppId) return null;
  const parts = [`app-id=${iosAppId}`];
  // Safari splits the content on commas, so an argument containing one would be cut short.
  if (appArgument && !appArgument.includes(",")) parts.push(`app-argument=${appArgument}`);
  if (appleProviderToken) parts.push(`affiliate-data=pt=${appleProviderToken}&ct=${campaign}`);
  return parts.join(", ");
}
