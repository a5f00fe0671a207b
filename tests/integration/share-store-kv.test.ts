/** The KV copy of a share: KV's 60-second expiration floor is never crossed, whatever the clock does. */
import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ShareRecord } from "../../src/domain/share";
import { newShareId } from "../../src/domain/share-id";
import { kvKeys } from "../../src/storage/kv-keys";
import { createShare, kvTimeToLive, readShare, revokeShare } from "../../src/storage/share-store";
import { buildBriefing } from "../fixtures/briefings";

/** KV whose writes reach the store `delayMs` late, as a loaded edge or a slow Durable Object call before them would. */
function slowKv(delayMs: number, seen: KVNamespacePutOptions[]): KVNamespace {
  return new Proxy(env.BRIEFINGS, {
    get(target, property) {
      if (property === "put") {
        return async (key: string, value: string, options: KVNamespacePutOptions = {}) => {
          seen.push(options);
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          return target.put(key, value, options);
        };
      }
      const member = Reflect.get(target, property) as unknown;
      return typeof member === "function" ? member.bind(target) : member;
    },
  });
}

let errors: string[] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("the KV copy of a share with the minimum expiry (60 s)", () => {
  it("is written even when the write reaches KV 1.5 s after the expiry was computed", async () => {
    const seen: KVNamespacePutOptions[] = [];
    const ctx = { env: { ...env, BRIEFINGS: slowKv(1_500, seen) }, waitUntil: () => {} };
    const id = newShareId();
    const lookup = await createShare(ctx, id, { briefing: buildBriefing(), sharer: null, expiresIn: 60 });
    expect(lookup.status).toBe("live");
    expect(errors.filter((line) => line.includes("kv_write_failed"))).toEqual([]);
    expect(await env.BRIEFINGS.get(kvKeys.share(id), "json")).toMatchObject({ state: "live", share: { id } });
    // A relative TTL at or above KV's floor, never an absolute time computed before the write.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.expiration).toBeUndefined();
    expect(seen[0]!.expirationTtl).toBeGreaterThanOrEqual(60);
  });

  it("is written when the share was built with a clock 5 s behind", async () => {
    const id = newShareId();
    const ctx = { env, waitUntil: () => {} };
    await createShare(ctx, id, { briefing: buildBriefing(), sharer: null, expiresIn: 60 }, new Date(Date.now() - 5_000));
    expect(errors.filter((line) => line.includes("kv_write_failed"))).toEqual([]);
    expect(await env.BRIEFINGS.get(kvKeys.share(id))).not.toBeNull();
  });

  it("never serves the share past its expiry, even while KV still holds the copy", async () => {
    const id = newShareId();
    const ctx = { env, waitUntil: () => {} };
    const built = new Date(Date.now() - 61_000);
    await createShare(ctx, id, { briefing: buildBriefing(), sharer: null, expiresIn: 60 }, built);
    // The copy is in KV (its TTL is at least 60 s from the write) ...
    expect(await env.BRIEFINGS.get(kvKeys.share(id))).not.toBeNull();
    // ... and the share is expired all the same.
    expect(await readShare(ctx, id)).toEqual({ status: "gone", reason: "expired" });
  });

  it("writes a revoked share's tombstone with its 30-day TTL", async () => {
    const seen: KVNamespacePutOptions[] = [];
    const ctx = { env: { ...env, BRIEFINGS: slowKv(0, seen) }, waitUntil: () => {} };
    const id = newShareId();
    await createShare(ctx, id, { briefing: buildBriefing(), sharer: null, expiresIn: null });
    await revokeShare(ctx, id);
    expect(seen).toEqual([{}, { expirationTtl: 30 * 24 * 60 * 60 }]);
  });
});

describe("kvTimeToLive", () => {
  const share = (expiresAt: string | null): ShareRecord => ({
    state: "live",
    share: { id: "abcdefghij", briefing: buildBriefing(), sharer: null, version: "v", createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", expiresAt, deepLink: null },
  });
  const now = Date.parse("2026-01-01T00:00:00.000Z");

  it.each([
    ["a permanent share", share(null), null],
    ["one hour ahead", share("2026-01-01T01:00:00.000Z"), 3600],
    ["60 s ahead", share("2026-01-01T00:01:00.000Z"), 60],
    ["59.5 s ahead (a slow write)", share("2026-01-01T00:00:59.500Z"), 60],
    ["already past", share("2025-12-31T23:59:00.000Z"), 60],
    ["90.2 s ahead (rounded up, never under)", share("2026-01-01T00:01:30.200Z"), 91],
    ["an expired tombstone", { state: "expired", id: "abcdefghij", at: "2026-01-01T00:00:00.000Z" } as ShareRecord, 2_592_000],
  ])("%s → %s", (_name, record, ttl) => {
    expect(kvTimeToLive(record, now)).toBe(ttl);
  });
});
