/** The dashboard's pages through the Worker: what each shows, that its figures are the API's, and its bad inputs. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN, createShare } from "../fixtures/api";
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

  it("shows a revoked share with its figures and the neutral card, and no revoke button", async () => {
    const { id } = await createShare(buildShareRequest());
    await SELF.fetch(`${ORIGIN}/api/shares/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${worker.token}` } });
    const session = await signIn(worker, worker.token);
    const { status, html } = await page(`/dashboard/shares/${id}`, session);
    expect(status).toBe(200);
    expect(html).toContain("status--revoked");
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
});

describe("the shares list", () => {
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
