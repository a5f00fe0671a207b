/** The shares list's query (`?q=&status=&sharer=&cursor=`) read into the API's filters, with what was wrong in words. */
import type { ShareListFilters, ShareListStatus } from "./report-types";

const STATUSES: readonly ShareListStatus[] = ["live", "revoked", "expired"];
/** One page of the dashboard's list; the API allows up to 200. */
export const DASHBOARD_PAGE_SIZE = 25;

/**
 * Empty fields are no filter (a GET form sends them all). Limits are the API's: a search of at
 * most 200 characters, a sharer ref of at most 64.
 *
 * @example
 * readListFilters({ q: " rates ", status: "" }); // { filters: { q: "rates", limit: 25 }, error: null }
 */
export function readListFilters(query: Record<string, string | undefined>): { filters: ShareListFilters; error: string | null } {
  const filters: ShareListFilters = { limit: DASHBOARD_PAGE_SIZE };
  const errors: string[] = [];
  const q = query.q?.trim();
  if (q) {
    if (q.length > 200) errors.push("A search is at most 200 characters.");
    else if (!/[\p{L}\p{N}]/u.test(q)) errors.push("Search for at least one word or number.");
    else filters.q = q;
  }
  const status = query.status?.trim();
  if (status) {
    if ((STATUSES as readonly string[]).includes(status)) filters.status = status as ShareListStatus;
    else errors.push("Status must be live, revoked or expired.");
  }
  const sharer = query.sharer?.trim();
  if (sharer) {
    if (sharer.length > 64) errors.push("A sharer ref is at most 64 characters.");
    else filters.sharerRef = sharer;
  }
  const cursor = query.cursor?.trim();
  if (cursor) {
    if (cursor.length > 200) errors.push("That page link is not valid. Start again from the newest shares.");
    else filters.cursor = cursor;
  }
  return { filters, error: errors.length > 0 ? errors.join(" ") : null };
}
