/** GET /site.webmanifest: the web app manifest, built from configuration (the icons themselves are static files in public/). */
import { Hono } from "hono";
import { THEME_COLORS } from "../../templates/layout";
import { getConfig } from "../config";
import { SITE_ICONS } from "../domain/site-icons";
import { webManifest } from "../domain/web-manifest";
import type { AppEnv } from "../env";

/**
 * @example
 * app.route("/", manifest);
 */
export const manifest = new Hono<AppEnv>().get(SITE_ICONS.manifest, (c) => {
  const config = getConfig(c.env);
  const body = webManifest({
    appName: config.appName,
    appTagline: config.appTagline,
    iosAppId: config.iosAppId,
    androidPackage: config.androidPackage,
    themeColor: THEME_COLORS.light,
  });
  // A day: the brand words change only with a deploy.
  return c.body(JSON.stringify(body), 200, {
    "content-type": "application/manifest+json; charset=utf-8",
    "cache-control": "public, max-age=86400",
  });
});
