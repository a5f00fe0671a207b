/** The web app manifest: the name, colours and icons a phone uses when a reader adds the site to the home screen. */
import { SITE_ICONS } from "./site-icons";

export interface WebManifestInput {
  appName: string;
  appTagline: string;
  iosAppId: string | null;
  androidPackage: string | null;
  /** The page background (light theme): the splash screen and the browser chrome match the pages. */
  themeColor: string;
}

/**
 * The manifest, from configuration (APP_NAME can change per deployment, so it is not a static file).
 * `related_applications` names the native apps, so a browser that offers an install offers the real
 * app rather than a bookmark of this site.
 *
 * @example
 * webManifest({ appName: "Scout", appTagline: "Be the smartest in the room", iosAppId: "6450000000", androidPackage: "app.example.scout", themeColor: "#faf9f6" }).name; // "Scout"
 */
export function webManifest({ appName, appTagline, iosAppId, androidPackage, themeColor }: WebManifestInput) {
  const related = [
    ...(androidPackage
      ? [{ platform: "play", id: androidPackage, url: `https://play.google.com/store/apps/details?id=${encodeURIComponent(androidPackage)}` }]
      : []),
    ...(iosAppId ? [{ platform: "itunes", url: `https://apps.apple.com/app/id${iosAppId}` }] : []),
  ];
  return {
    name: appName,
    short_name: appName,
    description: appTagline,
    start_url: "/",
    scope: "/",
    display: "browser",
    theme_color: themeColor,
    background_color: themeColor,
    icons: [
      { src: SITE_ICONS.svg, type: "image/svg+xml", sizes: "any", purpose: "any" },
      { src: SITE_ICONS.png192, type: "image/png", sizes: "192x192", purpose: "any" },
      { src: SITE_ICONS.png512, type: "image/png", sizes: "512x512", purpose: "any" },
      { src: SITE_ICONS.maskable512, type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
    ...(related.length > 0 ? { related_applications: related, prefer_related_applications: true } : {}),
  };
}
