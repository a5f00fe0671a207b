/** The analytics queries over D1: parameterised SQL only, each a small function returning plain rows. */
import type { DailyCounterRow } from "../domain/analytics/build-analytics";
import { addDays, type DateRange } from "../domain/analytics/date-range";
import { counterName } from "../domain/share-stats";
import type { Bindings } from "../env";
import { database } from "./d1/database";
import { guarded } from "./storage-error";

type Db = Pick<Bindings, "DB">;

const VIEWS = counterName.viewsHuman;
const CLICKS = ["ios", "android", "desktop"].map(counterName.click);

/**
 * App-wide counters per day of the range, from `analytics_daily` (one row per day and counter,
 * whatever the number of shares).
 *
 * @example
 * await dailyCounters(env, { from: "2026-11-01", to: "2026-11-30" }); // [{ date: "2026-11-02", counter: "views.human", value: 3 }, …]
 */
export async function dailyCounters(env: Db, range: DateRange): Promise<DailyCounterRow[]> {
  const db = await database(env);
  const { results } = await guarded("D1 analytics read", () =>
    db.prepare("SELECT date, counter, value FROM analytics_daily WHERE date BETWEEN ?1 AND ?2").bind(range.from, range.to).all<DailyCounterRow>(),
  );
  return results;
}

/**
 * Shares created per UTC day of the range, counted from the share index (by its created_at index).
 *
 * @example
 * await sharesCreatedByDay(env, range); // [{ date: "2026-11-02", count: 12 }]
 */
export async function sharesCreatedByDay(env: Db, range: DateRange): Promise<Array<{ date: string; count: number }>> {
  const db = await database(env);
  const { results } = await guarded("D1 analytics read", () =>
    db
      .prepare(
        "SELECT substr(created_at, 1, 10) AS date, count(*) AS count FROM share_index WHERE created_at >= ?1 AND created_at < ?2 GROUP BY 1",
      )
      .bind(range.from, addDays(range.to, 1))
      .all<{ date: string; count: number }>(),
  );
  return results;
}

/**
 * The shares with the most human CTA taps (then human views) in the range, with their indexed
 * title: null once erased, or for a share missing from the index.
 *
 * @example
 * await topShares(env, range, 10); // [{ id: "q3V9-xk2LrT_", title: "AI model pulled", views: 40, ctaClicks: 7 }]
 */
export async function topShares(env: Db, range: DateRange, limit: number) {
  const db = await database(env);
  const { results } = await guarded("D1 analytics read", () =>
    db
      .prepare(TOP_SHARES_SQL)
      .bind(...topSharesParams(range, limit))
      .all<{ id: string; title: string | null; views: number; ctaClicks: number }>(),
  );
  return results;
}

/**
 * The top-shares query; exported with its parameters so a test can check that its plan reads the
 * by-counter index (migrations/0003), not every counter of every share-day in the range.
 */
export const TOP_SHARES_SQL = `SELECT top.share_id AS id, share_index.title AS title, top.views AS views, top.clicks AS ctaClicks
  FROM (
    SELECT share_id,
           sum(CASE WHEN counter = ?3 THEN value ELSE 0 END) AS views,
           sum(CASE WHEN counter = ?3 THEN 0 ELSE value END) AS clicks
    FROM analytics_share_daily
    WHERE date BETWEEN ?1 AND ?2 AND counter IN (?3, ?4, ?5, ?6)
    GROUP BY share_id
    ORDER BY clicks DESC, views DESC, share_id
    LIMIT ?7
  ) AS top
  LEFT JOIN share_index ON share_index.id = top.share_id
  ORDER BY ctaClicks DESC, views DESC, id`;

/**
 * The values of TOP_SHARES_SQL's ?1 … ?7.
 *
 * @example
 * topSharesParams({ from: "2026-11-01", to: "2026-11-30" }, 10); // ["2026-11-01", "2026-11-30", "views.human", "clicks.ios", …, 10]
 */
export const topSharesParams = (range: DateRange, limit: number) => [range.from, range.to, VIEWS, ...CLICKS, limit];
/** One CSV row's source: a share's counter on a day. */
export interface ShareDayCounterRow {
  date: string;
  share_id: string;
  counter: string;
  value: number;
}

/** Where the next page of `shareDailyPage` starts: just after this key. */
export type ShareDayCursor = { date: string; shareId: string; counter: string } | null;

/**
 * One page of per-share daily counters in (date, share, counter) order, so a long export is read
 * in bounded queries that each use the primary key.
 *
 * @example
 * const page = await shareDailyPage(env, range, null, 5000);
 */
export async function shareDailyPage(env: Db, range: DateRange, after: ShareDayCursor, limit: number): Promise<ShareDayCounterRow[]> {
  const db = await database(env);
  const statement = after
    ? db
        .prepare(
          `SELECT date, share_id, counter, value FROM analytics_share_daily
           WHERE date BETWEEN ?1 AND ?2 AND (date, share_id, counter) > (?3, ?4, ?5)
           ORDER BY date, share_id, counter LIMIT ?6`,
        )
        .bind(range.from, range.to, after.date, after.shareId, after.counter, limit)
    : db
        .prepare("SELECT date, share_id, counter, value FROM analytics_share_daily WHERE date BETWEEN ?1 AND ?2 ORDER BY date, share_id, counter LIMIT ?3")
        .bind(range.from, range.to, limit);
  const { results } = await guarded("D1 analytics read", () => statement.all<ShareDayCounterRow>());
  return results;
}

/**
 * The indexed titles of some shares (null once erased; absent when not indexed).
 *
 * @example
 * await indexedTitles(env, ["q3V9-xk2LrT_"]); // Map { "q3V9-xk2LrT_" => "AI model pulled" }
 */
export async function indexedTitles(env: Db, shareIds: readonly string[]): Promise<Map<string, string | null>> {
  if (shareIds.length === 0) return new Map();
  const db = await database(env);
  const { results } = await guarded("D1 analytics read", () =>
    db
      .prepare("SELECT id, title FROM share_index WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(shareIds))
      .all<{ id: string; title: string | null }>(),
  );
  return new Map(results.map((row) => [row.id, row.title]));
}

/** Rows deleted per statement when pruning, so no single write holds D1's one writer for long. */
const PRUNE_CHUNK = 5_000;

/**
 * Deletes the daily rows (per share and app-wide) of days before `before`, in chunks. Per-share
 * totals are never pruned. Returns how many rows went.
 *
 * @example
 * await pruneDailyRows(env, "2025-10-27"); // { shareDaily: 120000, daily: 800 }
 */
export async function pruneDailyRows(env: Db, before: string): Promise<{ shareDaily: number; daily: number }> {
  const db = await database(env);
  const deleted = { shareDaily: 0, daily: 0 };
  for (;;) {
    const result = await guarded("D1 analytics prune", () =>
      db
        .prepare(
          `DELETE FROM analytics_share_daily WHERE (date, share_id, counter) IN
           (SELECT date, share_id, counter FROM analytics_share_daily WHERE date < ?1 LIMIT ?2)`,
        )
        .bind(before, PRUNE_CHUNK)
        .run(),
    );
    deleted.shareDaily += result.meta.changes;
    if (result.meta.changes < PRUNE_CHUNK) break;
  }
  const result = await guarded("D1 analytics prune", () => db.prepare("DELETE FROM analytics_daily WHERE date < ?1").bind(before).run());
  deleted.daily = result.meta.changes;
  return deleted;
}
