import { describe, expect, it } from "vitest";
import { SHARE_ID_LENGTH, isPlausibleShareId, newShareId } from "../../src/domain/share-id";

describe("newShareId", () => {
  it("makes URL-safe ids of 10–16 characters with at least 58 random bits", () => {
    const id = newShareId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{10,16}$/);
    // 64 equally likely letters per character: 6 bits each.
    expect(SHARE_ID_LENGTH * 6).toBeGreaterThanOrEqual(58);
  });

  it("does not repeat over 10,000 ids and uses the whole alphabet evenly", () => {
    const ids = Array.from({ length: 10_000 }, newShareId);
    expect(new Set(ids).size).toBe(ids.length);
    const counts = new Map<string, number>();
    for (const char of ids.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(64);
    // 120,000 letters over 64 → 1875 each on average; a biased generator drifts far outside ±20%.
    for (const count of counts.values()) expect(Math.abs(count - 1875)).toBeLessThan(375);
  });
});

describe("isPlausibleShareId", () => {
  it.each([
    ["demo", true],
    ["abcd", true],
    ["A-b_C9", true],
    ["x".repeat(32), true],
    ["abc", false],
    ["x".repeat(33), false],
    ["abc.def", false],
    ["abc/def", false],
    ["abc%2F", false],
    ["", false],
    ["ünïcode", false],
  ])("%s → %s", (id, plausible) => {
    expect(isPlausibleShareId(id)).toBe(plausible);
  });
});
