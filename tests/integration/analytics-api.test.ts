/** GET /api/analytics through the Worker: the contract's shape, exact sums of the rollups, and every bad parameter a 400 naming it. */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { AnalyticsSchema } from "../../src/domain/analytics/analytics-schema";
import { addDays } from "../../src/domain/analytics/date-range";
import { utcDay } from "../../src/domain/share-stats";
import { TOP_SHARES_SQL, topSharesParams } from "../../src/storage/analytics-store";
import { addCounter, clearAnalytics, indexShare } from "../fixtures/analytics";
import { api } from "../fixtures/api";

type Analytics = ReturnType<typeof AnalyticsSchema.parse>;

const today = () => utcDay(Date.now());

async function analytics(query = ""): Promise<Analytics> {
  const response = await api(`/analytics${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return AnalyticsSchema.parse(await response.json());
}

beforeEach(clearAnalytics);

describe("GET /api/analytics", () => {
  it("defaults to the last 30 UTC days, every day listed with zeros", async () => {
    const body = await analytics();
    expect(body.to).toBe(today());
    expect(body.from).toBe(addDays(today(), -29));
    expect(body.daily).toHaveLength(30);
    expect(body.daily[0]).toEqual({ date: body.from, sharesCreated: 0, views: 0, unfurls: 0, ctaClicks: 0, appOpens: 0 });
    expect(body.totals.views).toEqual({ human: 0, total: 0 });
    expect(body.totals.byChannel).toMatchObject({ whatsapp: 0, instagram: 0, x: 0, direct: 0 });
    expect(body.topShares).toEqual([]);
  });

  it("sums every counter of the range, adds daily rows up to the totals, and leaves days outside the range out", async () => {
    const [d1, d2, outside] = ["2026-11-02", "2026-11-03", "2026-10-31"];
    await indexShare("shareAAAA01", `${d1}T09:00:00.000Z`);
    await indexShare("shareBBBB02", `${d2}T23:59:59.999Z`);
    await indexShare("shareOLD003", `${outside}T12:00:00.000Z`);
    const seeds: Array<[string, string, string, number]> = [
      ["shareAAAA01", d1, "views.human", 5],
      ["shareAAAA01", d1, "views.total", 9],
      ["shareAAAA01", d1, "unfurls.whatsapp", 3],
      ["shareAAAA01", d1, "unfurls.slack", 1],
      ["shareAAAA01", d1, "clicks.ios", 2],
      ["shareAAAA01", d1, "placement.banner", 2],
      ["shareAAAA01", d1, "channel.whatsapp", 4],
      ["shareAAAA01", d1, "channel.direct", 1],
      ["shareAAAA01", d1, "opens.ios", 1],
      ["shareBBBB02", d2, "views.human", 7],
      ["shareBBBB02", d2, "views.total", 7],
      ["shareBBBB02", d2, "clicks.android", 1],
      ["shareBBBB02", d2, "clicks.desktop", 1],
      ["shareBBBB02", d2, "placement.footer", 2],
      ["shareBBBB02", d2, "channel.tiktok", 7],
      ["shareBBBB02", d2, "opens.android", 2],
      ["shareOLD003", outside, "views.human", 100],
      ["shareOLD003", outside, "clicks.ios", 100],
    ];
    for (const seed of seeds) await addCounter(...seed);

    const body = await analytics("?from=2026-11-01&to=2026-11-30");
    expect(body.totals).toEqual({
      sharesCreated: 2,
      views: { human: 12, total: 16 },
      unfurls: { imessage: 0, whatsapp: 3, x: 0, facebook: 0, linkedin: 0, slack: 1, discord: 0, telegram: 0, teams: 0, other: 0 },
      ctaClicks: { ios: 2, android: 1, desktop: 1 },
      byPlacement: expect.objectContaining({ banner: 2, footer: 2, other: 0 }),
      byChannel: expect.objectContaining({ whatsapp: 4, direct: 1, tiktok: 7, instagram: 0 }),
      appOpens: { ios: 1, android: 2 },
    });
    expect(body.daily).toHaveLength(30);
    expect(body.daily.find((day) => day.date === d1)).toEqual({ date: d1, sharesCreated: 1, views: 5, unfurls: 4, ctaClicks: 2, appOpens: 1 });
    expect(body.daily.find((day) => day.date === d2)).toEqual({ date: d2, sharesCreated: 1, views: 7, unfurls: 0, ctaClicks: 2, appOpens: 2 });
    const sumOf = (key: "views" | "ctaClicks" | "unfurls" | "appOpens" | "sharesCreated") => body.daily.reduce((n, day) => n + day[key], 0);
    expect(sumOf("views")).toBe(body.totals.views.human);
    expect(sumOf("ctaClicks")).toBe(4);
    expect(sumOf("unfurls")).toBe(4);
    expect(sumOf("appOpens")).toBe(3);
    expect(sumOf("sharesCreated")).toBe(body.totals.sharesCreated);
  });

  it("ranks at most 10 top shares by CTA taps then views, with a null title for an erased or unindexed share", async () => {
    const day = "2026-11-10";
    for (let i = 0; i < 12; i++) {
      const id = `share${String(i).padStart(6, "0")}`;
      await indexShare(id, `${day}T00:00:00.000Z`);
      await addCounter(id, day, "views.human", 100 + i);
      await addCounter(id, day, "clicks.ios", i % 3);
    }
    await indexShare("erasedShare1", `${day}T00:00:00.000Z`, null);
    await addCounter("erasedShare1", day, "clicks.android", 50);
    await addCounter("notIndexed01", day, "clicks.desktop", 40);
    await addCounter("notIndexed01", day, "views.human", 1);

    const body = await analytics("?from=2026-11-01&to=2026-11-30");
    expect(body.topShares).toHaveLength(10);
    expect(body.topShares[0]).toEqual({ id: "erasedShare1", title: null, views: 0, ctaClicks: 50 });
    expect(body.topShares[1]).toEqual({ id: "notIndexed01", title: null, views: 1, ctaClicks: 40 });
    // Then 2 taps (ids 11, 8, 5, 2 by views), then 1 tap (10, 7, 4, 1 …).
    expect(body.topShares.slice(2).map((share) => share.id)).toEqual(
      ["share000011", "share000008", "share000005", "share000002", "share000010", "share000007", "share000004", "share000001"],
    );
    expect(body.topShares[2]).toEqual({ id: "share000011", title: "Title of share000011", views: 111, ctaClicks: 2 });
  });

  it("ranks top shares from the by-counter index, reading only the counters it sums", async () => {
    const params = topSharesParams({ from: "2026-11-01", to: "2026-11-30" }, 10);
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${TOP_SHARES_SQL}`).bind(...params).all<{ detail: string }>();
    expect(plan.results.map((row) => row.detail).join("\n")).toMatch(/analytics_share_daily USING COVERING INDEX analytics_share_daily_by_counter/);
  });

  it("accepts a one-day range and a 400-day range", async () => {
    expect((await analytics(`?from=${today()}&to=${today()}`)).daily).toHaveLength(1);
    expect((await analytics(`?from=${addDays(today(), -399)}`)).daily).toHaveLength(400);
  });
});

describe("GET /api/analytics: bad parameters", () => {
  const cases: Array<[string, () => string, string]> = [
    ["a malformed from", () => "?from=2026-1-01", "from"],
    ["a malformed to", () => "?to=yesterday", "to"],
    ["an impossible date", () => "?from=2026-02-30", "from"],
    ["a thirteenth month", () => "?to=2026-13-01", "to"],
    ["a date before 2020", () => "?from=1999-12-31", "from"],
    ["a to in the future", () => `?to=${addDays(today(), 1)}`, "to"],
    ["from after to", () => "?from=2026-11-02&to=2026-11-01", "from"],
    ["more than 400 days", () => `?from=${addDays(today(), -400)}`, "from"],
    ["an unknown parameter", () => "?since=2026-11-01", "since"],
    ["a repeated parameter", () => "?from=2026-11-01&from=2026-11-02", "from"],
  ];
  it.each(cases)("%s is a 400 problem naming the parameter", async (_name, query, parameter) => {
    const response = await api(`/analytics${query()}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { title: string; detail: string; errors: Array<{ path: string }> };
    expect(problem.errors.map((error) => error.path)).toContain(parameter);
    expect(problem.detail).toContain(parameter);
  });

  it.each([
    ["no token", null],
    ["a wrong token", "not-a-token"],
  ])("with %s answers 401 and no figures", async (_name, token) => {
    const response = await api("/analytics", { token });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("totals");
  });
});
