/**
 * How long caches may keep a share's card. A card must never outlive its share in a cache, and a
 * revoke or an erasure must reach every shared cache within a day.
 */

/** The longest a shared cache may serve a card, stale or fresh: a revoke or erasure is seen everywhere within a day. */
export const CARD_CACHE_LIFETIME_SECONDS = 86_400;
/** Of that day, the last hour may be served stale while the cache revalidates in the background. */
export const CARD_STALE_SECONDS = 3_600;
/** A card asked for without (or with an old) `?v=`: today's card, briefly. */
export const UNVERSIONED_CARD_SECONDS = 300;

/**
 * The Cache-Control of a live share's card: `public, max-age=…, stale-while-revalidate=…`, never
 * `immutable`, whose max-age plus stale window never passes the share's expiry nor a day.
 *
 * The trade-off: crawlers and CDNs may re-fetch the card once a day instead of once a year. Each
 * re-fetch is one KV read (the card is stored per version) or a 304 on its ETag, and the
 * stale-while-revalidate hour keeps that re-fetch off the reader's path; in exchange a revoked,
 * expired or erased share's card leaves every shared cache within 24 hours. (Platforms that copy a
 * card into their own image proxy — Facebook, X, Slack — keep their copy by their own rules.)
 *
 * @example
 * cardCacheControl("current", null, now);                          // "public, max-age=82800, stale-while-revalidate=3600"
 * cardCacheControl("current", "2026-04-07T10:10:00Z", at10h00);    // "public, max-age=575, stale-while-revalidate=25"
 * cardCacheControl("unversioned", null, now);                      // "public, max-age=300"
 */
export function cardCacheControl(kind: "current" | "unversioned", expiresAt: string | null, now: Date): string {
  const cap = kind === "current" ? CARD_CACHE_LIFETIME_SECONDS : UNVERSIONED_CARD_SECONDS;
  const toExpiry = expiresAt === null ? Number.POSITIVE_INFINITY : Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000);
  const lifetime = Math.min(cap, toExpiry);
  // Expired already (a clock skew between the lookup and now): nothing may keep it.
  if (!(lifetime > 0)) return "no-store";
  if (kind === "unversioned") return `public, max-age=${lifetime}`;
  // The stale window is the same share of the lifetime (1/24) for a share that expires sooner.
  const stale = Math.min(CARD_STALE_SECONDS, Math.floor((lifetime * CARD_STALE_SECONDS) / CARD_CACHE_LIFETIME_SECONDS));
  return stale > 0 ? `public, max-age=${lifetime - stale}, stale-while-revalidate=${stale}` : `public, max-age=${lifetime}`;
}
