/** Rendered OG cards in the BRIEFINGS KV namespace: rendered once per version, then only read. */
import type { Bindings } from "../env";
import { kvKeys } from "./kv-keys";
import { guarded } from "./storage-error";

/**
 * Cards are immutable per key, so each KV edge may keep its copy for a day. (A deleted card may
 * therefore still be read for up to a day at an edge that had it cached: the same day that
 * card-cache-control.ts allows shared HTTP caches.)
 */
const EDGE_CACHE_SECONDS = 24 * 60 * 60;
/** An unread card leaves KV after 90 days (and is rendered again if it is ever asked for). */
const MAX_KEEP_SECONDS = 90 * 24 * 60 * 60;
/** KV refuses expirations less than 60 s ahead. */
const KV_MIN_TTL_SECONDS = 60;

function log(event: string, id: string, error: unknown) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  console.error(JSON.stringify({ event, id, error: String(error), cause }));
}

/**
 * The stored PNG of a card, or null when there is none, or when KV fails (the caller renders instead).
 *
 * @example
 * const png = await readStoredCard(env, share.id, renderKey);
 */
export async function readStoredCard(env: Bindings, id: string, renderKey: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const bytes = await guarded("KV card read", () =>
      env.BRIEFINGS.get(kvKeys.ogCard(id, renderKey), { type: "arrayBuffer", cacheTtl: EDGE_CACHE_SECONDS }),
    );
    return bytes ? new Uint8Array(bytes) : null;
  } catch (error) {
    log("og_card_read_failed", id, error);
    return null;
  }
}

/**
 * Stores a rendered card until its share expires (at most 90 days). A failed write is logged: the
 * next request renders again.
 *
 * @example
 * ctx.waitUntil(storeCard(env, share.id, renderKey, png, share.expiresAt));
 */
export async function storeCard(
  env: Bindings,
  id: string,
  renderKey: string,
  png: Uint8Array<ArrayBuffer>,
  expiresAt: string | null,
  now = new Date(),
): Promise<void> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const shareEnd = expiresAt === null ? Number.POSITIVE_INFINITY : Math.floor(Date.parse(expiresAt) / 1000);
  const expiration = Math.max(Math.min(shareEnd, nowSeconds + MAX_KEEP_SECONDS), nowSeconds + KV_MIN_TTL_SECONDS);
  try {
    await guarded("KV card write", () => env.BRIEFINGS.put(kvKeys.ogCard(id, renderKey), png, { expiration }));
  } catch (error) {
    log("og_card_write_failed", id, error);
  }
}

/**
 * Deletes every stored card of a share (all versions and render keys), so a revoked or erased
 * share's title is not kept in a PNG. KV lists keys by prefix, a page of up to 1000 at a time.
 * KV's list is eventually consistent, so a card stored seconds before (a pre-render racing the
 * revoke) may be missed: it then expires with its share or after 90 days, and is never served,
 * since the card route answers a gone share with the neutral card.
 *
 * @example
 * await deleteStoredCards(env, "q3V9-xk2LrT_"); // 2
 */
export async function deleteStoredCards(env: Bindings, id: string): Promise<number> {
  const prefix = kvKeys.ogCard(id, "");
  let deleted = 0;
  let cursor: string | undefined;
  do {
    const page = await guarded("KV card list", () => env.BRIEFINGS.list({ prefix, ...(cursor ? { cursor } : {}) }));
    await Promise.all(page.keys.map((key) => guarded("KV card delete", () => env.BRIEFINGS.delete(key.name))));
    deleted += page.keys.length;
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return deleted;
}
