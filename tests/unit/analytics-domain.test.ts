import { describe, expect, it } from "vitest";
import { AnalyticsSchema } from "../../src/domain/analytics/analytics-schema";
import { buildAnalytics } from "../../src/domain/analytics/build-analytics";
import { addDays, daysOf, isIsoDate, resolveDateRange } from "../../src/domain/analytics/date-range";

const NOW = Date.parse("2026-11-30T12:00:00Z");

describe("resolveDateRange", () => {
  it.each([
    ["no parameters: the last 30 days", {}, { from: "2026-11-01", to: "2026-11-30" }],
    ["only to: 30 days ending there", { to: "2026-06-30" }, { from: "2026-06-01", to: "2026-06-30" }],
    ["only from: from then to today", { from: "2026-11-20" }, { from: "2026-11-20", to: "2026-11-30" }],
    ["one day", { from: "2026-11-30", to: "2026-11-30" }, { from: "2026-11-30", to: "2026-11-30" }],
    ["exactly 400 days", { from: "2025-10-27", to: "2026-11-30" }, { from: "2025-10-27", to: "2026-11-30" }],
    ["a leap day", { from: "2024-02-29", to: "2024-03-01" }, { from: "2024-02-29", to: "2024-03-01" }],
  ])("%s", (_name, query, range) => {
    expect(resolveDateRange(query, NOW)).toEqual({ range });
  });

  it.each([
    ["2026-11-1", {}, "from"],
    ["2026-02-29 (not a leap year)", {}, "from"],
    ["2026-13-01", {}, "from"],
    ["2026-11-01T00:00:00Z", {}, "from"],
    ["2019-12-31", {}, "from"],
  ])("rejects from=%s", (from, _extra, path) => {
    const result = resolveDateRange({ from: from.split(" ")[0] }, NOW);
    expect(result).toMatchObject({ problem: { path } });
  });

  it.each([
    [{ to: "2026-12-01" }, "to", /after today/],
    [{ from: "2026-11-02", to: "2026-11-01" }, "from", /after to/],
    [{ from: "2025-10-26", to: "2026-11-30" }, "from", /400 days/],
    [{ from: "2026-12-01" }, "from", /after today/],
  ])("rejects %j naming %s", (query, path, message) => {
    const result = resolveDateRange(query, NOW);
    expect(result).toMatchObject({ problem: { path, message: expect.stringMatching(message) } });
  });

  it("knows real dates and walks days across months and years", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysOf({ from: "2026-02-27", to: "2026-03-01" })).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });
});

describe("buildAnalytics", () => {
  const range = { from: "2026-11-29", to: "2026-11-30" };

  it("fits the schema with every key present when nothing was counted", () => {
    const analytics = buildAnalytics(range, { counters: [], sharesCreated: [], topShares: [] });
    expect(AnalyticsSchema.parse(analytics)).toEqual(analytics);
    expect(analytics.daily.map((day) => day.date)).toEqual(["2026-11-29", "2026-11-30"]);
  });

  it("sums by counter, lists unknown channels, ignores counters it does not show, and days add up to totals", () => {
    const analytics = buildAnalytics(range, {
      counters: [
        { date: "2026-11-29", counter: "views.human", value: 4 },
        { date: "2026-11-30", counter: "views.human", value: 6 },
        { date: "2026-11-30", counter: "clicks.android", value: 2 },
        { date: "2026-11-30", counter: "unfurls.x", value: 5 },
        { date: "2026-11-30", counter: "channel.messenger", value: 6 },
        { date: "2026-11-30", counter: "opens.android", value: 1 },
        { date: "2026-11-30", counter: "suspected.views", value: 99 },
      ],
      sharesCreated: [{ date: "2026-11-29", count: 3 }],
      topShares: [],
    });
    expect(analytics.totals.views.human).toBe(10);
    expect(analytics.totals.byChannel).toMatchObject({ messenger: 6, whatsapp: 0 });
    expect(analytics.totals.appOpens).toEqual({ ios: 0, android: 1 });
    expect(analytics.daily).toEqual([
      { date: "2026-11-29", sharesCreated: 3, views: 4, unfurls: 0, ctaClicks: 0, appOpens: 0 },
      { date: "2026-11-30", sharesCreated: 0, views: 6, unfurls: 5, ctaClicks: 2, appOpens: 1 },
    ]);
    expect(analytics.totals.sharesCreated).toBe(3);
  });
});
