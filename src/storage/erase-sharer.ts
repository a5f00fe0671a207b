/** Erasure on request: every share of one sharer ref revoked, and its text and sharer name deleted from every store. */
import { database } from "./d1/database";
import { deleteStoredCards } from "./og-card-store";
import { shareIdsOfSharer } from "./share-index";
import { type StoreContext, eraseShare } from "./share-store";
import { guarded } from "./storage-error";

/** Shares erased at once: a sharer with thousands of shares must not open thousands of calls together. */
const CONCURRENCY = 8;

/**
 * Erases one sharer's shares (found through the D1 index, whatever their status) and returns how
 * many. Counts stay: they hold no personal data. Idempotent: the index forgets the ref with the
 * rest, so a second call finds nothing.
 *
 * @example
 * await eraseSharer({ env, waitUntil }, "user-42"); // 3
 */
export async function eraseSharer(ctx: StoreContext, sharerRef: string, now = new Date()): Promise<number> {
  const db = await database(ctx.env);
  const ids = await guarded("D1 sharer lookup", () => shareIdsOfSharer(db, sharerRef));
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      await eraseShare(ctx, id, now);
      await deleteStoredCards(ctx.env, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return ids.length;
}
