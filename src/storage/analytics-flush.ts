/** Adds one share's outbox rows to the D1 rollups exactly once: the flush mark is the idempotency key. */
import type { Bindings } from "../env";
import { database } from "./d1/database";
import { guarded } from "./storage-error";

/** One outbox row: the counter Durable Object's transaction number, the UTC day, the counter, the increment. */
export type OutboxRow = [seq: number, date: string, counter: string, value: number];

/** What a counter Durable Object sends: every outbox row of its transactions up to `upTo`. */
export interface AnalyticsFlush {
  shareId: string;
  upTo: number;
  rows: OutboxRow[];
}

/** Rows above the share's mark only: what an earlier, acknowledged-or-not flush already added is skipped. */
const ABOVE_MARK = "json_extract(j.value, '$[0]') > coalesce((SELECT seq FROM analytics_flush_marks WHERE share_id = ?1), 0)";

/**
 * Adds a flush to the per-share daily rows, the app-wide daily rows and the per-share totals, and
 * raises the share's mark to `upTo`, in one D1 batch (one transaction). Rows at or below the mark
 * are skipped, so a flush retried after its acknowledgement was lost (or sent twice, or racing
 * another flush of the same share) adds nothing twice; rows arrive in one JSON parameter, so a
 * flush is four statements whatever its size.
 *
 * @example
 * await applyAnalyticsFlush(env, { shareId: "q3V9-xk2LrT_", upTo: 7, rows: [[7, "2026-11-30", "views.human", 2]] });
 */
export async function applyAnalyticsFlush(env: Pick<Bindings, "DB">, flush: AnalyticsFlush): Promise<void> {
  const db = await database(env);
  const rows = JSON.stringify(flush.rows);
  const date = "json_extract(j.value, '$[1]')";
  const counter = "json_extract(j.value, '$[2]')";
  const value = "json_extract(j.value, '$[3]')";
  await guarded("D1 analytics flush", () =>
    db.batch([
      db
        .prepare(
          `INSERT INTO analytics_share_daily (date, share_id, counter, value)
           SELECT ${date}, ?1, ${counter}, ${value} FROM json_each(?2) AS j WHERE ${ABOVE_MARK}
           ON CONFLICT (date, share_id, counter) DO UPDATE SET value = value + excluded.value`,
        )
        .bind(flush.shareId, rows),
      db
        .prepare(
          `INSERT INTO analytics_daily (date, counter, value)
           SELECT ${date}, ${counter}, ${value} FROM json_each(?2) AS j WHERE ${ABOVE_MARK}
           ON CONFLICT (date, counter) DO UPDATE SET value = value + excluded.value`,
        )
        .bind(flush.shareId, rows),
      db
        .prepare(
          `INSERT INTO analytics_share_totals (share_id, counter, value)
           SELECT ?1, ${counter}, ${value} FROM json_each(?2) AS j WHERE ${ABOVE_MARK}
           ON CONFLICT (share_id, counter) DO UPDATE SET value = value + excluded.value`,
        )
        .bind(flush.shareId, rows),
      db
        .prepare("INSERT INTO analytics_flush_marks (share_id, seq) VALUES (?1, ?2) ON CONFLICT (share_id) DO UPDATE SET seq = max(seq, excluded.seq)")
        .bind(flush.shareId, flush.upTo),
    ]),
  );
}
