/** GET /.well-known/apple-app-site-association and /.well-known/assetlinks.json: always 200 JSON, or 404 when unconfigured. */
import { type Context, Hono } from "hono";
import { type ConfigVariable, getConfig } from "../config";
import { appleAppSiteAssociation, assetLinks } from "../domain/app-links";
import type { AppEnv } from "../env";

/** Apple's CDN and Android's verifier re-fetch on their own schedule; an hour keeps edits quick to land. */
const ASSOCIATION_CACHE_CONTROL = "public, max-age=3600";

/** A plain 404; the log names the variable that is missing or malformed, and why. */
function notConfigured(c: Context<AppEnv>, file: string, variable: ConfigVariable) {
  const reason = getConfig(c.env).problems[variable] ?? "is not set";
  console.error(JSON.stringify({ event: "association_file_unconfigured", file, variable, problem: `${variable} ${reason}` }));
  return c.text("Not found", 404, { "cache-control": "no-store" });
}

export const wellKnown = new Hono<AppEnv>()
  // Served at the exact path, never redirected: Apple's CDN does not follow redirects for this file.
  .get("/.well-known/apple-app-site-association", (c) => {
    const { iosTeamId, iosBundleId } = getConfig(c.env);
    const file = "apple-app-site-association";
    if (iosTeamId === null) return notConfigured(c, file, "IOS_TEAM_ID");
    if (iosBundleId === null) return notConfigured(c, file, "IOS_BUNDLE_ID");
    return c.json(appleAppSiteAssociation(iosTeamId, iosBundleId), 200, { "cache-control": ASSOCIATION_CACHE_CONTROL });
  })
  .get("/.well-known/assetlinks.json", (c) => {
    const { androidPackage, androidCertSha256 } = getConfig(c.env);
    const file = "assetlinks.json";
    if (androidPackage === null) return notConfigured(c, file, "ANDROID_PACKAGE");
    if (androidCertSha256 === null) return notConfigured(c, file, "ANDROID_CERT_SHA256");
    return c.json(assetLinks(androidPackage, androidCertSha256), 200, { "cache-control": ASSOCIATION_CACHE_CONTROL });
  });
