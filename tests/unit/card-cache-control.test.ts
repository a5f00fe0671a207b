import { describe, expect, it } from "vitest";
import { cardCacheControl } from "../../src/domain/card-cache-control";

const NOW = new Date("2026-04-07T10:00:00Z");
const inSeconds = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString();

/** max-age + stale-while-revalidate: the longest any cache may hand the card out. */
function cacheableSeconds(header: string): number {
  if (header === "no-store") return 0;
  const maxAge = Number(/max-age=(\d+)/.exec(header)?.[1] ?? NaN);
  const stale = Number(/stale-while-revalidate=(\d+)/.exec(header)?.[1] ?? 0);
  return maxAge + stale;
}

describe("cardCacheControl", () => {
  it.each([
    ["a permanent share's current card", "current", null, "public, max-age=82800, stale-while-revalidate=3600"],
    ["a share expiring in a year", "current", inSeconds(31_536_000), "public, max-age=82800, stale-while-revalidate=3600"],
    ["a share expiring in 2 hours", "current", inSeconds(7_200), "public, max-age=6900, stale-while-revalidate=300"],
    ["a share expiring in 60 s", "current", inSeconds(60), "public, max-age=58, stale-while-revalidate=2"],
    ["a share expiring in 10 s", "current", inSeconds(10), "public, max-age=10"],
    ["a share that has just expired", "current", inSeconds(0), "no-store"],
    ["a permanent share's unversioned card", "unversioned", null, "public, max-age=300"],
    ["an unversioned card expiring in 60 s", "unversioned", inSeconds(60), "public, max-age=60"],
  ] as const)("%s: %s", (_label, kind, expiresAt, expected) => {
    expect(cardCacheControl(kind, expiresAt, NOW)).toBe(expected);
  });

  it.each([1, 59, 60, 61, 600, 3_599, 3_600, 86_399, 86_400, 86_401, 604_800, 31_536_000])(
    "a card of a share expiring in %i s is never cacheable past that, nor past a day, nor immutable",
    (seconds) => {
      for (const kind of ["current", "unversioned"] as const) {
        const header = cardCacheControl(kind, inSeconds(seconds), NOW);
        expect(header).not.toContain("immutable");
        expect(cacheableSeconds(header)).toBeLessThanOrEqual(Math.min(seconds, 86_400));
        expect(cacheableSeconds(header)).toBeGreaterThan(0);
      }
    },
  );
});
