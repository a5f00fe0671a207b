/** Where the site's icons and web manifest live (files in public/, made by scripts/generate-icons.mjs). */

/**
 * The icon files, served as static assets from the Worker's origin. iOS asks for the apple-touch
 * names at the root even without a link (older versions ask for the `-precomposed` one first);
 * crawlers and metascraper-style logo finders ask for `/favicon.ico` and read the `<link rel>` tags.
 */
export const SITE_ICONS = {
  /** 16, 32 and 48 px in one ICO: browser tabs, bookmarks, Windows, crawlers that only try this path. */
  favicon: "/favicon.ico",
  /** The brand mark as a vector: modern browsers' tab icon. */
  svg: "/icon.svg",
  /** 180×180, opaque: iOS home screen (iOS draws transparency as black). */
  appleTouch: "/apple-touch-icon.png",
  appleTouchPrecomposed: "/apple-touch-icon-precomposed.png",
  /** Android home screen and the manifest; 512 is also the Organization logo in JSON-LD. */
  png192: "/icon-192.png",
  png512: "/icon-512.png",
  /** The mark inside the 80 % safe zone on a full-bleed background, for Android's adaptive masks. */
  maskable512: "/icon-maskable-512.png",
  manifest: "/site.webmanifest",
} as const;

/** The icon (512×512 PNG) that stands for the brand: the JSON-LD Organization logo. */
export const LOGO_ICON = { path: SITE_ICONS.png512, width: 512, height: 512 } as const;
