/** One share's exact counters: one SQLite-backed Durable Object per share, idempotent by event id. */
import { DurableObject } from "cloudflare:workers";
import { countsAsHuman, rateWindow } from "../domain/automation-rule";
import { type CounterSnapshot, DAILY_WINDOW_DAYS, counterName, utcDay } from "../domain/share-stats";
import type { Bindings } from "../env";
import { type Verdict, counterDelta } from "./event-counters";
import type { StatsEvent } from "./stats-event";

/**
 * How long applied event ids (and the day's visitor hashes) are kept. Longer than any redelivery:
 * Queues keeps a message at most 14 days, but ours are retried within hours (see wrangler.toml),
 * and a fallback write races its own queue message by seconds.
 */
export const DEDUPE_WINDOW_MS = 15 * 86_400_000;
const PRUNE_EVERY_MS = 86_400_000;

export interface ApplyResult {
  applied: number;
  duplicates: number;
}

/**
 * Applies batches of events exactly once: each event id is inserted into `applied_events` in the
 * same transaction as its increments, so a redelivered batch (or the queue copy of an event that
 * was also written directly) changes nothing. A whole consumer batch for a share is one call, so
 * a hot share costs one transaction per batch, not per tap.
 *
 * @example
 * const counter = env.STATS_COUNTERS.get(env.STATS_COUNTERS.idFromName(shareId));
 * await counter.apply(events); // { applied: 98, duplicates: 2 }
 * await counter.snapshot();    // { counters: { "views.human": 3, … }, daily: [ … ] }
 */
export class StatsCounterDurableObject extends DurableObject<Bindings> {
  private pruneScheduled = false;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS applied_events (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS applied_events_at ON applied_events (applied_at);
      CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS daily (date TEXT PRIMARY KEY, views INTEGER NOT NULL, clicks INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS visitors (date TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (date, hash)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS visitor_rates (visitor TEXT NOT NULL, scope TEXT NOT NULL, hour INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (visitor, scope, hour)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS app_installs (hash TEXT PRIMARY KEY, opened_at INTEGER NOT NULL) WITHOUT ROWID;
    `);
  }

  /** Applies the events not applied before; returns how many were new and how many were repeats. */
  async apply(events: StatsEvent[]): Promise<ApplyResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync(() => this.applyInTransaction(events, now));
    await this.schedulePrune(now);
    return result;
  }

  /** The share's counters and the last 30 days, for `buildShareStats`. */
  async snapshot(nowMs: number = Date.now()): Promise<CounterSnapshot> {
    const sql = this.ctx.storage.sql;
    const counters: Record<string, number> = {};
    for (const row of sql.exec<{ name: string; value: number }>("SELECT name, value FROM counters")) counters[row.name] = row.value;
    const since = utcDay(nowMs - (DAILY_WINDOW_DAYS - 1) * 86_400_000);
    const daily = sql
      .exec<{ date: string; views: number; clicks: number }>("SELECT date, views, clicks FROM daily WHERE date >= ? ORDER BY date", since)
      .toArray();
    return { counters, daily };
  }

  override async alarm(): Promise<void> {
    const cutoff = Date.now() - DEDUPE_WINDOW_MS;
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM applied_events WHERE applied_at < ?", cutoff);
    sql.exec("DELETE FROM visitors WHERE date < ?", utcDay(cutoff));
    sql.exec("DELETE FROM visitor_rates WHERE hour < ?", Math.floor(cutoff / 3_600_000));
    const remaining = sql.exec<{ n: number }>("SELECT count(*) AS n FROM applied_events").one().n;
    this.pruneScheduled = false;
    if (remaining > 0) await this.schedulePrune(Date.now());
  }

  private applyInTransaction(events: StatsEvent[], now: number): ApplyResult {
    const sql = this.ctx.storage.sql;
    const increments = new Map<string, number>();
    const days = new Map<string, { views: number; clicks: number }>();
    let applied = 0;
    for (const event of events) {
      const inserted = sql.exec("INSERT INTO applied_events (id, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING", event.id, now);
      if (inserted.rowsWritten === 0) continue;
      applied += 1;
      const delta = counterDelta(event, this.verdict(event, now));
      for (const name of delta.counters) increments.set(name, (increments.get(name) ?? 0) + 1);
      const day = days.get(delta.day) ?? { views: 0, clicks: 0 };
      day.views += delta.dailyViews;
      day.clicks += delta.dailyClicks;
      days.set(delta.day, day);
      if (delta.visitor) {
        const seen = sql.exec("INSERT INTO visitors (date, hash) VALUES (?, ?) ON CONFLICT DO NOTHING", delta.day, delta.visitor);
        if (seen.rowsWritten > 0) increments.set(counterName.uniqueVisitors, (increments.get(counterName.uniqueVisitors) ?? 0) + 1);
      }
    }
    for (const [name, value] of increments) {
      sql.exec("INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value", name, value);
    }
    for (const [date, { views, clicks }] of days) {
      if (views === 0 && clicks === 0) continue;
      sql.exec(
        "INSERT INTO daily (date, views, clicks) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET views = views + excluded.views, clicks = clicks + excluded.clicks",
        date,
        views,
        clicks,
      );
    }
    return { applied, duplicates: events.length - applied };
  }

  /**
   * Decided inside the apply transaction, after the event id proved new: a redelivered event is a
   * duplicate before it is rated, and an install is remembered for as long as the share's counters
   * live (event ids are pruned after 15 days, installs never).
   */
  private verdict(event: StatsEvent, now: number): Verdict {
    const sql = this.ctx.storage.sql;
    if (event.type === "open") {
      if (!event.install) return {};
      const inserted = sql.exec("INSERT INTO app_installs (hash, opened_at) VALUES (?, ?) ON CONFLICT DO NOTHING", event.install, now);
      return { newInstall: inserted.rowsWritten > 0 };
    }
    if (event.audience !== "human" || !event.visitor) return {};
    const { scope, hour } = rateWindow(event);
    const { n } = sql
      .exec<{ n: number }>(
        "INSERT INTO visitor_rates (visitor, scope, hour, n) VALUES (?, ?, ?, 1) ON CONFLICT (visitor, scope, hour) DO UPDATE SET n = n + 1 RETURNING n",
        event.visitor,
        scope,
        hour,
      )
      .one();
    return { suspected: !countsAsHuman(scope, n) };
  }

  private async schedulePrune(now: number): Promise<void> {
    if (this.pruneScheduled) return;
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(now + PRUNE_EVERY_MS);
    this.pruneScheduled = true;
  }
}
