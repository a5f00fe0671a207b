import { describe, expect, it } from "vitest";
import { DAILY_WINDOW_DAYS, ShareStatsSchema, buildShareStats, utcDay } from "../../src/domain/share-stats";
import { HUMAN_TAPS_PER_HOUR, HUMAN_VIEWS_PER_HOUR, countsAsHuman, rateWindow } from "../../src/domain/automation-rule";
import { type Verdict, counterDelta } from "../../src/stats/event-counters";
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
  install: null,
  source: null,
  ...overrides,
});

describe("buildShareStats", () => {
  it("has exactly the contract's keys, every counter present with zeros", () => {
    const stats = buildShareStats("q3V9-xk2LrT_", { counters: {}, daily: [] }, NOW);
    expect(ShareStatsSchema.parse(stats)).toEqual(stats);
    expect(Object.keys(stats)).toEqual(["id", "views", "unfurls", "ctaClicks", "byPlacement", "uniqueVisitors", "suspectedAutomation", "appOpens", "appOpensBySource", "daily"]);
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
        counters: {
          "views.human": 3,
          "views.total": 9,
          "unfurls.whatsapp": 2,
          "clicks.android": 5,
          "placement.qr": 1,
          "visitors.unique": 4,
          "suspected.views": 6,
          "suspected.clicks": 7,
          "opens.ios": 2,
          "opens.android": 1,
          "opensBySource.clipboard": 2,
          "opensBySource.referrer": 1,
        },
        daily: [],
      },
      NOW,
    );
    expect(stats).toMatchObject({ views: { human: 3, total: 9 }, ctaClicks: { android: 5 }, byPlacement: { qr: 1 }, uniqueVisitors: 4 });
    expect(stats.suspectedAutomation).toEqual({ views: 6, ctaClicks: 7 });
    expect(stats.appOpens).toEqual({ ios: 2, android: 1 });
    expect(stats.appOpensBySource).toEqual({ referrer: 1, clipboard: 2, "universal-link": 0, "smart-banner": 0 });
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
    ["a suspected view", event({}), ["views.total", "suspected.views"], 0, 0, true, { suspected: true }],
    ["a suspected click", event({ type: "click", placement: "banner" }), ["suspected.clicks"], 0, 0, true, { suspected: true }],
    ["a new install's open", event({ type: "open", source: "clipboard", visitor: null }), ["opens.ios", "opensBySource.clipboard"], 0, 0, false, { newInstall: true }],
    ["a repeated open", event({ type: "open", platform: "android", source: "referrer", visitor: null }), [], 0, 0, false, { newInstall: false }],
  ] as const)("counts %s", (_label, input, counters, dailyViews, dailyClicks, countsVisitor, verdict?: Verdict) => {
    const delta = counterDelta(input, verdict);
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

describe("the click-inflation rule", () => {
  it.each([
    ["a view", { type: "view", placement: null }, "view"],
    ["a tap on the banner", { type: "click", placement: "banner" }, "tap:banner"],
    ["a tap without placement", { type: "click", placement: null }, "tap:other"],
  ] as const)("rates %s in its own scope", (_label, input, scope) => {
    expect(rateWindow({ ...input, at: NOW }).scope).toBe(scope);
  });

  it("uses fixed UTC hours of the event's own time", () => {
    const at = (iso: string) => rateWindow({ type: "view", placement: null, at: Date.parse(iso) }).hour;
    expect(at("2026-11-26T10:00:00Z")).toBe(at("2026-11-26T10:59:59.999Z"));
    expect(at("2026-11-26T11:00:00Z")).toBe(at("2026-11-26T10:00:00Z") + 1);
  });

  it.each([
    ["view", HUMAN_VIEWS_PER_HOUR],
    ["tap:banner", HUMAN_TAPS_PER_HOUR],
  ])("counts the first allowance of %s as human and the next one as suspected", (scope, allowance) => {
    expect(countsAsHuman(scope, 1)).toBe(true);
    expect(countsAsHuman(scope, allowance)).toBe(true);
    expect(countsAsHuman(scope, allowance + 1)).toBe(false);
  });
});
