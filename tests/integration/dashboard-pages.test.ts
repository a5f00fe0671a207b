/** The dashboard's pages through the Worker: what each shows, that its figures are the API's, and its bad inputs. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { addCounter, indexShare } from "../fixtures/analytics";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { dashboardRequest, figuresOf, signIn, worker } from "../fixtures/dashboard";
import { statsOf, sum, waitForStats } from "../fixtures/stats";
import { ANDROID_CHROME, IPHONE_SAFARI, byName } from "../fixtures/user-agents";

function hit(path: string, userAgent: string, ip = "203.0.113.9") {
  return SELF.fetch(`${ORIGIN}${path}`, { headers: { "user-agent": userAgent, "cf-connecting-ip": ip }, redirect: "manual" });
}

async function page(path: string, session: string) {
  const response = await dashboardRequest(worker, path, { session });
  return { status: response.status, html: await response.text(), response };
}

describe("a share's page", () => {
  it("shows the share's own figures, equal to GET /api/shares/:id/stats", async () => {
    const { id } = await createShare(buildShareRequest({ briefing: buildBriefing({ title: "Rates held for a third time", topic: "Economy" }) }));
    await Promise.all([
      hit(`/b/${id}`, IPHONE_SAFARI, "203.0.113.1"),
      hit(`/b/${id}`, IPHONE_SAFARI, "203.0.113.2"),
      hit(`/b/${id}`, ANDROID_CHROME, "203.0.113.3"),
      hit(`/b/${id}`, byName("WhatsApp, Android").ua),
      hit(`/b/${id}`, byName("Slack").ua),
      hit(`/b/${id}/get?via=banner`, IPHONE_SAFARI, "203.0.113.1"),
      hit(`/b/${id}/get?via=footer`, ANDROID_CHROME, "203.0.113.3"),
    ]);
    const stats = await waitForStats(id, (s) => {
      expect(s.views.total).toBe(5);
      expect(sum(s.ctaClicks)).toBe(2);
    });
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard/shares/${id}`, session);
    expect(status).toBe(200);
    expect(html).toContain("Rates held for a third time");
    expect(figuresOf(html)).toMatchObject({
      unfurls: sum(stats.unfurls),
      humanViews: stats.views.human,
      uniqueVisitors: stats.uniqueVisitors,
      ctaTaps: sum(stats.ctaClicks),
    });
    // The funnel repeats the same figures; the daily table has one row per day of the stats.
    expect(html.match(/data-figure="humanViews">([\d,]+)</g)).toHaveLength(2);
    expect(html.match(/<tr data-date="/g)).toHaveLength(stats.daily.length);
    expect(html).toContain(`src="/b/${id}/og.png?v=`);
    expect(html).toContain(`href="/b/${id}/preview"`);
    expect(html).toContain(`action="/dashboard/shares/${id}/revoke"`);
    expect(await statsOf(id)).toEqual(stats);
  });

  it("shows a revoked share with its title (from the index), its figures and the neutral card, and no revoke button", async () => {
    const { id } = await createShare(buildShareRequest({ briefing: buildBriefing({ title: "Once shared, now revoked" }) }));
    await SELF.fetch(`${ORIGIN}/api/shares/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${worker.token}` } });
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard/shares/${id}`, session);
    expect(status).toBe(200);
    expect(html).toContain("status--revoked");
    expect(html).toContain("Once shared, now revoked");
    expect(html).toContain(`src="/b/${id}/og.png"`);
    expect(html).not.toContain("/revoke\"");
  });

  it.each([
    ["an unknown id", "/dashboard/shares/NoSuchShare42"],
    ["a malformed id", "/dashboard/shares/a"],
    ["an id with markup", `/dashboard/shares/${encodeURIComponent("<script>")}`],
  ])("answers 404 for %s", async (_label, path) => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(path, session);
    expect(status).toBe(404);
    expect(html).toContain("No share has this id");
    expect(html).not.toContain("<script>");
  });

  it("draws the chart the ?metric= asks for, and ignores an unknown one", async () => {
    const { id } = await createShare(buildShareRequest());
    const session = await signIn(worker, worker.token);
    const taps = await page(`/dashboard/shares/${id}?metric=ctaClicks`, session);
    expect(taps.html).toMatch(/<a class="chart__tab" href="[^"]*metric=ctaClicks" aria-current="true">CTA taps</);
    const unknown = await page(`/dashboard/shares/${id}?metric=%3Cx%3E`, session);
    expect(unknown.status).toBe(200);
    expect(unknown.html).toMatch(/aria-current="true">Human views</);
  });
});

describe("the overview", () => {
  it("shows GET /api/analytics's figures for the same range: tiles, funnel, daily rows, breakdowns, top shares", async () => {
    const [d1, d2] = ["2026-10-05", "2026-10-06"];
    await indexShare("dashOverview1", `${d1}T09:00:00.000Z`, "Rates held again");
    await indexShare("dashOverview2", `${d2}T10:00:00.000Z`, "Storm season");
    const seeds: Array<[string, string, string, number]> = [
      ["dashOverview1", d1, "views.human", 1200],
      ["dashOverview1", d1, "views.total", 1500],
      ["dashOverview1", d1, "unfurls.whatsapp", 40],
      ["dashOverview1", d1, "clicks.ios", 90],
      ["dashOverview1", d1, "placement.banner", 90],
      ["dashOverview1", d1, "channel.whatsapp", 1000],
      ["dashOverview1", d1, "channel.direct", 200],
      ["dashOverview1", d1, "opens.ios", 30],
      ["dashOverview2", d2, "views.human", 7],
      ["dashOverview2", d2, "clicks.android", 3],
      ["dashOverview2", d2, "placement.footer", 3],
      ["dashOverview2", d2, "unfurls.slack", 2],
    ];
    for (const seed of seeds) await addCounter(...seed);
    const query = "?from=2026-10-01&to=2026-10-10";
    const analytics = (await (await api(`/analytics${query}`)).json()) as {
      totals: { sharesCreated: number; views: { human: number }; unfurls: Record<string, number>; ctaClicks: Record<string, number>; appOpens: Record<string, number>; byChannel: Record<string, number> };
      daily: Array<{ date: string; views: number; ctaClicks: number }>;
      topShares: Array<{ id: string; title: string | null }>;
    };
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard${query}`, session);
    expect(status).toBe(200);
    const { totals } = analytics;
    expect(figuresOf(html)).toMatchObject({
      sharesCreated: totals.sharesCreated,
      unfurls: sum(totals.unfurls),
      humanViews: totals.views.human,
      ctaTaps: sum(totals.ctaClicks),
      appOpens: sum(totals.appOpens),
    });
    expect(totals.views.human).toBeGreaterThanOrEqual(1207);
    expect(html).toContain(`data-figure="humanViews">${totals.views.human.toLocaleString("en")}<`);
    // One table row per day of the API's `daily`, with its figures.
    expect(html.match(/<tr data-date="/g)).toHaveLength(analytics.daily.length);
    const day = analytics.daily.find((row) => row.date === d1)!;
    expect(html).toMatch(new RegExp(`<tr data-date="${d1}"><th scope="row">Oct 5, 2026</th><td class="num">[0-9,]+</td><td class="num">${day.ctaClicks.toLocaleString("en")}</td>`));
    expect(html).toMatch(new RegExp(`data-key="whatsapp"><th scope="row">.*?</th><td class="num">${totals.byChannel.whatsapp!.toLocaleString("en")}</td>`));
    for (const share of analytics.topShares) expect(html).toContain(`data-share-id="${share.id}"`);
    expect(html).toContain("Rates held again");
  });


  it.each([
    ["?range=7", 200, "7 days"],
    ["?range=90", 200, "90 days"],
    ["", 200, "30 days"],
  ])("%s answers %s with that range selected", async (query, expected, label) => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard${query}`, session);
    expect(status).toBe(expected);
    expect(html).toMatch(new RegExp(`aria-current="page">${label}<`));
  });

  it.each([
    ["from after to", "?from=2026-11-30&to=2026-11-01", "on or after the start date"],
    ["a range over 400 days", "?from=2024-01-01&to=2026-01-01", "at most 400 days"],
    ["a day after today", `?from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`, "must not be after today"],
    ["an impossible date", "?from=2026-02-31&to=2026-03-02", "must be a date"],
    ["a missing end", "?from=2026-11-01", "Choose an end date"],
    ["an unknown preset", "?range=365", "Choose 7, 30, 90 days"],
  ])("answers 400 for %s, saying what is wrong, with the default range", async (_label, query, message) => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard${query}`, session);
    expect(status).toBe(400);
    expect(html).toContain(message);
    expect(html).toContain("Showing the last 30 days instead");
  });

  it("keeps a custom range in the export link", async () => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page("/dashboard?from=2026-11-01&to=2026-11-15", session);
    expect(status).toBe(200);
    expect(html).toContain('href="/dashboard/export.csv?from=2026-11-01&amp;to=2026-11-15"');
    expect(html).toContain("Nov 1 – Nov 15, 2026");
  });

  it("exports the same CSV as GET /api/analytics.csv for the range, and refuses a bad range with 400", async () => {
    const id = `csv${crypto.randomUUID().slice(0, 8)}`;
    await indexShare(id, "2026-10-02T08:00:00.000Z", "Exported title");
    await addCounter(id, "2026-10-03", "views.human", 7);
    const session = await signIn(worker, worker.token);
    const exported = await dashboardRequest(worker, "/dashboard/export.csv?from=2026-10-01&to=2026-10-05", { session });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("text/csv");
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    const csv = await exported.text();
    expect(csv).toContain(id);
    const fromApi = await api("/analytics.csv?from=2026-10-01&to=2026-10-05");
    expect(csv).toBe(await fromApi.text());
    const bad = await page("/dashboard/export.csv?from=2026-10-05&to=2026-10-01", session);
    expect(bad.status).toBe(400);
  });
});

describe("the shares list", () => {
  it("lists what GET /api/shares lists, newest first, with its figures, and pages with the API's cursor", async () => {
    const ref = `dash-${crypto.randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 27; i++) ids.push((await createShare(buildShareRequest({ sharer: { name: "Lin", ref } }))).id);
    const session = await signIn(worker, worker.token);
    const first = await page(`/dashboard/shares?sharer=${ref}`, session);
    expect(first.status).toBe(200);
    const fromApi = (await (await api(`/shares?sharerRef=${ref}&limit=25`)).json()) as { shares: Array<{ id: string }>; nextCursor: string | null };
    const shown = [...first.html.matchAll(/<tr data-share-id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(fromApi.shares.map((share) => share.id));
    expect(shown).toHaveLength(25);
    const next = /href="(\/dashboard\/shares\?[^"]*cursor=[^"]+)" rel="next"/.exec(first.html)![1]!.replace(/&amp;/g, "&");
    const second = await page(next, session);
    const rest = [...second.html.matchAll(/<tr data-share-id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set([...shown, ...rest])).toEqual(new Set(ids));
    expect(rest).toHaveLength(2);
    expect(second.html).not.toContain('rel="next"');
  });

  it("refuses a forged cursor with 400 and a sentence, not a crash", async () => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page("/dashboard/shares?cursor=WyIyMDI2LTExLTMwVDEwOjAwOjAwLjAwMFoiLCJhYmNkIl0.forgedchecksum", session);
    expect(status).toBe(400);
    expect(html).toContain("That page link is no longer valid");
  });


  it.each([
    ["an unknown status", "?status=deleted", "Status must be live, revoked or expired"],
    ["a search with no word", "?q=%21%21%21", "at least one word"],
    ["a sharer ref over 64 characters", `?sharer=${"r".repeat(65)}`, "at most 64 characters"],
  ])("answers 400 for %s, saying what is wrong", async (_label, query, message) => {
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard/shares${query}`, session);
    expect(status).toBe(400);
    expect(html).toContain(message);
  });

  it("keeps the filters in the form", async () => {
    const session = await signIn(worker, worker.token);
    const { html } = await page("/dashboard/shares?q=rates&status=revoked&sharer=user-42", session);
    expect(html).toContain('name="q" type="search" value="rates"');
    expect(html).toContain('<option value="revoked" selected="">Revoked</option>');
    expect(html).toContain('value="user-42"');
  });
});

describe("every dashboard page's head", () => {
  it.each(["/dashboard", "/dashboard/shares", "/dashboard/login", "/dashboard/shares/unknown0000"])(
    "%s says what it is (a meta description) and keeps itself out of search",
    async (path) => {
      // Signed in, the sign-in page sends you on to the overview; it is read signed out.
      const session = path === "/dashboard/login" ? "" : await signIn(worker, worker.token);
      const { status, html } = await page(path, session);
      expect([200, 404]).toContain(status);
      expect(html).toMatch(/<meta name="description" content="[^"]*sharing dashboard[^"]*"/);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    },
  );
});
