import { describe, expect, it } from "vitest";
import { clientAddressKey } from "../../src/domain/client-address";
import { type RequestWindow, countRequest, peekWindow, retryAfterSeconds } from "../../src/domain/request-window";

const rule = { limit: 3, windowSeconds: 60 };

describe("countRequest (a fake clock)", () => {
  it("opens a window at the first request and limits the request past the limit", () => {
    let window: RequestWindow | null = null;
    const verdicts = [0, 1_000, 2_000, 3_000, 59_999].map((now) => {
      const counted = countRequest(window, rule, 10_000 + now);
      window = counted.window;
      return counted.verdict;
    });
    expect(verdicts.map((v) => v.limited)).toEqual([false, false, false, true, true]);
    expect(new Set(verdicts.map((v) => v.resetAt))).toEqual(new Set([70_000]));
  });

  it("opens a new window once the old one has ended", () => {
    const { verdict, window } = countRequest({ startedAt: 0, count: 99 }, rule, 60_000);
    expect(verdict).toEqual({ limited: false, count: 1, resetAt: 120_000 });
    expect(window).toEqual({ startedAt: 60_000, count: 1 });
  });

  it("does not trust a window from the future (a clock that went back)", () => {
    expect(countRequest({ startedAt: 90_000, count: 99 }, rule, 30_000).verdict.limited).toBe(false);
  });
});

describe("peekWindow", () => {
  it.each([
    [null, 5_000, false, null],
    [{ startedAt: 0, count: 2 }, 5_000, false, 60_000],
    [{ startedAt: 0, count: 3 }, 5_000, true, 60_000],
    [{ startedAt: 0, count: 3 }, 60_000, false, null],
  ])("%j at %d → limited %s, resets %s", (window, now, limited, resetAt) => {
    expect(peekWindow(window, rule, now)).toMatchObject({ limited, resetAt });
  });
});

describe("retryAfterSeconds", () => {
  it.each([
    [60_000, 0, 60],
    [60_000, 12_300, 48],
    [60_000, 59_999, 1],
    [60_000, 60_000, 1],
    [60_000, 61_000, 1],
  ])("resets at %d, now %d → %d s", (resetAt, now, seconds) => {
    expect(retryAfterSeconds(resetAt, now)).toBe(seconds);
  });
});

describe("clientAddressKey", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["2001:db8:0:1:aaaa:bbbb:cccc:dddd", "2001:db8:0:1::/64"],
    ["2001:db8:0:1::1", "2001:db8:0:1::/64"],
    ["2001:DB8:0000:0001::2", "2001:db8:0:1::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:192.0.2.7", "192.0.2.7"],
    ["2001:db8::", "2001:db8:0:0::/64"],
    [undefined, "unknown"],
    ["", "unknown"],
    ["not an address", "unknown"],
    ["1:2:3:4:5:6:7:8:9", "unknown"],
    ["1::2::3", "unknown"],
  ])("%s → %s", (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });
});
