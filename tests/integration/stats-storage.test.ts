import { createExecutionContext, env, getQueueResult, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { readShareStats } from "../../src/stats/read-share-stats";
import { statsCounter } from "../../src/stats/record-event";
import { DEDUPE_WINDOW_MS } from "../../src/stats/stats-counter-durable-object";
import { visitorHash } from "../../src/stats/visitor-hash";
import { batchOf, statsEvent } from "../fixtures/stats";

const freshId = () => `s${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
const count = (sql: SqlStorage, table: string) => sql.exec<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).one().n;

describe("StatsCounterDurableObject", () => {
  it("reports how many events were new and how many were repeats", async () => {
    const counter = statsCounter(env, freshId());
    const events = [statsEvent("abcd"), statsEvent("abcd")];
    expect(await counter.apply(events)).toEqual({ applied: 2, duplicates: 0, suspected: [] });
    expect(await counter.apply([...events, statsEvent("abcd")])).toEqual({ applied: 1, duplicates: 2, suspected: [] });
  });

  it("prunes event ids and visitor hashes past the dedupe window, and keeps the counts", async () => {
    const id = freshId();
    const counter = statsCounter(env, id);
    await counter.apply([statsEvent(id, { visitor: "c".repeat(64) }), statsEvent(id)]);
    await runInDurableObject(counter, (_instance, state) => {
      const old = Date.now() - DEDUPE_WINDOW_MS - 1;
      state.storage.sql.exec("UPDATE applied_events SET applied_at = ?", old);
      state.storage.sql.exec("UPDATE visitors SET date = ?", new Date(old - 86_400_000).toISOString().slice(0, 10));
    });
    expect(await runDurableObjectAlarm(counter)).toBe(true);
    await runInDurableObject(counter, (_instance, state) => {
      expect(count(state.storage.sql, "applied_events")).toBe(0);
      expect(count(state.storage.sql, "visitors")).toBe(0);
    });
    const stats = await readShareStats(env, id);
    expect(stats.ctaClicks.ios).toBe(2);
    expect(stats.uniqueVisitors).toBe(1);
  });

  it("schedules its pruning alarm on first use", async () => {
    const counter = statsCounter(env, freshId());
    await counter.apply([statsEvent("abcd")]);
    const alarm = await runInDurableObject(counter, (_instance, state) => state.storage.getAlarm());
    expect(alarm).toBeGreaterThan(Date.now());
  });
});

describe("unique-visitor hashes", () => {
  const now = Date.parse("2026-11-26T10:00:00Z");
  const reader = { shareId: "q3V9-xk2LrT_", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone)" };

  it("is the same for the same reader on the same share and day, and is keyed: not the plain SHA-256 of what it hashes", async () => {
    const first = await visitorHash(env, reader, now);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await visitorHash(env, reader, now + 3_600_000)).toBe(first);
    // (A hex digest cannot contain the dotted IP; what matters is that nobody without the day's salt can recompute it.)
    const unkeyed = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${reader.shareId}\n${reader.ip}\n${reader.userAgent}`));
    expect(first).not.toBe([...new Uint8Array(unkeyed)].map((byte) => byte.toString(16).padStart(2, "0")).join(""));
  });

  it.each([
    ["another share", { ...reader, shareId: "other-share" }],
    ["another address", { ...reader, ip: "203.0.113.8" }],
    ["another browser", { ...reader, userAgent: "Mozilla/5.0 (Android)" }],
  ])("differs for %s", async (_label, other) => {
    expect(await visitorHash(env, other, now)).not.toBe(await visitorHash(env, reader, now));
  });

  it("is not computed without an IP", async () => {
    expect(await visitorHash(env, { ...reader, ip: null }, now)).toBeNull();
  });

  it("changes with the UTC day, and yesterday's salt is gone for good", async () => {
    // A fresh instance of the salt class, so the live "visitor-salt" instance other tests use keeps today's salt.
    const salts = env.VISITOR_SALT.get(env.VISITOR_SALT.idFromName(`salt-test-${crypto.randomUUID()}`));
    const today = await salts.saltFor("2030-01-01");
    expect(await salts.saltFor("2030-01-01")).toBe(today);
    const tomorrow = await salts.saltFor("2030-01-02");
    expect(tomorrow).not.toBe(today);
    // Asking for the past day again yields a throwaway salt, never the old one.
    expect(await salts.saltFor("2030-01-01")).not.toBe(today);
  });

  // Last in this block: asking for the next day moves the live salt on.
  it("keeps one hash from the first to the last millisecond of a UTC day, and a new one from the next", async () => {
    const [start, end, next] = ["2026-11-26T00:00:00.000Z", "2026-11-26T23:59:59.999Z", "2026-11-27T00:00:00.000Z"].map((t) => Date.parse(t));
    const first = await visitorHash(env, reader, start!);
    expect(await visitorHash(env, reader, end!)).toBe(first);
    expect(await visitorHash(env, reader, next!)).not.toBe(first);
  });
});

describe("the queue handler", () => {
  it("retries, never acks, a batch from a queue it does not know", async () => {
    const batch = batchOf("some-other-queue", [statsEvent("abcd")]);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await worker.queue(batch, env);
    logged.mockRestore();
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.retryBatch.retry).toBe(true);
    expect(result.explicitAcks).toEqual([]);
  });
});
