/** GET, HEAD /b/:id/og.png: the Open Graph card, stored once per version and never a broken image. */
import { type Context, Hono } from "hono";
import { getConfig } from "../config";
import { cardCacheControl } from "../domain/card-cache-control";
import { isPlausibleShareId } from "../domain/share-id";
import { BRAND_CARD_PATH } from "../domain/share-urls";
import type { AppEnv } from "../env";
import { ifNoneMatch } from "../http/conditional-get";
import { type CardContext, type CardResult, neutralOgCard, ogCardForShare, readCardEarly } from "../render/og-card-service";
import { fallbackCardPng } from "../render/fallback-card";
import { readShareForReaders } from "../storage/reader-share";
import { StorageUnavailableError } from "../storage/storage-error";

/**
 * Cache lives of the cards that do not depend on a share's expiry (a live share's card follows
 * cardCacheControl: never past the share's expiry, never more than a day). The neutral card of a
 * revoked share keeps an hour; a fallback is retried within a minute.
 */
export const OG_CACHE_CONTROL = {
  neutral: "public, max-age=3600",
  /** The brand card at /og.png changes only with a deploy (design or brand words): a day. */
  brand: "public, max-age=86400",
  fallback: "public, max-age=60",
} as const;

function pngResponse(c: Context<AppEnv>, card: CardResult, cacheControl: string): Response {
  const etag = card.key === null ? null : `"${card.key}"`;
  const headers: Record<string, string> = {
    "content-type": "image/png",
    "cache-control": card.source === "fallback" ? OG_CACHE_CONTROL.fallback : cacheControl,
    // Unfurlers and the preview inspector embed the card from other origins.
    "cross-origin-resource-policy": "cross-origin",
    // Where the bytes came from, for the benchmark and for debugging a slow preview.
    "server-timing": `card;desc="${card.source}"`,
  };
  if (etag) headers.etag = etag;
  if (etag && ifNoneMatch(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  headers["content-length"] = String(card.png.byteLength);
  return c.body(card.png, 200, headers);
}

/**
 * GET /og.png, the brand card (the home page's og:image), and GET /b/:id/og.png, a share's card.
 *
 * @example
 * app.route("/", ogImage);
 */
export const ogImage = new Hono<AppEnv>()
  .get(BRAND_CARD_PATH, async (c) => {
    const config = getConfig(c.env);
    const waitUntil = (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise);
    const brand = { appName: config.appName, appTagline: config.appTagline };
    return pngResponse(c, await neutralOgCard({ env: c.env, waitUntil, brand }), OG_CACHE_CONTROL.brand);
  })
  .get("/b/:id/og.png", async (c) => {
  const id = c.req.param("id");
  if (!isPlausibleShareId(id)) return c.notFound();
  const config = getConfig(c.env);
  const waitUntil = (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise);
  const context: CardContext = { env: c.env, waitUntil, brand: { appName: config.appName, appTagline: config.appTagline } };
  const v = c.req.query("v");
  const early = v ? await readCardEarly(c.env, id, v, context.brand) : null;

  let lookup;
  try {
    lookup = await readShareForReaders({ env: c.env, waitUntil }, id, config.demoShare);
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    console.error(JSON.stringify({ event: "og_card_lookup_failed", id, error: String(error) }));
    return pngResponse(c, { png: await fallbackCardPng(c.env.ASSETS), source: "fallback", key: null }, OG_CACHE_CONTROL.fallback);
  }
  if (lookup.status === "missing") return c.notFound();
  if (lookup.status === "gone") return pngResponse(c, await neutralOgCard(context), OG_CACHE_CONTROL.neutral);

  const card = await ogCardForShare(lookup.share, context, early);
  // A missing or stale `v` gets today's card briefly: never a redirect, crawlers do not follow image redirects.
  const kind = v === lookup.share.version ? "current" : "unversioned";
  return pngResponse(c, card, cardCacheControl(kind, lookup.share.expiresAt, new Date()));
});
