/** The counter Durable Object's outbox: its increments per day, kept until D1 has them (transactional outbox). */
import type { AnalyticsFlush, OutboxRow } from "../storage/analytics-flush";

/** Counter increments per UTC day: day → counter name → amount. */
export type DayIncrements = Map<string, Map<string, number>>;

/** Rows per flush: one D1 batch stays far below D1's statement and parameter size limits. */
export const FLUSH_MAX_ROWS = 1_000;

/**
 * The outbox's tables, created with the Durable Object's own. `seq` numbers the transactions that
 * wrote rows and never goes back (kept in `analytics_outbox_state`, not derived from the rows,
 * which are deleted once acknowledged).
 */
export const OUTBOX_SCHEMA = `
  CREATE TABLE IF NOT EXISTS analytics_outbox (seq INTEGER NOT NULL, date TEXT NOT NULL, counter TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (seq, date, counter)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS analytics_outbox_state (id INTEGER PRIMARY KEY CHECK (id = 1), share_id TEXT NOT NULL, seq INTEGER NOT NULL);
`;

/**
 * Adds a transaction's increments to the outbox under the next sequence number. Call it inside
 * the transaction that applies the same increments to the counters, so both happen or neither.
 *
 * @example
 * ctx.storage.transactionSync(() => { …counters…; writeOutbox(sql, shareId, increments); });
 */
export function writeOutbox(sql: SqlStorage, shareId: string, increments: DayIncrements): void {
  const rows = [...increments].flatMap(([date, counters]) => [...counters].filter(([, value]) => value !== 0).map(([counter, value]) => ({ date, counter, value })));
  if (rows.length === 0) return;
  const seq = sql
    .exec<{ seq: number }>(
      "INSERT INTO analytics_outbox_state (id, share_id, seq) VALUES (1, ?, 1) ON CONFLICT (id) DO UPDATE SET seq = seq + 1 RETURNING seq",
      shareId,
    )
    .one().seq;
  for (const { date, counter, value } of rows) {
    sql.exec("INSERT INTO analytics_outbox (seq, date, counter, value) VALUES (?, ?, ?, ?)", seq, date, counter, value);
  }
}

/**
 * The oldest unacknowledged transactions, whole (a flush never splits one, since the mark in D1
 * is per transaction), up to about FLUSH_MAX_ROWS rows; null when the outbox is empty.
 *
 * @example
 * const flush = nextFlush(sql); // { shareId, upTo: 12, rows: [[11, "2026-11-30", "views.human", 3], …] }
 */
export function nextFlush(sql: SqlStorage, maxRows = FLUSH_MAX_ROWS): AnalyticsFlush | null {
  const state = sql.exec<{ share_id: string }>("SELECT share_id FROM analytics_outbox_state WHERE id = 1").toArray()[0];
  if (!state) return null;
  type Row = { seq: number; date: string; counter: string; value: number };
  let rows = sql.exec<Row>("SELECT seq, date, counter, value FROM analytics_outbox ORDER BY seq LIMIT ?", maxRows + 1).toArray();
  if (rows.length === 0) return null;
  if (rows.length > maxRows) {
    const last = rows.at(-1)!.seq;
    // The last transaction may be cut: leave it for the next flush, unless it is the only one
    // (a consumer batch bounds one transaction's size), which then goes whole.
    rows =
      rows[0]!.seq === last
        ? sql.exec<Row>("SELECT seq, date, counter, value FROM analytics_outbox WHERE seq = ?", last).toArray()
        : rows.filter((row) => row.seq !== last);
  }
  return {
    shareId: state.share_id,
    upTo: rows.at(-1)!.seq,
    rows: rows.map((row): OutboxRow => [row.seq, row.date, row.counter, row.value]),
  };
}

/**
 * Forgets the transactions D1 has acknowledged.
 *
 * @example
 * await applyAnalyticsFlush(env, flush);
 * acknowledgeFlush(sql, flush.upTo);
 */
export function acknowledgeFlush(sql: SqlStorage, upTo: number): void {
  sql.exec("DELETE FROM analytics_outbox WHERE seq <= ?", upTo);
}

/** True when increments wait for D1. */
export function outboxPending(sql: SqlStorage): boolean {
  return sql.exec<{ n: number }>("SELECT count(*) AS n FROM (SELECT 1 FROM analytics_outbox LIMIT 1)").one().n > 0;
}
