/** GET /b/:id: the briefing page, and its 404/410 pages. */
import { Hono } from "hono";
import { BriefingPage } from "../../templates/briefing-page";
import { getConfig } from "../config";
import { openInAppUrlForPage } from "../domain/android-intent";
import { briefingPageModel } from "../domain/briefing-page-model";
import { isPlausibleShareId } from "../domain/share-id";
import { shareUrls } from "../domain/share-urls";
import type { AppEnv } from "../env";
import { PAGE_CACHE_CONTROL, ifNoneMatch, pageEntityTag } from "../http/conditional-get";
import { errorPageResponse } from "../http/html-page";
import { NONCE_SLOT, cachedPage, pageBody } from "../http/rendered-page-cache";
import { readShareForReaders } from "../storage/reader-share";

/**
 * The same HTML for people and link-preview crawlers; ETag + 304; branded 404/410.
 *
 * @example
 * app.route("/", page);
 */
export const page = new Hono<AppEnv>().get("/b/:id", async (c) => {
  const config = getConfig(c.env);
  const id = c.req.param("id");
  if (!isPlausibleShareId(id)) return errorPageResponse(c, 404);
  const store = { env: c.env, waitUntil: (p: Promise<unknown>) => c.executionCtx.waitUntil(p) };
  const lookup = await readShareForReaders(store, id, config.demoShare);
  if (lookup.status === "missing") return errorPageResponse(c, 404);
  if (lookup.status === "gone") return errorPageResponse(c, 410, shareUrls.cta(config.publicOrigin ?? "", id, "error"));

  const { share } = lookup;
  const cached = await cachedPage(config, `${id}:${share.version}`, async () => {
    const model = briefingPageModel(share, {
      origin: config.publicOrigin,
      appName: config.appName,
      appTagline: config.appTagline,
      iosAppId: config.iosAppId,
      appleProviderToken: config.appleProviderToken,
      robots: config.shareRobots,
      brandCopy: config.brandCopy,
    });
    // One HTML for every reader: the Android-only "Open in app" link is revealed by a script.
    const openInAppUrl = openInAppUrlForPage(
      config.androidPackage,
      config.publicOrigin === null ? null : shareUrls.page(config.publicOrigin, id),
    );
    // Same HTML for everyone too: the page's script copies only on iOS, and only when this is on.
    const clipboardHandoffUrl =
      config.iosClipboardHandoff && config.publicOrigin !== null ? shareUrls.page(config.publicOrigin, id) : undefined;
    const rendered = String(await BriefingPage({ model, nonce: NONCE_SLOT, openInAppUrl, clipboardHandoffUrl }));
    return { html: rendered, etag: await pageEntityTag(share.version, rendered, NONCE_SLOT) };
  });
  // Built here rather than through c.html: one headers init instead of a Headers object that the
  // Response then copies, on the path every reader takes (row 7).
  const headers = { etag: cached.etag, "cache-control": PAGE_CACHE_CONTROL, "x-robots-tag": config.shareRobots };
  if (ifNoneMatch(c.req.raw.headers.get("if-none-match"), cached.etag)) return new Response(null, { status: 304, headers });
  // No nonce when the preview inspector requests this sub-app in-process, past the app's middleware.
  return new Response(pageBody(cached, c.get("cspNonce") ?? ""), {
    status: 200,
    headers: { ...headers, "content-type": "text/html; charset=UTF-8" },
  });
});
