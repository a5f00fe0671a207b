import { describe, expect, it } from "vitest";
import { toBreakdown } from "../../src/dashboard/breakdown";
import { daysOf, parseDateRange, presetRange } from "../../src/dashboard/date-range";
import { formatRange, formatRate } from "../../src/dashboard/format";
import { buildFunnel } from "../../src/dashboard/funnel";
import { readListFilters } from "../../src/dashboard/list-filters";
import { overviewMetric, overviewModel } from "../../src/dashboard/overview-model";
import type { AnalyticsReport } from "../../src/dashboard/report-types";
import { dashboardUrls, safeNextPath } from "../../src/dashboard/urls";

const TODAY = "2026-12-01";

describe("parseDateRange", () => {
  it.each([
    [{}, { from: "2026-11-02", to: TODAY, preset: 30, days: 30 }],
    [{ range: "7" }, { from: "2026-11-25", to: TODAY, preset: 7, days: 7 }],
    [{ range: "90" }, { from: "2026-09-03", to: TODAY, preset: 90, days: 90 }],
    [{ from: "2026-11-01", to: "2026-11-30" }, { from: "2026-11-01", to: "2026-11-30", preset: null, days: 30 }],
    [{ from: "2026-11-05", to: "2026-11-05" }, { from: "2026-11-05", to: "2026-11-05", preset: null, days: 1 }],
    [{ from: "2025-10-28", to: "2026-12-01" }, { from: "2025-10-28", to: "2026-12-01", preset: null, days: 400 }],
    [{ range: "7", from: "2026-01-01", to: "2026-01-02" }, { from: "2026-01-01", to: "2026-01-02", preset: null, days: 2 }],
  ])("reads %j", (query, range) => {
    expect(parseDateRange(query, TODAY)).toEqual({ range, error: null });
  });

  it.each([
    [{ range: "365" }, "range"],
    [{ range: "7d" }, "range"],
    [{ from: "2026-11-01" }, "to"],
    [{ to: "2026-11-01" }, "from"],
    [{ from: "2026-13-01", to: "2026-12-01" }, "from"],
    [{ from: "2026-02-29", to: "2026-03-01" }, "from"],
    [{ from: "2026-11-01", to: "yesterday" }, "to"],
    [{ from: "2026-11-30", to: "2026-11-01" }, "to"],
    [{ from: "2025-10-27", to: "2026-12-01" }, "to"],
    [{ from: "2026-11-01", to: "2026-12-02" }, "to"],
    [{ from: "2019-12-31", to: "2020-01-02" }, "from"],
  ])("refuses %j, naming the field, and falls back to 30 days", (query, field) => {
    const result = parseDateRange(query, TODAY);
    expect(result.error?.field).toBe(field);
    expect(result.range).toEqual(presetRange(30, TODAY));
  });

  it("lists every day of a range across a month end", () => {
    expect(daysOf({ from: "2026-11-29", to: "2026-12-02" })).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
  });
});

describe("buildFunnel", () => {
  it("gives each step its rate from the previous one, none after a zero", () => {
    const steps = buildFunnel({ unfurls: 0, humanViews: 40, ctaTaps: 10, appOpens: 4 });
    expect(steps.map((s) => [s.key, s.value, s.rateFromPrevious])).toEqual([
      ["unfurls", 0, null],
      ["humanViews", 40, null],
      ["ctaTaps", 10, 0.25],
      ["appOpens", 4, 0.4],
    ]);
  });
});

describe("formatRate and formatRange", () => {
  it.each([
    [1, 3, "33%"],
    [1, 40, "2.5%"],
    [0, 5, "0%"],
    [40, 10, "400%"],
    [3, 0, null],
  ])("formatRate(%i, %i) = %s", (part, whole, expected) => {
    expect(formatRate(part, whole)).toBe(expected);
  });

  it("writes a range without repeating a shared year", () => {
    expect(formatRange("2026-11-01", "2026-11-30")).toBe("Nov 1 – Nov 30, 2026");
    expect(formatRange("2025-12-01", "2026-01-31")).toBe("Dec 1, 2025 – Jan 31, 2026");
    expect(formatRange("2026-11-01", "2026-11-01")).toBe("Nov 1, 2026");
  });
});

describe("toBreakdown", () => {
  it("keeps non-zero rows, biggest first, ties by label, with their shares", () => {
    expect(toBreakdown({ desktop: 0, android: 1, ios: 3, whatsapp: 1 })).toEqual({
      total: 5,
      rows: [
        { key: "ios", label: "iOS", value: 3, share: 0.6 },
        { key: "android", label: "Android", value: 1, share: 0.2 },
        { key: "whatsapp", label: "WhatsApp", value: 1, share: 0.2 },
      ],
    });
  });

  it("is empty for all zeros", () => {
    expect(toBreakdown({ ios: 0 })).toEqual({ total: 0, rows: [] });
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/dashboard/shares?q=ai&status=live", "/dashboard/shares?q=ai&status=live"],
    ["/dashboard/shares/abc123DEF", "/dashboard/shares/abc123DEF"],
    [undefined, "/dashboard"],
    ["", "/dashboard"],
    ["https://evil.example/dashboard", "/dashboard"],
    ["//evil.example/dashboard", "/dashboard"],
    ["/dashboard//evil.example", "/dashboard"],
    ["/dashboardevil", "/dashboard"],
    ["/dashboard/\\evil", "/dashboard"],
    ["/dashboard/%2F%2Fevil", "/dashboard"],
    ["/dashboard/../admin", "/dashboard"],
    ["/dashboard/%2e%2e/admin", "/dashboard"],
    ["/api/shares", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("readListFilters", () => {
  it.each([
    [{}, { limit: 25 }, null],
    [{ q: " rates ", status: "", sharer: "" }, { limit: 25, q: "rates" }, null],
    [{ status: "revoked", sharer: "user-42", cursor: "abc.def" }, { limit: 25, status: "revoked", sharerRef: "user-42", cursor: "abc.def" }, null],
    [{ status: "gone" }, { limit: 25 }, "Status must be live, revoked or expired."],
    [{ q: "x".repeat(201) }, { limit: 25 }, "A search is at most 200 characters."],
  ])("reads %j", (query, filters, error) => {
    expect(readListFilters(query)).toEqual({ filters, error });
  });

  it("round-trips through the list URL", () => {
    const url = new URL(dashboardUrls.shares({ q: "a&b", status: "live", sharerRef: "r 1", cursor: "c" }), "https://x.test");
    expect(readListFilters(Object.fromEntries(url.searchParams)).filters).toEqual({ limit: 25, q: "a&b", status: "live", sharerRef: "r 1", cursor: "c" });
  });
});

describe("overviewModel", () => {
  const report: AnalyticsReport = {
    from: "2026-11-29",
    to: "2026-12-01",
    totals: {
      sharesCreated: 3,
      views: { human: 40, total: 55 },
      unfurls: { imessage: 0, whatsapp: 6, x: 0, facebook: 0, linkedin: 0, slack: 4, discord: 0, telegram: 0, teams: 0, other: 0 },
      ctaClicks: { ios: 6, android: 3, desktop: 1 },
      byPlacement: { banner: 7, hero: 0, inline: 0, footer: 3, qr: 0, "get-page": 0, error: 0, home: 0, other: 0 },
      byChannel: { whatsapp: 25, direct: 15 },
      appOpens: { ios: 2, android: 2 },
    },
    daily: [
      { date: "2026-11-29", sharesCreated: 1, views: 10, unfurls: 3, ctaClicks: 2, appOpens: 1 },
      { date: "2026-11-30", sharesCreated: 0, views: 0, unfurls: 0, ctaClicks: 0, appOpens: 0 },
      { date: "2026-12-01", sharesCreated: 2, views: 30, unfurls: 7, ctaClicks: 8, appOpens: 3 },
    ],
    topShares: [{ id: "abcdef123456", title: "A", views: 30, ctaClicks: 8 }],
  };

  it("shows the report's figures and sums, never anything else", () => {
    const model = overviewModel(report, "ctaClicks");
    expect(model.funnel.map((step) => step.value)).toEqual([10, 40, 10, 4]);
    expect(Object.fromEntries(model.tiles.map((tile) => [tile.key, tile.value]))).toEqual({
      sharesCreated: "3",
      unfurls: "10",
      humanViews: "40",
      ctaTaps: "10",
      tapRate: "25%",
      appOpens: "4",
    });
    expect(model.daily.points).toEqual([
      { date: "2026-11-29", value: 2 },
      { date: "2026-11-30", value: 0 },
      { date: "2026-12-01", value: 8 },
    ]);
    expect(model.breakdowns.channel.rows.map((row) => [row.key, row.value])).toEqual([
      ["whatsapp", 25],
      ["direct", 15],
    ]);
    expect(model.topShares).toBe(report.topShares);
  });

  it.each([
    ["ctaClicks", "ctaClicks"],
    ["appOpens", "appOpens"],
    [undefined, "views"],
    ["constructor", "views"],
  ])("overviewMetric(%s) = %s", (raw, metric) => {
    expect(overviewMetric(raw)).toBe(metric);
  });
});
