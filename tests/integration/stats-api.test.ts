import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ShareStatsSchema } from "../../src/domain/share-stats";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { statsOf, sum, waitForStats } from "../fixtures/stats";
import { ANDROID_CHROME, DESKTOP_CHROME, IPHONE_SAFARI, byName } from "../fixtures/user-agents";

function hit(path: string, userAgent: string, init: RequestInit & { ip?: string } = {}) {
  const headers = new Headers(init.headers);
  if (userAgent) headers.set("user-agent", userAgent);
  headers.set("cf-connecting-ip", init.ip ?? "203.0.113.7");
  return SELF.fetch(`${ORIGIN}${path}`, { ...init, headers, redirect: "manual" });
}

describe("GET /api/shares/:id/stats", () => {
  it("returns exactly the contract's shape for a new share", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await api(`/shares/${id}/stats`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const stats = await response.json();
    expect(ShareStatsSchema.parse(stats)).toEqual(stats);
    expect(stats).toMatchObject({ id, views: { human: 0, total: 0 }, ctaClicks: { ios: 0, android: 0, desktop: 0 }, uniqueVisitors: 0 });
  });

  it.each([
    ["an unknown id", "/shares/NoSuchShare1/stats", undefined, 404],
    ["a malformed id", "/shares/a/stats", undefined, 404],
    ["no token", "/shares/NoSuchShare1/stats", null, 401],
    ["a wrong token", "/shares/NoSuchShare1/stats", "nope", 401],
  ])("answers %s with a problem document", async (_label, path, token, status) => {
    const response = await api(path, token === undefined ? {} : { token });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("keeps the stats of a revoked share readable", async () => {
    const { id } = await createShare(buildShareRequest());
    await api(`/shares/${id}`, { method: "DELETE" });
    expect((await api(`/shares/${id}/stats`)).status).toBe(200);
  });

  it("is described in the OpenAPI document by a resolvable ShareStats schema", async () => {
    const document = (await (await api("/openapi.json")).json()) as { components: { schemas: Record<string, { properties?: object }> } };
    expect(Object.keys(document.components.schemas.ShareStats!.properties!)).toEqual([
      "id",
      "views",
      "unfurls",
      "ctaClicks",
      "byPlacement",
      "uniqueVisitors",
      "suspectedAutomation",
      "appOpens",
      "appOpensBySource",
      "daily",
    ]);
  });
});

describe("exact counts through the Worker", () => {
  it("counts N parallel human clicks exactly N times", async () => {
    const { id } = await createShare(buildShareRequest());
    const N = 60;
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        hit(`/b/${id}/get?via=${i % 2 === 0 ? "banner" : "footer"}`, i % 3 === 0 ? ANDROID_CHROME : IPHONE_SAFARI, { ip: `198.51.100.${i % 12}` }),
      ),
    );
    expect(responses.every((response) => response.status === 302)).toBe(true);
    const stats = await waitForStats(id, (s) => expect(sum(s.ctaClicks)).toBe(N));
    expect(stats.ctaClicks).toEqual({ ios: 40, android: 20, desktop: 0 });
    expect(stats.byPlacement.banner).toBe(30);
    expect(stats.byPlacement.footer).toBe(30);
    expect(stats.daily.at(-1)!.ctaClicks).toBe(N);
    // 12 addresses × 2 user agents, but i%12 and i%3 pair up so that only some combinations occur.
    const pairs = new Set(Array.from({ length: N }, (_, i) => `${i % 12}|${i % 3 === 0}`));
    expect(stats.uniqueVisitors).toBe(pairs.size);
  });

  it("never counts HEAD, prefetches, bots or link-preview fetchers as human, but counts unfurls per platform", async () => {
    const { id } = await createShare(buildShareRequest());
    const page = `/b/${id}`;
    const answered = await Promise.all([
      hit(page, IPHONE_SAFARI),
      hit(page, IPHONE_SAFARI, { method: "HEAD" }),
      hit(page, ANDROID_CHROME, { headers: { "sec-purpose": "prefetch" } }),
      hit(page, DESKTOP_CHROME, { headers: { purpose: "prefetch" } }),
      hit(page, byName("WhatsApp, Android").ua),
      hit(page, byName("iMessage").ua),
      hit(page, byName("Slack").ua),
      hit(page, byName("Googlebot").ua),
      hit(page, ""),
      // CTA taps that must not count: a bot, a HEAD, a prefetch.
      hit(`${page}/get?via=banner`, byName("Googlebot smartphone").ua),
      hit(`${page}/get?via=banner`, IPHONE_SAFARI, { method: "HEAD" }),
      hit(`${page}/get?via=banner`, IPHONE_SAFARI, { headers: { "sec-purpose": "prefetch;prerender" } }),
    ]);
    expect(answered.slice(0, 9).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200]);
    // The one human tap, sent last: once it is counted, everything before it has been applied too.
    await hit(`${page}/get?via=banner`, IPHONE_SAFARI);
    const stats = await waitForStats(id, (s) => {
      expect(s.views.total).toBe(9);
      expect(sum(s.ctaClicks)).toBe(1);
    });
    expect(stats.views.human).toBe(1);
    expect(stats.unfurls).toMatchObject({ whatsapp: 1, imessage: 1, slack: 1, facebook: 0, x: 0 });
    expect(stats.ctaClicks).toEqual({ ios: 1, android: 0, desktop: 0 });
    expect(stats.uniqueVisitors).toBe(1);
    expect(stats.daily.at(-1)).toMatchObject({ views: 1, ctaClicks: 1 });
  });

  it("counts a reload the browser revalidated (304) as a page load", async () => {
    const { id } = await createShare(buildShareRequest());
    const first = await hit(`/b/${id}`, IPHONE_SAFARI);
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();
    const again = await hit(`/b/${id}`, IPHONE_SAFARI, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const stats = await waitForStats(id, (s) => expect(s.views.total).toBe(2));
    expect(stats.views.human).toBe(2);
    expect(stats.uniqueVisitors).toBe(1);
  });

  it("counts nothing for a page that answered 404", async () => {
    await hit("/b/NoSuchShare2", IPHONE_SAFARI);
    const { id } = await createShare(buildShareRequest());
    await hit(`/b/${id}`, IPHONE_SAFARI);
    await waitForStats(id, (s) => expect(s.views.human).toBe(1));
    expect((await api("/shares/NoSuchShare2/stats")).status).toBe(404);
    expect((await statsOf(id)).views.total).toBe(1);
  });
});
