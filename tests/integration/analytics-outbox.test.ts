/** The outbox and the flush on their own: any counter name flows through, transactions are never split, marks skip repeats. */
import { env, runInDurableObject } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { type DayIncrements, acknowledgeFlush, nextFlush, writeOutbox } from "../../src/analytics/counter-outbox";
import { statsCounter } from "../../src/stats/record-event";
import { applyAnalyticsFlush } from "../../src/storage/analytics-flush";
import { clearAnalytics } from "../fixtures/analytics";

const freshId = () => `o${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
const increments = (entries: Record<string, Record<string, number>>): DayIncrements =>
  new Map(Object.entries(entries).map(([day, counters]) => [day, new Map(Object.entries(counters))]));

/** Runs `fn` against the outbox tables of a fresh counter Durable Object. */
function withOutbox<T>(id: string, fn: (sql: SqlStorage) => T): Promise<T> {
  return runInDurableObject(statsCounter(env, id), (_instance, state) => fn(state.storage.sql));
}

beforeEach(clearAnalytics);

describe("the counter outbox", () => {
  it("carries counter names it has never heard of to every D1 rollup", async () => {
    const id = freshId();
    const flush = await withOutbox(id, (sql) => {
      writeOutbox(sql, id, increments({ "2026-11-29": { "suspected.views": 2, "opensBySource.clipboard": 1 }, "2026-11-30": { "opens.ios": 3 } }));
      return nextFlush(sql);
    });
    expect(flush).toMatchObject({ shareId: id, upTo: 1 });
    await applyAnalyticsFlush(env, flush!);
    const daily = await env.DB.prepare("SELECT date, counter, value FROM analytics_share_daily WHERE share_id = ? ORDER BY date, counter").bind(id).all();
    expect(daily.results).toEqual([
      { date: "2026-11-29", counter: "opensBySource.clipboard", value: 1 },
      { date: "2026-11-29", counter: "suspected.views", value: 2 },
      { date: "2026-11-30", counter: "opens.ios", value: 3 },
    ]);
    const appWide = await env.DB.prepare("SELECT counter, value FROM analytics_daily WHERE date = '2026-11-30'").all();
    expect(appWide.results).toEqual([{ counter: "opens.ios", value: 3 }]);
  });

  it("numbers transactions without reuse, even after every row was acknowledged", async () => {
    const id = freshId();
    const seqs = await withOutbox(id, (sql) => {
      writeOutbox(sql, id, increments({ "2026-11-30": { a: 1 } }));
      acknowledgeFlush(sql, nextFlush(sql)!.upTo);
      writeOutbox(sql, id, increments({ "2026-11-30": { a: 1 } }));
      writeOutbox(sql, id, increments({ "2026-11-30": { zero: 0 } }));
      return nextFlush(sql)!.rows.map((row) => row[0]);
    });
    expect(seqs).toEqual([2]);
  });

  it("never splits a transaction across flushes, but sends one larger than the limit whole", async () => {
    const id = freshId();
    const { first, second, big } = await withOutbox(id, (sql) => {
      writeOutbox(sql, id, increments({ "2026-11-30": { a: 1, b: 1, c: 1 } }));
      writeOutbox(sql, id, increments({ "2026-11-30": { a: 1, b: 1, c: 1 } }));
      const first = nextFlush(sql, 4)!;
      acknowledgeFlush(sql, first.upTo);
      const second = nextFlush(sql, 4)!;
      acknowledgeFlush(sql, second.upTo);
      writeOutbox(sql, id, increments({ "2026-11-30": { a: 1, b: 1, c: 1, d: 1, e: 1 } }));
      return { first, second, big: nextFlush(sql, 4)! };
    });
    expect(first.rows.map((row) => row[0])).toEqual([1, 1, 1]);
    expect(second.rows.map((row) => row[0])).toEqual([2, 2, 2]);
    expect(big.rows).toHaveLength(5);
  });

  it("adds a flush once however often it is sent, and a later flush overlapping it only adds what is new", async () => {
    const id = freshId();
    const flush = { shareId: id, upTo: 2, rows: [[1, "2026-11-30", "views.human", 2], [2, "2026-11-30", "views.human", 3]] as Array<[number, string, string, number]> };
    await applyAnalyticsFlush(env, flush);
    await applyAnalyticsFlush(env, flush);
    await Promise.all([applyAnalyticsFlush(env, flush), applyAnalyticsFlush(env, { ...flush, upTo: 3, rows: [...flush.rows, [3, "2026-11-30", "views.human", 10]] })]);
    const total = await env.DB.prepare("SELECT value FROM analytics_share_totals WHERE share_id = ?").bind(id).first<{ value: number }>();
    expect(total?.value).toBe(15);
    const mark = await env.DB.prepare("SELECT seq FROM analytics_flush_marks WHERE share_id = ?").bind(id).first<{ seq: number }>();
    expect(mark?.seq).toBe(3);
  });
});
