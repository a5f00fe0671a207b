/**
 * Exactly once into D1, under faults injected as bindings that fail: redelivered batches, a
 * consumer or counter that dies between the counter write and the D1 write, D1 writes that fail
 * (before or after committing), and concurrency. After each: analytics totals == sum of share stats.
 */
import { createExecutionContext, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { QUEUES } from "../../src/stats/queue-names";
import { statsCounter } from "../../src/stats/record-event";
import type { StatsEvent } from "../../src/stats/stats-event";
import { clearAnalytics } from "../fixtures/analytics";
import { drainByAlarm, expectAnalyticsEqualShareStats, faultyD1, outboxSize, setFlushTarget } from "../fixtures/analytics-invariant";
import { batchOf, statsEvent } from "../fixtures/stats";

const freshId = () => `x${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
const DAY = 86_400_000;

/** A mix of every kind of event, spread over three UTC days. */
function mixedEvents(shareId: string, n: number): StatsEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const at = Date.now() - (i % 3) * DAY;
    switch (i % 5) {
      case 0:
        return statsEvent(shareId, { at, platform: "android", placement: "footer" });
      case 1:
        return statsEvent(shareId, { at, type: "view", placement: null, channel: "whatsapp", visitor: i.toString(16).padStart(64, "0") });
      case 2:
        return statsEvent(shareId, { at, type: "view", audience: "unfurl", unfurl: "slack", placement: null, channel: null });
      case 3:
        return statsEvent(shareId, { at, type: "view", placement: null, channel: "direct" });
      default:
        return statsEvent(shareId, { at });
    }
  });
}

async function deliver(events: StatsEvent[], attempts = 1, ids?: string[]) {
  const batch = batchOf(QUEUES.stats, events, attempts, ids);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

let logged: string[] = [];
beforeEach(async () => {
  await clearAnalytics();
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("exactly once into D1", () => {
  it("counts a redelivered batch once in D1 (and a partly overlapping one)", async () => {
    const id = freshId();
    const events = mixedEvents(id, 40);
    await deliver(events);
    await deliver(events, 2);
    await deliver([...events.slice(20), ...mixedEvents(id, 10)], 3);
    await drainByAlarm(id);
    const totals = await expectAnalyticsEqualShareStats([id]);
    expect(totals["views.human"]).toBe(20);
    expect(totals["channel.whatsapp"]).toBe(10);
  });

  it("loses nothing when the counter committed and nothing reached D1 (the flush died), and the alarm finishes the job", async () => {
    const id = freshId();
    const { db } = faultyD1("hang");
    await setFlushTarget(id, db);
    const events = mixedEvents(id, 25);
    await statsCounter(env, id).apply(events);
    // The counter holds the increments; D1 has none of them yet.
    expect(await outboxSize(id)).toBeGreaterThan(0);
    const inD1 = await env.DB.prepare("SELECT count(*) AS n FROM analytics_share_totals WHERE share_id = ?").bind(id).first<{ n: number }>();
    expect(inD1?.n).toBe(0);
    // The consumer that applied it died before acking: the queue redelivers, which changes nothing.
    expect((await deliver(events, 2)).explicitAcks).toHaveLength(25);
    await setFlushTarget(id);
    await drainByAlarm(id);
    await expectAnalyticsEqualShareStats([id]);
  });

  it("keeps the increments while D1 writes fail, retries by alarm with backoff, and lands them once D1 is back", async () => {
    const id = freshId();
    const { db, calls } = faultyD1("fail", 3);
    await setFlushTarget(id, db);
    await deliver(mixedEvents(id, 30));
    await drainByAlarm(id);
    expect(calls.failed).toBe(3);
    expect(logged.filter((line) => line.includes("analytics_flush_failed"))).toHaveLength(3);
    await expectAnalyticsEqualShareStats([id]);
  });

  it("adds nothing twice when D1 committed a flush but the acknowledgement was lost", async () => {
    const id = freshId();
    const { db, calls } = faultyD1("commit-then-fail", 2);
    await setFlushTarget(id, db);
    await deliver(mixedEvents(id, 20));
    await deliver(mixedEvents(id, 20));
    await drainByAlarm(id);
    expect(calls.failed).toBe(2);
    expect(calls.batches).toBeGreaterThan(2);
    const totals = await expectAnalyticsEqualShareStats([id]);
    expect(totals["clicks.ios"]).toBe(8);
  });

  it("stays exact under concurrent deliveries, redeliveries and flushes across shares", async () => {
    const ids = [freshId(), freshId(), freshId(), freshId()];
    const events = ids.flatMap((id) => mixedEvents(id, 60));
    const shuffled = [...events].sort(() => Math.random() - 0.5);
    const batches = Array.from({ length: 8 }, (_, i) => shuffled.filter((_, j) => j % 8 === i));
    await Promise.all([
      ...batches.map((batch) => deliver(batch)),
      ...batches.slice(0, 4).map((batch) => deliver(batch, 2)),
      ...ids.map((id) => statsCounter(env, id).flushAnalytics()),
      ...ids.map((id) => statsCounter(env, id).flushAnalytics()),
    ]);
    await Promise.all(ids.map((id) => statsCounter(env, id).flushAnalytics()));
    await Promise.all(ids.map(drainByAlarm));
    const totals = await expectAnalyticsEqualShareStats(ids);
    expect(totals["views.total"]).toBe(ids.length * 36);
  });

  it("flushes an outbox longer than one flush in several, each once", async () => {
    const id = freshId();
    const { db } = faultyD1("fail");
    await setFlushTarget(id, db);
    // 60 transactions of ~20 rows each (three days × several counters) while D1 is down.
    for (let i = 0; i < 60; i++) await statsCounter(env, id).apply(mixedEvents(id, 15));
    expect(await outboxSize(id)).toBeGreaterThan(1000);
    await setFlushTarget(id);
    await drainByAlarm(id);
    await expectAnalyticsEqualShareStats([id]);
  });

  it("the API's totals equal the sum of the shares' stats after page views and taps through the Worker", async () => {
    const { createShare, api } = await import("../fixtures/api");
    const { buildShareRequest } = await import("../fixtures/briefings");
    const { waitForStats, sum } = await import("../fixtures/stats");
    const IPHONE =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const shares = [await createShare(buildShareRequest()), await createShare(buildShareRequest())];
    for (const [index, share] of shares.entries()) {
      for (let i = 0; i <= index; i++) {
        const view = await worker.fetch(new Request(`https://share.test/b/${share.id}`, { headers: { "user-agent": IPHONE, referer: "https://t.co/x" } }), env, createExecutionContext());
        expect(view.status).toBe(200);
        const tap = await worker.fetch(new Request(`https://share.test/b/${share.id}/get?via=banner`, { headers: { "user-agent": IPHONE }, redirect: "manual" }), env, createExecutionContext());
        expect(tap.status).toBe(302);
      }
    }
    const stats = await Promise.all(
      shares.map((share, index) => waitForStats(share.id, (s) => {
        expect(s.views.human).toBe(index + 1);
        expect(sum(s.ctaClicks)).toBe(index + 1);
      })),
    );
    await Promise.all(shares.map((share) => drainByAlarm(share.id)));
    await expectAnalyticsEqualShareStats(shares.map((share) => share.id));
    const response = await api("/analytics");
    const analytics = (await response.json()) as { totals: { views: { human: number }; ctaClicks: Record<string, number>; byChannel: Record<string, number> } };
    expect(analytics.totals.views.human).toBe(stats.reduce((n, s) => n + s.views.human, 0));
    expect(sum(analytics.totals.ctaClicks)).toBe(stats.reduce((n, s) => n + sum(s.ctaClicks), 0));
    expect(analytics.totals.byChannel.x).toBe(3);
  });
});
