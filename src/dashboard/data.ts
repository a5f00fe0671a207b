/**
 * Where the dashboard's figures come from: the same functions the API answers with, called
 * directly (never over HTTP), so every figure on a page is the API's figure.
 */
import { analyticsCsv } from "../analytics/analytics-csv-export";
import { getAnalytics } from "../analytics/get-analytics";
import type { Bindings } from "../env";
import { readShareIndexRow } from "../storage/share-index-row";
import { type ShareIndexFacts, listShares, shareIndexFacts } from "../storage/share-list";
import type { DateRange } from "./date-range";
import type { AnalyticsReport, ShareListFilters, ShareListPage } from "./report-types";

/**
 * The Analytics document of `GET /api/analytics` for the range.
 *
 * @example
 * const report = await loadAnalytics(env, { from: "2026-11-01", to: "2026-11-30" });
 */
export function loadAnalytics(env: Bindings, range: Pick<DateRange, "from" | "to">): Promise<AnalyticsReport> {
  return getAnalytics(env, { from: range.from, to: range.to });
}

/**
 * The CSV of `GET /api/analytics.csv` for the range, streamed from D1 the same way.
 *
 * @example
 * const csv = await loadAnalyticsCsv(env, range);
 */
export function loadAnalyticsCsv(env: Bindings, range: Pick<DateRange, "from" | "to">): Promise<ReadableStream<Uint8Array>> {
  return analyticsCsv(env, { from: range.from, to: range.to });
}

/**
 * One page of `GET /api/shares`. A cursor it did not issue throws the API's 400 ApiError.
 *
 * @example
 * const page = await loadShareList(env, { q: "rates" }, origin);
 */
export function loadShareList(env: Bindings, filters: ShareListFilters, origin: string): Promise<ShareListPage> {
  return listShares(env, filters, origin);
}

export type { ShareIndexFacts };

/**
 * A share's row in the index, also for a revoked or expired share; null when the index has none.
 *
 * @example
 * const facts = await loadShareIndexFacts(env, id);
 */
export async function loadShareIndexFacts(env: Bindings, id: string, now = new Date()): Promise<ShareIndexFacts | null> {
  const row = await readShareIndexRow(env, id);
  return row ? shareIndexFacts(row, now) : null;
}
