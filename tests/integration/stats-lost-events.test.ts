import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { recordEvent } from "../../src/stats/record-event";
import type { StatsEvent } from "../../src/stats/stats-event";
import { api } from "../fixtures/api";
import { recordingQueue, statsEvent } from "../fixtures/stats";

const freshId = () => `l${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;

interface LostEvents {
  total: number;
  views: number;
  ctaClicks: number;
  daily: { date: string; views: number; ctaClicks: number }[];
  truncated: boolean;
}

async function lostEvents(): Promise<LostEvents> {
  const response = await api("/stats/lost-events");
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as LostEvents;
}

/** The queue down, and the counter of this one share down too (the rest of the namespace answers). */
function bothDown(shareId: string) {
  const failing = env.STATS_COUNTERS.idFromName(shareId);
  const counters = new Proxy(env.STATS_COUNTERS, {
    get(target, property) {
      if (property === "get") {
        return (id: DurableObjectId) => (id.equals(failing) ? { apply: () => Promise.reject(new Error("counter unavailable")) } : target.get(id));
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...env, STATS_EVENTS: recordingQueue<StatsEvent>({ fail: true }).queue, STATS_COUNTERS: counters };
}

describe("an answered event that the queue and the counter both failed to take", () => {
  it("is logged as stats_event_lost, counted at GET /api/stats/lost-events, and counted once however often it is retried", async () => {
    const before = await lostEvents();
    const id = freshId();
    const click = statsEvent(id);
    const view = statsEvent(id, { type: "view", placement: null, channel: null });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await recordEvent(bothDown(id), click)).toBe("lost");
    expect(await recordEvent(bothDown(id), view)).toBe("lost");
    expect(await recordEvent(bothDown(id), click)).toBe("lost");
    const lines = logged.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
    logged.mockRestore();
    expect(lines.map((line) => line.event)).toEqual(["stats_event_lost", "stats_event_lost", "stats_event_lost"]);
    expect(lines[0]).toMatchObject({ id: click.id, shareId: id, type: "click", parked: true });

    const after = await lostEvents();
    expect(after.ctaClicks - before.ctaClicks).toBe(1);
    expect(after.views - before.views).toBe(1);
    expect(after.total - before.total).toBe(2);
    const today = new Date(click.at).toISOString().slice(0, 10);
    expect(after.daily.find((d) => d.date === today)).toBeDefined();
    // The parked event is whole, so an operator can send it to the stats queue again.
    const parked = await env.BRIEFINGS.get(`v1:lost-event:${today}:${click.id}`, { type: "json" });
    expect(parked).toEqual(click);
  });

  it("is still logged when KV fails as well, saying it could not be parked", async () => {
    const id = freshId();
    const kvDown = { ...env.BRIEFINGS, put: () => Promise.reject(new Error("KV unavailable")) } as unknown as KVNamespace;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await recordEvent({ ...bothDown(id), BRIEFINGS: kvDown }, statsEvent(id))).toBe("lost");
    const line = JSON.parse(String(logged.mock.calls[0]![0])) as Record<string, unknown>;
    logged.mockRestore();
    expect(line).toMatchObject({ event: "stats_event_lost", shareId: id, parked: false });
  });

  it("is behind the API token", async () => {
    expect((await api("/stats/lost-events", { token: null })).status).toBe(401);
  });
});
