import { createExecutionContext, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { HUMAN_TAPS_PER_HOUR } from "../../src/domain/automation-rule";
import worker from "../../src/index";
import { QUEUES } from "../../src/stats/queue-names";
import { readShareStats } from "../../src/stats/read-share-stats";
import { recordEvent, statsCounter } from "../../src/stats/record-event";
import type { ClickWebhookDelivery, StatsEvent } from "../../src/stats/stats-event";
import { batchOf, recordingQueue, statsEvent } from "../fixtures/stats";

/** A fresh share id per test, so no test reads another's counters. */
const freshId = () => `t${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;

async function deliver(batch: MessageBatch<unknown>, bindings: typeof env = env) {
  const ctx = createExecutionContext();
  await worker.queue(batch, bindings);
  return getQueueResult(batch, ctx);
}

describe("the stats consumer", () => {
  it("counts a batch once, and a redelivered batch changes nothing", async () => {
    const id = freshId();
    const events = Array.from({ length: 30 }, () => statsEvent(id));
    const first = await deliver(batchOf(QUEUES.stats, events));
    expect(first.explicitAcks).toHaveLength(30);
    expect((await readShareStats(env, id)).ctaClicks.ios).toBe(30);

    const again = await deliver(batchOf(QUEUES.stats, events, 2));
    expect(again.explicitAcks).toHaveLength(30);
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks.ios).toBe(30);
    expect(stats.byPlacement.banner).toBe(30);
    expect(stats.daily.at(-1)!.ctaClicks).toBe(30);
  });

  it("loses and doubles nothing when it died half-way (after applying one share, before acking)", async () => {
    const [a, b] = [freshId(), freshId()];
    const eventsA = Array.from({ length: 10 }, () => statsEvent(a, { platform: "android" }));
    const eventsB = Array.from({ length: 7 }, () => statsEvent(b, { type: "view", placement: null, channel: null }));
    // What the dead consumer managed: share A's call went through, nothing was acked.
    await statsCounter(env, a).apply(eventsA);

    const redelivery = await deliver(batchOf(QUEUES.stats, [...eventsA, ...eventsB], 2));
    expect(redelivery.explicitAcks).toHaveLength(17);
    expect((await readShareStats(env, a)).ctaClicks.android).toBe(10);
    expect((await readShareStats(env, b)).views).toEqual({ human: 7, total: 7 });
  });

  it("retries only the share whose counter failed, and its redelivery counts it once", async () => {
    const [a, b] = [freshId(), freshId()];
    const events = [...Array.from({ length: 5 }, () => statsEvent(a)), ...Array.from({ length: 4 }, () => statsEvent(b))];
    const ids = events.map((_, i) => `m${i}`);
    const failingB = env.STATS_COUNTERS.idFromName(b);
    const flaky = new Proxy(env.STATS_COUNTERS, {
      get(target, property) {
        if (property === "get") {
          return (id: DurableObjectId) => {
            if (id.equals(failingB)) return { apply: () => Promise.reject(new Error("counter unavailable")) };
            return target.get(id);
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const first = await deliver(batchOf(QUEUES.stats, events, 1, ids), { ...env, STATS_COUNTERS: flaky });
    logged.mockRestore();
    expect(first.explicitAcks.sort()).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(first.retryMessages.map((m) => m.msgId).sort()).toEqual(["m5", "m6", "m7", "m8"]);
    expect((await readShareStats(env, b)).ctaClicks.ios).toBe(0);

    // The queue redelivers the retried messages (and, worst case, the acked ones too).
    await deliver(batchOf(QUEUES.stats, events, 2, ids));
    expect((await readShareStats(env, a)).ctaClicks.ios).toBe(5);
    expect((await readShareStats(env, b)).ctaClicks.ios).toBe(4);
  });

  it("counts unique visitors once per day however often they come back", async () => {
    const id = freshId();
    const alice = "a".repeat(64);
    const bob = "b".repeat(64);
    const events = [
      statsEvent(id, { type: "view", placement: null, visitor: alice }),
      statsEvent(id, { visitor: alice }),
      statsEvent(id, { type: "view", placement: null, visitor: bob }),
      statsEvent(id, { type: "view", placement: null, audience: "bot", visitor: null }),
    ];
    await deliver(batchOf(QUEUES.stats, events));
    await deliver(batchOf(QUEUES.stats, [statsEvent(id, { visitor: bob })]));
    expect((await readShareStats(env, id)).uniqueVisitors).toBe(2);
  });

  it.each([
    ["not an object", "hello"],
    ["an unknown type", { ...statsEvent("abcd"), type: "purchase" }],
    ["a malformed share id", { ...statsEvent("abcd"), shareId: "../../etc" }],
    ["an extra field", { ...statsEvent("abcd"), ip: "203.0.113.7" }],
  ])("drops (acks, logs, never counts) a message that is %s", async (_label, body) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await deliver(batchOf(QUEUES.stats, [body]));
    expect(result.explicitAcks).toEqual(["msg-0"]);
    expect(logged.mock.calls.flat().join(" ")).toContain("stats_message_invalid");
    logged.mockRestore();
  });
});

describe("the producer", () => {
  it("writes the counter directly when the queue send fails, and the queue copy then counts nothing", async () => {
    const id = freshId();
    const event = statsEvent(id, { platform: "desktop", placement: "qr" });
    const down = recordingQueue<StatsEvent>({ fail: true });
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await recordEvent({ ...env, STATS_EVENTS: down.queue }, event)).toBe("direct");
    warned.mockRestore();
    expect((await readShareStats(env, id)).ctaClicks.desktop).toBe(1);

    // The send had in fact gone through: its message arrives later with the same event id.
    await deliver(batchOf(QUEUES.stats, [event]));
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks.desktop).toBe(1);
    expect(stats.byPlacement.qr).toBe(1);
  });

  it("enqueues on the happy path and counts nothing until the consumer runs", async () => {
    const id = freshId();
    const up = recordingQueue<StatsEvent>();
    const event = statsEvent(id);
    expect(await recordEvent({ ...env, STATS_EVENTS: up.queue }, event)).toBe("queued");
    expect(up.sent).toEqual([event]);
    expect((await readShareStats(env, id)).ctaClicks.ios).toBe(0);
  });

  it("logs a lost event when the queue and the counter both fail, and still resolves", async () => {
    const id = freshId();
    const down = recordingQueue<StatsEvent>({ fail: true });
    const brokenCounters = new Proxy(env.STATS_COUNTERS, {
      get: (target, property) =>
        property === "get" ? () => ({ apply: () => Promise.reject(new Error("counter unavailable")) }) : Reflect.get(target, property),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await recordEvent({ ...env, STATS_EVENTS: down.queue, STATS_COUNTERS: brokenCounters }, statsEvent(id))).toBe("lost");
    expect(logged.mock.calls.flat().join(" ")).toContain("stats_event_lost");
    logged.mockRestore();
  });
});

describe("handing clicks to the webhook", () => {
  const webhookEnv = (queue: Queue<ClickWebhookDelivery>) => ({
    ...env,
    CLICK_WEBHOOK_URL: "https://backend.example.app/hooks/clicks",
    WEBHOOK_SECRET: "whsec_test_0123456789abcdef",
    CLICK_WEBHOOKS: queue,
  });

  it("queues one delivery with the batch's human clicks only", async () => {
    const id = freshId();
    const clicks = [statsEvent(id), statsEvent(id, { platform: "android" })];
    const others = [statsEvent(id, { type: "view", placement: null }), statsEvent(id, { audience: "bot" })];
    const hooks = recordingQueue<ClickWebhookDelivery>();
    await deliver(batchOf(QUEUES.stats, [...clicks, ...others]), webhookEnv(hooks.queue));
    expect(hooks.sent).toHaveLength(1);
    expect(hooks.sent[0]!.type).toBe("cta_clicks");
    expect(hooks.sent[0]!.events.map((e) => e.id).sort()).toEqual(clicks.map((e) => e.id).sort());
    expect(hooks.sent[0]!.events[0]).toEqual({
      id: clicks[0]!.id,
      shareId: id,
      at: new Date(clicks[0]!.at).toISOString(),
      platform: "ios",
      placement: "banner",
      channel: "banner",
      country: "FR",
    });
  });

  it("leaves out the taps rated suspected automation, on the first delivery and on a redelivery alike", async () => {
    const id = freshId();
    const visitor = "d".repeat(64);
    const at = Math.floor(Date.now() / 3_600_000) * 3_600_000; // all in one UTC hour: one rate window
    const taps = Array.from({ length: HUMAN_TAPS_PER_HOUR + 3 }, (_, i) => statsEvent(id, { visitor, at: at + i }));
    const first = recordingQueue<ClickWebhookDelivery>();
    await deliver(batchOf(QUEUES.stats, taps), webhookEnv(first.queue));
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks.ios).toBe(HUMAN_TAPS_PER_HOUR);
    expect(stats.suspectedAutomation.ctaClicks).toBe(3);
    expect(first.sent[0]!.events).toHaveLength(stats.ctaClicks.ios);
    const again = recordingQueue<ClickWebhookDelivery>();
    await deliver(batchOf(QUEUES.stats, taps, 2), webhookEnv(again.queue));
    expect(again.sent[0]!.events.map((e) => e.id)).toEqual(first.sent[0]!.events.map((e) => e.id));
    expect((await readShareStats(env, id)).ctaClicks.ios).toBe(HUMAN_TAPS_PER_HOUR);
  });

  it("retries the messages when the webhook queue is down, and the retry counts nothing twice", async () => {
    const id = freshId();
    const clicks = [statsEvent(id), statsEvent(id)];
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const first = await deliver(batchOf(QUEUES.stats, clicks), webhookEnv(recordingQueue<ClickWebhookDelivery>({ fail: true }).queue));
    logged.mockRestore();
    expect(first.retryMessages).toHaveLength(2);
    const hooks = recordingQueue<ClickWebhookDelivery>();
    await deliver(batchOf(QUEUES.stats, clicks, 2), webhookEnv(hooks.queue));
    expect(hooks.sent[0]!.events).toHaveLength(2);
    expect((await readShareStats(env, id)).ctaClicks.ios).toBe(2);
  });
});
