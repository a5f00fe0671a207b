/** Each listed share's all-time counts, from the analytics totals the counter Durable Objects flush into D1. */
import { counterName } from "../domain/share-stats";

export interface ShareListTotals {
  human: number;
  ctaClicks: { ios: number; android: number; desktop: number };
}

const LISTED_COUNTERS = [counterName.viewsHuman, counterName.click("ios"), counterName.click("android"), counterName.click("desktop")];

/**
 * The human views and CTA taps of each share id (zeros for a share nothing was counted for yet).
 * One query per page: `json_each` binds the whole id list as one parameter.
 *
 * @example
 * (await readShareTotals(env.DB, ["q3V9-xk2LrT_"])).get("q3V9-xk2LrT_"); // { human: 3, ctaClicks: { ios: 1, android: 0, desktop: 0 } }
 */
export async function readShareTotals(db: D1Database, ids: readonly string[]): Promise<Map<string, ShareListTotals>> {
  const totals = new Map<string, ShareListTotals>(ids.map((id) => [id, { human: 0, ctaClicks: { ios: 0, android: 0, desktop: 0 } }]));
  if (ids.length === 0) return totals;
  const { results } = await db
    .prepare(
      `SELECT share_id, counter, value FROM analytics_share_totals
       WHERE share_id IN (SELECT value FROM json_each(?1)) AND counter IN (SELECT value FROM json_each(?2))`,
    )
    .bind(JSON.stringify(ids), JSON.stringify(LISTED_COUNTERS))
    .all<{ share_id: string; counter: string; value: number }>();
  for (const row of results) {
    const entry = totals.get(row.share_id);
    if (!entry) continue;
    if (row.counter === counterName.viewsHuman) entry.human = row.value;
    else if (row.counter === counterName.click("ios")) entry.ctaClicks.ios = row.value;
    else if (row.counter === counterName.click("android")) entry.ctaClicks.android = row.value;
    else if (row.counter === counterName.click("desktop")) entry.ctaClicks.desktop = row.value;
  }
  return totals;
}
