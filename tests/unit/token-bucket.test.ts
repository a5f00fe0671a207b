/** The ration of optional background work (pre-rendered cards). */
import { describe, expect, it } from "vitest";
import { TokenBucket } from "../../src/domain/token-bucket";

describe("TokenBucket", () => {
  it.each([
    ["a full bucket allows its capacity at once", [0, 0, 0, 0], [true, true, true, false]],
    ["then refuses until a refill", [0, 0, 0, 0, 500], [true, true, true, false, false]],
    ["one token comes back per refill period", [0, 0, 0, 1000, 1000], [true, true, true, true, false]],
    ["refills never exceed the capacity", [0, 100_000, 100_000, 100_000, 100_000], [true, true, true, true, false]],
    ["a clock that goes backwards refills nothing", [0, 0, 0, -5000], [true, true, true, false]],
  ])("%s", (_name, times, expected) => {
    const bucket = new TokenBucket(3, 1000);
    expect(times.map((now) => bucket.take(now))).toEqual(expected);
  });
});
