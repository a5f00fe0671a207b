/** GET /b/:id/preview: the preview inspector, drawn from the tags the page really serves and the real card. */
import { Hono } from "hono";
import { PreviewPage } from "../../templates/preview-page";
import { getConfig } from "../config";
import { readPngInfo } from "../domain/png-info";
import { isPlausibleShareId } from "../domain/share-id";
import { type FetchedImage, type HeadTags, unfurlPreviews } from "../domain/unfurl-preview";
import type { AppEnv } from "../env";
import { readHeadTags } from "../http/head-tags";
import { errorPageResponse } from "../http/html-page";
import { readShareForReaders } from "../storage/reader-share";
import { ogImage } from "./og-image";
import { page } from "./page";

/**
 * The inspector asks the page and card routes themselves, in-process, so it shows exactly what a
 * crawler gets. Marked as a prefetch (never a human view) and sent past the app's view counting.
 */
const INTERNAL_HEADERS = { "user-agent": "briefing-share-preview-inspector", "sec-purpose": "prefetch", purpose: "prefetch" };

/** The og:image's path and query when it points at this Worker, else null (nothing is fetched from elsewhere). */
function ownImagePath(url: string | undefined, origin: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, origin ?? "https://invalid.invalid");
    if (origin !== null && parsed.origin !== origin) return null;
    return parsed.pathname + parsed.search;
  } catch {
    return null;
  }
}

export const preview = new Hono<AppEnv>().get("/b/:id/preview", async (c) => {
  const id = c.req.param("id");
  if (!isPlausibleShareId(id)) return errorPageResponse(c, 404);
  const config = getConfig(c.env);
  const waitUntil = (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise);
  const lookup = await readShareForReaders({ env: c.env, waitUntil }, id, config.demoShare);
  if (lookup.status === "missing") return errorPageResponse(c, 404);
  if (lookup.status === "gone") return errorPageResponse(c, 410);

  const pagePath = `/b/${encodeURIComponent(id)}`;
  const served = await page.request(pagePath, { headers: INTERNAL_HEADERS }, c.env, c.executionCtx);
  const tags: HeadTags = await readHeadTags(served);
  const imageSrc = ownImagePath(tags["og:image"], config.publicOrigin);
  let image: FetchedImage | null = null;
  if (imageSrc) {
    const response = await ogImage.request(imageSrc, { headers: INTERNAL_HEADERS }, c.env, c.executionCtx);
    const bytes = new Uint8Array(await response.arrayBuffer());
    image = { status: response.status, contentType: response.headers.get("content-type"), png: readPngInfo(bytes), bytes: bytes.length };
  }

  c.header("cache-control", "no-store");
  c.header("x-robots-tag", "noindex");
  return c.html(
    PreviewPage({
      appName: config.appName,
      nonce: c.var.cspNonce,
      pagePath,
      imageSrc,
      image,
      previews: unfurlPreviews(tags, image),
      tags: Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== undefined),
    }),
  );
});
