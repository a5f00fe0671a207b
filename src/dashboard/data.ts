/**
 * Where the dashboard's figures come from: the same functions the API answers with, called
 * directly (never over HTTP). A source this deployment does not have yet answers null, and the
 * page says so instead of showing zeros.
 */
import type { Bindings } from "../env";
import type { DateRange } from "./date-range";
import type { AnalyticsReport, ShareListFilters, ShareListItem, ShareListPage } from "./report-types";

/**
 * The Analytics document of `GET /api/analytics` for the range.
 *
 * @example
 * const report = await loadAnalytics(env, { from: "2026-11-01", to: "2026-11-30" });
 */
export async function loadAnalytics(_env: Bindings, _range: Pick<DateRange, "from" | "to">): Promise<AnalyticsReport | null> {
  return null;
}

/**
 * The CSV of `GET /api/analytics.csv` for the range.
 *
 * @example
 * const csv = await loadAnalyticsCsv(env, range);
 */
export async function loadAnalyticsCsv(_env: Bindings, _range: Pick<DateRange, "from" | "to">): Promise<string | null> {
  return null;
}

/**
 * One page of `GET /api/shares`.
 *
 * @example
 * const page = await loadShareList(env, { q: "rates" }, origin);
 */
export async function loadShareList(_env: Bindings, _filters: ShareListFilters, _origin: string): Promise<ShareListPage | null> {
  return null;
}

/**
 * A share's row in the list (title, status, dates), also for a revoked share whose text is gone.
 *
 * @example
 * const item = await loadShareListItem(env, id, origin);
 */
export async function loadShareListItem(_env: Bindings, _id: string, _origin: string): Promise<ShareListItem | null> {
  return null;
}
