import { SELF, createExecutionContext, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { GROUP_WINDOW_MS, MAX_GROUP_SIZE, groupCommitCounters, sendGrouped } from "../../src/stats/group-commit";
import { QUEUES } from "../../src/stats/queue-names";
import { readShareStats } from "../../src/stats/read-share-stats";
import { recordEvent } from "../../src/stats/record-event";
import type { StatsEvent } from "../../src/stats/stats-event";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { batchOf, statsEvent, waitForStats } from "../fixtures/stats";
import { IPHONE_SAFARI } from "../fixtures/user-agents";

const freshId = () => `g${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;

/** A Queue binding that counts sendBatch calls, and can store only the first half of a batch then fail, or hang. */
function batchQueue(mode: "ok" | "fail-half-way" | "hang-half-way" = "ok") {
  const stored: StatsEvent[] = [];
  const batches: number[] = [];
  const queue = {
    async metrics() {
      return { backlogCount: 0, backlogBytes: 0 };
    },
    async send() {
      throw new Error("the group commit must not call send()");
    },
    async sendBatch(messages: Iterable<MessageSendRequest<StatsEvent>>) {
      const list = [...messages];
      batches.push(list.length);
      if (mode === "ok") {
        stored.push(...list.map((m) => m.body));
        return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
      }
      stored.push(...list.slice(0, Math.floor(list.length / 2)).map((m) => m.body));
      if (mode === "fail-half-way") throw new Error("Queue sendBatch failed half-way");
      return new Promise<never>(() => {});
    },
  } as unknown as Queue<StatsEvent>;
  return { queue, stored, batches };
}

async function deliver(events: StatsEvent[]) {
  const batch = batchOf(QUEUES.stats, events);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

describe("group commit", () => {
  it("sends the events recorded within the window as one sendBatch, and resolves each only once it is stored", async () => {
    let store!: () => void;
    const storing = new Promise<void>((resolve) => (store = resolve));
    const batches: StatsEvent[][] = [];
    const slowQueue = {
      async sendBatch(messages: Iterable<MessageSendRequest<StatsEvent>>) {
        batches.push([...messages].map((m) => m.body));
        await storing;
        return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
      },
    } as unknown as Queue<StatsEvent>;
    const events = Array.from({ length: 25 }, () => statsEvent(freshId()));
    let settled = 0;
    const waits = events.map((event) => sendGrouped(slowQueue, event).then(() => (settled += 1)));
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(0);
    store();
    await Promise.all(waits);
    expect(settled).toBe(25);
    expect(batches).toEqual([events]);
  });

  it(`splits at ${MAX_GROUP_SIZE} messages, Queues' limit per sendBatch`, async () => {
    const { queue, stored, batches } = batchQueue();
    const events = Array.from({ length: MAX_GROUP_SIZE + 30 }, () => statsEvent(freshId()));
    await Promise.all(events.map((event) => sendGrouped(queue, event)));
    expect(batches).toEqual([MAX_GROUP_SIZE, 30]);
    expect(stored).toHaveLength(MAX_GROUP_SIZE + 30);
  });

  it("opens a new group once the previous one has been sent", async () => {
    const { queue, batches } = batchQueue();
    await sendGrouped(queue, statsEvent(freshId()));
    await new Promise((resolve) => setTimeout(resolve, GROUP_WINDOW_MS * 2));
    await sendGrouped(queue, statsEvent(freshId()));
    expect(batches).toEqual([1, 1]);
  });

  it.each(["fail-half-way", "hang-half-way"] as const)(
    "a batch killed mid-way (%s) falls back for every event in it, and each counts exactly once",
    async (mode) => {
      const { queue, stored } = batchQueue(mode);
      const id = freshId();
      const events = Array.from({ length: 12 }, () => statsEvent(id));
      const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
      const outcomes = await Promise.all(events.map((event) => recordEvent({ ...env, STATS_EVENTS: queue }, event)));
      const fallbacks = warned.mock.calls.flat().join(" ");
      warned.mockRestore();
      expect(outcomes).toEqual(events.map(() => "direct"));
      expect(fallbacks.match(/stats_queue_send_failed/g)).toHaveLength(12);
      expect((await readShareStats(env, id)).ctaClicks.ios).toBe(12);
      // The half the queue did store is delivered later: duplicates by event id, counted nothing.
      expect(stored).toHaveLength(6);
      await deliver(stored);
      expect((await readShareStats(env, id)).ctaClicks.ios).toBe(12);
    },
    20_000,
  );
});

describe("group commit across concurrent requests in workerd", () => {
  it("answers every concurrent tap, shares batches between requests, and counts each tap exactly once", async () => {
    const { id } = await createShare(buildShareRequest());
    const before = { ...groupCommitCounters };
    const warned = vi.spyOn(console, "warn");
    const failed = vi.spyOn(console, "error");
    const taps = 60;
    // Distinct readers (IP), so no rate rule on one visitor can move a tap out of the human count.
    const responses = await Promise.all(
      Array.from({ length: taps }, (_, i) =>
        SELF.fetch(`${ORIGIN}/b/${id}/get?via=banner`, {
          redirect: "manual",
          headers: { "user-agent": IPHONE_SAFARI, "cf-connecting-ip": `198.51.100.${i + 1}` },
        }),
      ),
    );
    const logged = [...warned.mock.calls, ...failed.mock.calls].flat().join(" ");
    warned.mockRestore();
    failed.mockRestore();
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 302));
    // Every tap went through the queue: none fell back, none was lost, no cross-request error.
    expect(logged).not.toMatch(/stats_queue_send_failed|stats_event_lost|Cannot perform I\/O|different request/);
    const batches = groupCommitCounters.batches - before.batches;
    expect(groupCommitCounters.messages - before.messages).toBe(taps);
    expect(batches).toBeLessThan(taps);
    await waitForStats(id, (stats) => expect(stats.ctaClicks.ios).toBe(taps));
    expect((await readShareStats(env, id)).byPlacement.banner).toBe(taps);
  });
});
