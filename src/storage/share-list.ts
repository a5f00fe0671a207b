/** One page of `GET /api/shares` (and the dashboard's list): the D1 index, each share's totals, the next cursor. */
import { shareUrls } from "../domain/share-urls";
import { decodeListCursor, encodeListCursor } from "../domain/share-list/list-cursor";
import { LIST_LIMIT, type ShareListQuery, effectiveStatus, listFilterKey } from "../domain/share-list/list-query";
import type { ShareList, ShareListItem } from "../domain/share-list/share-list-schema";
import type { Bindings } from "../env";
import { ApiError } from "../http/api-error";
import { database } from "./d1/database";
import { type ShareIndexRow, listShareIndex } from "./share-index";
import { type ShareListTotals, readShareTotals } from "./share-totals";
import { guarded } from "./storage-error";

/** What the index remembers of a share, without its figures: the list's item less url and counts. */
export type ShareIndexFacts = Omit<ShareListItem, "url" | "views" | "ctaClicks">;

/**
 * A D1 row as the API names its fields; a live row past its expiry reads as expired.
 *
 * @example
 * shareIndexFacts(row, new Date()).status; // "expired"
 */
export function shareIndexFacts(row: ShareIndexRow, now: Date): ShareIndexFacts {
  const sharer = row.sharer_name || row.sharer_ref ? { ...(row.sharer_name ? { name: row.sharer_name } : {}), ...(row.sharer_ref ? { ref: row.sharer_ref } : {}) } : null;
  return {
    id: row.id,
    title: row.title,
    lang: row.lang,
    topic: row.topic,
    status: effectiveStatus(row.status, row.expires_at, now),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    sharer,
  };
}

function toItem(row: ShareIndexRow, totals: ShareListTotals, origin: string, now: Date): ShareListItem {
  return { ...shareIndexFacts(row, now), url: shareUrls.page(origin, row.id), views: { human: totals.human }, ctaClicks: totals.ctaClicks };
}

/**
 * The page of shares a query asks for, newest first. Keyset paging on (createdAt, id): a share
 * created while a client pages appears before its first page, never inside a later one, so no
 * share is missed or repeated. A cursor that this API did not issue for these filters is a 400.
 *
 * @example
 * await listShares(env, { status: "live", limit: 20 }, "https://share.example.app");
 */
export async function listShares(env: Bindings, query: ShareListQuery, origin: string, now = new Date()): Promise<ShareList> {
  const filterKey = listFilterKey(query);
  const after = query.cursor === undefined ? null : await decodeListCursor(query.cursor, filterKey);
  if (query.cursor !== undefined && after === null) {
    throw new ApiError("validation_failed", "The query parameter cursor is not one this API issued for these filters.", {
      errors: [{ path: "cursor", message: "is not a cursor from nextCursor of the same list (same status, sharerRef and q)" }],
    });
  }
  const limit = query.limit ?? LIST_LIMIT.default;
  const db = await database(env);
  const rows = await guarded("D1 share list", () => listShareIndex(db, query, limit + 1, after, now));
  const page = rows.slice(0, limit);
  const totals = await guarded("D1 share totals", () => readShareTotals(db, page.map((row) => row.id)));
  const last = page.at(-1);
  return {
    shares: page.map((row) => toItem(row, totals.get(row.id) ?? { human: 0, ctaClicks: { ios: 0, android: 0, desktop: 0 } }, origin, now)),
    nextCursor: rows.length > limit && last ? await encodeListCursor({ createdAt: last.created_at, id: last.id }, filterKey) : null,
  };
}
