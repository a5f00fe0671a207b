/** The universal-link (iOS) and app-link (Android) association files, as plain data. */

/**
 * Which paths open in the app. Apple stops at the first matching component, so the exclusions come
 * first: the call to action must reach the store (a reader with the app does not tap it), the card
 * is an image, and every other sub-path of a share (previews, future assets) stays on the web.
 */
export const UNIVERSAL_LINK_COMPONENTS = [
  { "/": "/b/*/get", exclude: true, comment: "The call to action goes to the App Store, never into the app." },
  { "/": "/b/*/og.png", exclude: true, comment: "The Open Graph card is an image." },
  { "/": "/b/*/app.json", exclude: true, comment: "What the app itself fetches to open a share: a link to it must never open the app." },
  { "/": "/b/*/opens", exclude: true, comment: "The app's report of an open: an API call, not a page." },
  { "/": "/b/*/*", exclude: true, comment: "Any other sub-path of a share (previews, assets) stays on the web." },
  { "/": "/b/*", comment: "A shared briefing opens in the app." },
] as const;

/**
 * The apple-app-site-association document for `{IOS_TEAM_ID}.{IOS_BUNDLE_ID}`.
 *
 * @example
 * appleAppSiteAssociation("ABCDE12345", "app.example.scout").applinks.details[0].appIDs; // ["ABCDE12345.app.example.scout"]
 */
export function appleAppSiteAssociation(teamId: string, bundleId: string) {
  return {
    applinks: {
      details: [{ appIDs: [`${teamId}.${bundleId}`], components: UNIVERSAL_LINK_COMPONENTS }],
    },
  };
}

/**
 * The Digital Asset Links statement that lets the Android app verify and handle our URLs.
 * Fingerprints arrive validated and upper-cased from config.ts (Android compares them verbatim).
 *
 * @example
 * assetLinks("app.example.scout", ["14:6D:…:E5"])[0].target.package_name; // "app.example.scout"
 */
export function assetLinks(androidPackage: string, fingerprints: readonly string[]) {
  return [
    {
      relation: ["delegate_permission/common.handle_all_urls"],
      target: { namespace: "android_app", package_name: androidPackage, sha256_cert_fingerprints: [...fingerprints] },
    },
  ];
}
