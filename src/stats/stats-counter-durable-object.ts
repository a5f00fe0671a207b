/** One share's exact counters: one SQLite-backed Durable Object per share, idempotent by event id, with an outbox to D1. */
import { DurableObject } from "cloudflare:workers";
import { type DayIncrements, OUTBOX_SCHEMA, acknowledgeFlush, nextFlush, outboxPending, writeOutbox } from "../analytics/counter-outbox";
import { countsAsHuman, rateWindow } from "../domain/automation-rule";
import { type CounterSnapshot, DAILY_WINDOW_DAYS, counterName, utcDay } from "../domain/share-stats";
import type { Bindings } from "../env";
import { applyAnalyticsFlush } from "../storage/analytics-flush";
import { type Verdict, counterDelta } from "./event-counters";
import { retryDelaySeconds } from "./retry-delay";
import type { StatsEvent } from "./stats-event";

/**
 * How long applied event ids (and the day's visitor hashes) are kept. Longer than any redelivery:
 * Queues keeps a message at most 14 days, but ours are retried within hours (see wrangler.toml),
 * and a fallback write races its own queue message by seconds.
 */
export const DEDUPE_WINDOW_MS = 15 * 86_400_000;
const PRUNE_EVERY_MS = 86_400_000;
/** New increments reach D1 this long after their transaction: a hot share's batches share one flush. */
export const FLUSH_DELAY_MS = 1_000;
/** A failed flush is retried by the alarm after 5 s, 10 s … at most this long apart, until D1 has it. */
const MAX_FLUSH_RETRY_SECONDS = 300;
/** Flushes per alarm before yielding (a long outage leaves a long outbox; the next alarm goes on). */
const FLUSHES_PER_ALARM = 20;

export interface ApplyResult {
  applied: number;
  duplicates: number;
  /**
   * The ids of this batch's events rated suspected automation (src/domain/automation-rule.ts), now
   * or when first applied: a redelivered batch gets the same answer, so the click webhook sends a
   * tap on every delivery or on none.
   */
  suspected: string[];
}

/**
 * Applies batches of events exactly once: each event id is inserted into `applied_events` in the
 * same transaction as its increments, so a redelivered batch (or the queue copy of an event that
 * was also written directly) changes nothing. A whole consumer batch for a share is one call, so
 * a hot share costs one transaction per batch, not per tap.
 *
 * The same transaction writes the increments, per UTC day, to an outbox (src/analytics/): the
 * alarm, committed with it, flushes them to D1's rollups and deletes them once D1 acknowledged;
 * D1 skips what it already has by the share's flush mark. So D1 equals the counters once the
 * outbox is empty, whatever fails in between. Every counter goes through `addIncrements`, so a
 * new counter name reaches D1 with no other change.
 *
 * @example
 * const counter = env.STATS_COUNTERS.get(env.STATS_COUNTERS.idFromName(shareId));
 * await counter.apply(events); // { applied: 98, duplicates: 2, suspected: [] }
 * await counter.snapshot();    // { counters: { "views.human": 3, … }, daily: [ … ] }
 */
export class StatsCounterDurableObject extends DurableObject<Bindings> {
  /** Where flushes go: the Worker's D1. Replaced only by fault-injection tests. */
  analyticsTarget: Pick<Bindings, "DB">;
  /** The alarm time as last set or read (null: none); read from storage once per instance. */
  private alarmAt: number | null | undefined;
  private flushFailures = 0;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.analyticsTarget = env;
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS applied_events (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS applied_events_at ON applied_events (applied_at);
      CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS daily (date TEXT PRIMARY KEY, views INTEGER NOT NULL, clicks INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS visitors (date TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (date, hash)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS visitor_rates (visitor TEXT NOT NULL, scope TEXT NOT NULL, hour INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (visitor, scope, hour)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS app_installs (hash TEXT PRIMARY KEY, opened_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS suspected_events (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID;
      ${OUTBOX_SCHEMA}
    `);
  }

  /** Applies the events not applied before; returns how many were new and how many were repeats. */
  async apply(events: StatsEvent[]): Promise<ApplyResult> {
    const now = Date.now();
    await this.loadAlarm();
    const result = this.ctx.storage.transactionSync(() => this.applyInTransaction(events, now));
    // No await since the transaction: the alarm is committed together with the outbox rows.
    if (result.applied > 0) this.scheduleAlarm(now + FLUSH_DELAY_MS);
    else if (this.alarmAt === null) this.scheduleAlarm(now + PRUNE_EVERY_MS);
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

  /**
   * Sends the outbox to D1 now, oldest transactions first; true when it is empty afterwards.
   * The alarm calls it; tests call it to drain without waiting.
   */
  async flushAnalytics(): Promise<boolean> {
    const sql = this.ctx.storage.sql;
    for (let round = 0; round < FLUSHES_PER_ALARM; round++) {
      const flush = nextFlush(sql);
      if (!flush) return true;
      await applyAnalyticsFlush(this.analyticsTarget, flush);
      acknowledgeFlush(sql, flush.upTo);
    }
    return !outboxPending(sql);
  }

  override async alarm(): Promise<void> {
    this.alarmAt = null;
    const now = Date.now();
    this.prune(now);
    let next: number | null = null;
    try {
      const drained = await this.flushAnalytics();
      this.flushFailures = 0;
      if (!drained) next = Date.now();
    } catch (error) {
      this.flushFailures += 1;
      next = Date.now() + retryDelaySeconds(this.flushFailures, MAX_FLUSH_RETRY_SECONDS) * 1000;
      console.error(JSON.stringify({ event: "analytics_flush_failed", attempt: this.flushFailures, retryAt: new Date(next).toISOString(), message: String(error) }));
    }
    if (next === null && this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM applied_events").one().n > 0) {
      next = now + PRUNE_EVERY_MS;
    }
    if (next !== null) this.scheduleAlarm(next);
  }

  private prune(now: number): void {
    const cutoff = now - DEDUPE_WINDOW_MS;
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM applied_events WHERE applied_at < ?", cutoff);
    sql.exec("DELETE FROM suspected_events WHERE applied_at < ?", cutoff);
    sql.exec("DELETE FROM visitors WHERE date < ?", utcDay(cutoff));
    sql.exec("DELETE FROM visitor_rates WHERE hour < ?", Math.floor(cutoff / 3_600_000));
  }

  private applyInTransaction(events: StatsEvent[], now: number): ApplyResult {
    const sql = this.ctx.storage.sql;
    const increments: DayIncrements = new Map();
    const add = (day: string, name: string) => {
      const counters = increments.get(day) ?? new Map<string, number>();
      counters.set(name, (counters.get(name) ?? 0) + 1);
      increments.set(day, counters);
    };
    const days = new Map<string, { views: number; clicks: number }>();
    let applied = 0;
    let shareId: string | null = null;
    const suspected: string[] = [];
    for (const event of events) {
      const inserted = sql.exec("INSERT INTO applied_events (id, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING", event.id, now);
      if (inserted.rowsWritten === 0) {
        if (sql.exec("SELECT 1 FROM suspected_events WHERE id = ?", event.id).toArray().length > 0) suspected.push(event.id);
        continue;
      }
      applied += 1;
      shareId = event.shareId;
      const verdict = this.verdict(event, now);
      if (verdict.suspected) {
        sql.exec("INSERT INTO suspected_events (id, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING", event.id, now);
        suspected.push(event.id);
      }
      const delta = counterDelta(event, verdict);
      for (const name of delta.counters) add(delta.day, name);
      const day = days.get(delta.day) ?? { views: 0, clicks: 0 };
      day.views += delta.dailyViews;
      day.clicks += delta.dailyClicks;
      days.set(delta.day, day);
      if (delta.visitor) {
        const seen = sql.exec("INSERT INTO visitors (date, hash) VALUES (?, ?) ON CONFLICT DO NOTHING", delta.day, delta.visitor);
        if (seen.rowsWritten > 0) add(delta.day, counterName.uniqueVisitors);
      }
    }
    if (shareId !== null) this.addIncrements(shareId, increments);
    for (const [date, { views, clicks }] of days) {
      if (views === 0 && clicks === 0) continue;
      sql.exec(
        "INSERT INTO daily (date, views, clicks) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET views = views + excluded.views, clicks = clicks + excluded.clicks",
        date,
        views,
        clicks,
      );
    }
    return { applied, duplicates: events.length - applied, suspected };
  }

  /**
   * The one writer of counters: adds increments to the counters and, in the same transaction
   * (call it inside one), to the outbox D1 is fed from.
   */
  private addIncrements(shareId: string, increments: DayIncrements): void {
    const sql = this.ctx.storage.sql;
    const totals = new Map<string, number>();
    for (const counters of increments.values()) for (const [name, value] of counters) totals.set(name, (totals.get(name) ?? 0) + value);
    for (const [name, value] of totals) {
      sql.exec("INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value", name, value);
    }
    writeOutbox(sql, shareId, increments);
  }

  private async loadAlarm(): Promise<void> {
    if (this.alarmAt === undefined) this.alarmAt = await this.ctx.storage.getAlarm();
  }

  /** Moves the alarm earlier (never later), without awaiting, so it commits with the writes before it. */
  private scheduleAlarm(at: number): void {
    if (this.alarmAt !== null && this.alarmAt !== undefined && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
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
}
