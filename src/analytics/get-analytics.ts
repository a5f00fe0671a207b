/** The analytics of a range across every share: what GET /api/analytics and the dashboard show. */
import type { Analytics } from "../domain/analytics/analytics-schema";
import { buildAnalytics } from "../domain/analytics/build-analytics";
import type { DateRange } from "../domain/analytics/date-range";
import type { Bindings } from "../env";
import { dailyCounters, sharesCreatedByDay, topShares } from "../storage/analytics-store";

/** The contract's limit on `topShares`. */
export const TOP_SHARES = 10;

/**
 * Exact totals, daily figures and top shares for UTC days `range.from`..`range.to` (inclusive).
 * Three indexed queries, run side by side; none scans shares outside the range.
 *
 * @example
 * const analytics = await getAnalytics(env, { from: "2026-11-01", to: "2026-11-30" });
 * analytics.totals.ctaClicks; // { ios: 12, android: 4, desktop: 1 }
 */
export async function getAnalytics(env: Pick<Bindings, "DB">, range: DateRange): Promise<Analytics> {
  const [counters, sharesCreated, top] = await Promise.all([
    dailyCounters(env, range),
    sharesCreatedByDay(env, range),
    topShares(env, range, TOP_SHARES),
  ]);
  return buildAnalytics(range, { counters, sharesCreated, topShares: top });
}
