import { createExecutionContext, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HUMAN_TAPS_PER_HOUR, HUMAN_VIEWS_PER_HOUR } from "../../src/domain/automation-rule";
import worker from "../../src/index";
import { QUEUES } from "../../src/stats/queue-names";
import { readShareStats } from "../../src/stats/read-share-stats";
import { statsCounter } from "../../src/stats/record-event";
import type { StatsEvent } from "../../src/stats/stats-event";
import { buildShareRequest } from "../fixtures/briefings";
import { batchOf, recordingQueue, statsEvent } from "../fixtures/stats";
import { IPHONE_SAFARI } from "../fixtures/user-agents";
import { harness } from "../security/harness";

const h = harness();

async function newShare() {
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function deliver(messages: readonly unknown[]) {
  const batch = batchOf(QUEUES.stats, messages);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

/** Delivers in consumer-sized batches (100), as Queues would. */
async function deliverAll(messages: readonly unknown[]) {
  for (let i = 0; i < messages.length; i += 100) await deliver(messages.slice(i, i + 100));
}

/** Runs `count` requests, `width` at a time, and returns their statuses. */
async function inWaves(count: number, width: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let start = 0; start < count; start += width) {
    const wave = await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, k) => send(start + k)));
    for (const response of wave) {
      statuses.push(response.status);
      await response.body?.cancel();
    }
  }
  return statuses;
}

/** A harness whose stats queue keeps what it is sent, so a test delivers (and redelivers) it by hand. */
function capturing() {
  const queue = recordingQueue<StatsEvent>();
  return { client: harness({ STATS_EVENTS: queue.queue }, h.token), sent: queue.sent };
}

const visit = (client: typeof h, path: string, ip: string) =>
  client.fetch(path, { headers: { "user-agent": IPHONE_SAFARI, "cf-connecting-ip": ip }, redirect: "manual" });

describe("click inflation: one visitor hammering a share", () => {
  it("answers all 737 taps, counts a handful as human and the rest as suspected automation, exactly once", async () => {
    const id = await newShare();
    const { client, sent } = capturing();
    const statuses = await inWaves(737, 50, () => visit(client, `/b/${id}/get?via=banner`, "198.51.100.9"));
    // Every tap still reaches the store.
    expect(statuses).toEqual(Array(737).fill(302));
    expect(sent).toHaveLength(737);

    await deliverAll(sent);
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks).toEqual({ ios: HUMAN_TAPS_PER_HOUR, android: 0, desktop: 0 });
    expect(stats.byPlacement.banner).toBe(HUMAN_TAPS_PER_HOUR);
    expect(stats.daily.at(-1)!.ctaClicks).toBe(HUMAN_TAPS_PER_HOUR);
    expect(stats.suspectedAutomation).toEqual({ views: 0, ctaClicks: 737 - HUMAN_TAPS_PER_HOUR });
    expect(stats.uniqueVisitors).toBe(1);

    // Redelivered, shuffled and overlapping: every event is a duplicate, nothing moves.
    const shuffled = [...sent].sort(() => Math.random() - 0.5);
    await Promise.all([deliverAll(shuffled.slice(0, 400)), deliverAll(shuffled.slice(300))]);
    expect(await readShareStats(env, id)).toEqual(stats);
  });

  it("gives each placement its own allowance", async () => {
    const id = await newShare();
    const { client, sent } = capturing();
    await inWaves(8, 8, () => visit(client, `/b/${id}/get?via=banner`, "198.51.100.10"));
    await inWaves(8, 8, () => visit(client, `/b/${id}/get?via=footer`, "198.51.100.10"));
    await deliverAll(sent);
    const stats = await readShareStats(env, id);
    expect(stats.byPlacement).toMatchObject({ banner: HUMAN_TAPS_PER_HOUR, footer: HUMAN_TAPS_PER_HOUR });
    expect(stats.suspectedAutomation.ctaClicks).toBe(16 - 2 * HUMAN_TAPS_PER_HOUR);
  });

  it("counts 500 page loads from one visitor as a few human views and the rest suspected, all in views.total", async () => {
    const id = await newShare();
    const { client, sent } = capturing();
    const statuses = await inWaves(500, 50, () => visit(client, `/b/${id}`, "198.51.100.11"));
    expect(statuses).toEqual(Array(500).fill(200));
    await deliverAll(sent);
    const stats = await readShareStats(env, id);
    expect(stats.views).toEqual({ human: HUMAN_VIEWS_PER_HOUR, total: 500 });
    expect(stats.suspectedAutomation).toEqual({ views: 500 - HUMAN_VIEWS_PER_HOUR, ctaClicks: 0 });
    expect(stats.daily.at(-1)!.views).toBe(HUMAN_VIEWS_PER_HOUR);
  });

  it("counts every distinct visitor as human", async () => {
    const id = await newShare();
    const { client, sent } = capturing();
    await inWaves(60, 30, (i) => visit(client, `/b/${id}/get?via=banner`, `203.0.113.${i}`));
    await inWaves(60, 30, (i) => visit(client, `/b/${id}`, `203.0.113.${i}`));
    await deliverAll(sent);
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks.ios).toBe(60);
    expect(stats.views.human).toBe(60);
    expect(stats.suspectedAutomation).toEqual({ views: 0, ctaClicks: 0 });
    expect(stats.uniqueVisitors).toBe(60);
  });

  it("starts a fresh allowance each UTC hour of the tap's own time", async () => {
    const id = `t${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
    const visitor = "c".repeat(64);
    const hour = Date.parse("2026-11-26T10:00:00Z");
    const taps = (at: number, n: number) => Array.from({ length: n }, (_, i) => statsEvent(id, { visitor, at: at + i * 1000 }));
    // Applied in an order unlike the taps' times: the hour of each tap decides, not arrival.
    await statsCounter(env, id).apply([...taps(hour + 3_600_000, 7), ...taps(hour, 7)]);
    const stats = await readShareStats(env, id, hour + 3_600_000);
    expect(stats.ctaClicks.ios).toBe(2 * HUMAN_TAPS_PER_HOUR);
    expect(stats.suspectedAutomation.ctaClicks).toBe(14 - 2 * HUMAN_TAPS_PER_HOUR);
  });

  it("counts taps without a visitor (no client address) as human: nothing to rate them by", async () => {
    const id = `t${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
    await deliver(Array.from({ length: 30 }, () => statsEvent(id, { visitor: null })));
    expect((await readShareStats(env, id)).ctaClicks.ios).toBe(30);
  });
});
