import { describe, expect, it } from "vitest";
import { DAILY_WINDOW_DAYS, ShareStatsSchema, buildShareStats, utcDay } from "../../src/domain/share-stats";
import { counterDelta } from "../../src/stats/event-counters";
import type { StatsEvent } from "../../src/stats/stats-event";

const NOW = Date.parse("2026-11-26T12:00:00Z");

const event = (overrides: Partial<StatsEvent>): StatsEvent => ({
  v: 1,
  id: "00000000-0000-4000-8000-000000000000",
  shareId: "q3V9-xk2LrT_",
  type: "view",
  at: NOW,
  audience: "human",
  unfurl: null,
  platform: "ios",
  placement: null,
  channel: null,
  visitor: "a".repeat(64),
  country: "FR",
  ...overrides,
});

describe("buildShareStats", () => {
  it("has exactly the contract's keys, every counter present with zeros", () => {
    const stats = buildShareStats("q3V9-xk2LrT_", { counters: {}, daily: [] }, NOW);
    expect(ShareStatsSchema.parse(stats)).toEqual(stats);
    expect(Object.keys(stats)).toEqual(["id", "views", "unfurls", "ctaClicks", "byPlacement", "uniqueVisitors", "daily"]);
    expect(Object.keys(stats.unfurls)).toEqual(["imessage", "whatsapp", "x", "facebook", "linkedin", "slack", "discord", "telegram", "teams", "other"]);
    expect(stats.ctaClicks).toEqual({ ios: 0, android: 0, desktop: 0 });
    expect(stats.byPlacement).toMatchObject({ banner: 0, footer: 0, inline: 0, qr: 0, other: 0 });
  });

  it("lists the last 30 UTC days oldest first, ending today, with zeros for quiet days", () => {
    const stats = buildShareStats("abcd", { counters: {}, daily: [{ date: "2026-11-20", views: 4, clicks: 1 }] }, NOW);
    expect(stats.daily).toHaveLength(DAILY_WINDOW_DAYS);
    expect(stats.daily[0]!.date).toBe("2026-10-28");
    expect(stats.daily.at(-1)).toEqual({ date: "2026-11-26", views: 0, ctaClicks: 0 });
    expect(stats.daily.find((day) => day.date === "2026-11-20")).toEqual({ date: "2026-11-20", views: 4, ctaClicks: 1 });
  });

  it("maps named counters to their places", () => {
    const stats = buildShareStats(
      "abcd",
      {
        counters: { "views.human": 3, "views.total": 9, "unfurls.whatsapp": 2, "clicks.android": 5, "placement.qr": 1, "visitors.unique": 4 },
        daily: [],
      },
      NOW,
    );
    expect(stats).toMatchObject({ views: { human: 3, total: 9 }, ctaClicks: { android: 5 }, byPlacement: { qr: 1 }, uniqueVisitors: 4 });
    expect(stats.unfurls.whatsapp).toBe(2);
  });
});

describe("counterDelta", () => {
  it.each([
    ["a human view", event({}), ["views.total", "views.human"], 1, 0, true],
    ["a WhatsApp unfurl", event({ audience: "unfurl", unfurl: "whatsapp", visitor: null }), ["views.total", "unfurls.whatsapp"], 0, 0, false],
    ["a bot view", event({ audience: "bot", visitor: null }), ["views.total"], 0, 0, false],
    ["a HEAD", event({ audience: "head", visitor: null }), ["views.total"], 0, 0, false],
    ["a prefetch", event({ audience: "prefetch", visitor: null }), ["views.total"], 0, 0, false],
    ["a human click", event({ type: "click", placement: "banner", platform: "android" }), ["clicks.android", "placement.banner"], 0, 1, true],
    ["a click without placement", event({ type: "click", placement: null, platform: "desktop" }), ["clicks.desktop", "placement.other"], 0, 1, true],
    ["a stray bot click", event({ type: "click", audience: "bot", placement: "banner", visitor: null }), [], 0, 0, false],
  ] as const)("counts %s", (_label, input, counters, dailyViews, dailyClicks, countsVisitor) => {
    const delta = counterDelta(input);
    expect(delta.counters).toEqual(counters);
    expect(delta.dailyViews).toBe(dailyViews);
    expect(delta.dailyClicks).toBe(dailyClicks);
    expect(delta.visitor !== null).toBe(countsVisitor);
    expect(delta.day).toBe(utcDay(NOW));
  });

  it("counts an event on the UTC day it was answered, not the day it is applied", () => {
    expect(counterDelta(event({ at: Date.parse("2026-11-25T23:59:59.999Z") })).day).toBe("2026-11-25");
  });
});
