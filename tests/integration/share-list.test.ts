import { SELF, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ShareList } from "../../src/domain/share-list/share-list-schema";
import { listShares } from "../../src/storage/share-list";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { sum, waitForStats } from "../fixtures/stats";

/** Every test lists only its own shares: a sharer ref of its own. */
const freshRef = () => `ref-${crypto.randomUUID().slice(0, 8)}`;

async function list(query: string): Promise<ShareList> {
  const response = await api(`/shares?${query}`);
  if (response.status !== 200) throw new Error(`list failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ShareList;
}

async function problemOf(query: string) {
  const response = await api(`/shares?${query}`);
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return (await response.json()) as { detail: string; errors: Array<{ path: string; message: string }> };
}

async function createMany(ref: string, count: number, title = (n: number) => `Story ${n}`) {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    ids.push((await createShare(buildShareRequest({ briefing: buildBriefing({ title: title(n) }), sharer: { name: "Ada", ref } }))).id);
  }
  return ids;
}

describe("GET /api/shares", () => {
  it("lists a sharer's shares newest first in the contract's shape", async () => {
    const ref = freshRef();
    const [older, newer] = await createMany(ref, 2);
    const body = await list(`sharerRef=${ref}`);
    expect(body.shares.map((share) => share.id)).toEqual([newer, older]);
    expect(body.nextCursor).toBeNull();
    const item = body.shares[0]!;
    expect(Object.keys(item).sort()).toEqual(
      ["createdAt", "ctaClicks", "expiresAt", "id", "lang", "sharer", "status", "title", "topic", "updatedAt", "url", "views"].sort(),
    );
    expect(item).toMatchObject({
      url: `${ORIGIN}/b/${newer}`,
      title: "Story 1",
      lang: "en",
      topic: "AI",
      status: "live",
      expiresAt: null,
      sharer: { name: "Ada", ref },
      views: { human: 0 },
      ctaClicks: { ios: 0, android: 0, desktop: 0 },
    });
  });

  it("shows an edit's new title and a revoke's status", async () => {
    const ref = freshRef();
    const [edited, revoked] = (await createMany(ref, 2)) as [string, string];
    const put = await api(`/shares/${edited}`, {
      method: "PUT",
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "Edited title" }), sharer: { name: "Ada", ref } })),
    });
    expect(put.status).toBe(200);
    expect((await api(`/shares/${revoked}`, { method: "DELETE" })).status).toBe(204);
    const byId = new Map((await list(`sharerRef=${ref}`)).shares.map((share) => [share.id, share]));
    expect(byId.get(edited)).toMatchObject({ title: "Edited title", status: "live" });
    expect(byId.get(revoked)).toMatchObject({ title: "Story 1", status: "revoked" });
    expect((await list(`sharerRef=${ref}&status=revoked`)).shares.map((share) => share.id)).toEqual([revoked]);
    expect((await list(`sharerRef=${ref}&status=live`)).shares.map((share) => share.id)).toEqual([edited]);
  });

  it("reports a share past its expiry as expired, before and after its alarm rewrote the row", async () => {
    const ref = freshRef();
    const { id } = await createShare(buildShareRequest({ expiresIn: 60, sharer: { ref } }));
    const later = new Date(Date.now() + 120_000);
    const query = { sharerRef: ref, status: "expired" as const };
    const expired = await listShares(env, query, ORIGIN, later);
    expect(expired.shares.map((share) => share.id)).toEqual([id]);
    expect(expired.shares[0]!.status).toBe("expired");
    expect((await listShares(env, { sharerRef: ref, status: "live" }, ORIGIN, later)).shares).toEqual([]);
    expect((await list(`sharerRef=${ref}&status=live`)).shares.map((share) => share.id)).toEqual([id]);
  });

  it("finds titles by every word of q, case- and width-insensitively, with LIKE wildcards taken literally", async () => {
    const ref = freshRef();
    const titles = ["GPT-5 ships at 100% speed", "Gpt rivals slow down", "Markets at 100 points", "Elections_2026 results"];
    const ids = await createMany(ref, titles.length, (n) => titles[n]!);
    const search = async (q: string) => (await list(`sharerRef=${ref}&q=${encodeURIComponent(q)}`)).shares.map((share) => share.id).sort();
    expect(await search("gpt")).toEqual([ids[0], ids[1]].sort());
    expect(await search("ＧＰＴ ships")).toEqual([ids[0]]);
    expect(await search("100%")).toEqual([ids[0]]);
    expect(await search("s_2026")).toEqual([ids[3]]);
    expect(await search("_")).toEqual([ids[3]]);
    expect(await search("nothing-like-this")).toEqual([]);
  });

  it("pages with a cursor: no share missing or repeated while new shares arrive", async () => {
    const ref = freshRef();
    const original = await createMany(ref, 7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let arrivals = 0;
    do {
      const page: ShareList = await list(`sharerRef=${ref}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.shares.length).toBeLessThanOrEqual(3);
      seen.push(...page.shares.map((share) => share.id));
      cursor = page.nextCursor;
      // New shares arrive between pages; they are newer than every cursor, so they belong before page one.
      if (arrivals < 2) {
        await createMany(ref, 1);
        arrivals += 1;
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...original].reverse());
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["limit=10000", "limit"],
    ["limit=abc", "limit"],
    ["limit=-1", "limit"],
    ["status=deleted", "status"],
    ["sharerRef=", "sharerRef"],
    [`sharerRef=${"x".repeat(65)}`, "sharerRef"],
    ["q=%20%20", "q"],
    ["colour=red", "colour"],
    ["limit=5&limit=6", "limit"],
    ["cursor=not-a-cursor", "cursor"],
  ])("answers ?%s with a 400 problem naming %s", async (query, parameter) => {
    const problem = await problemOf(query);
    expect(problem.errors.map((error) => error.path)).toContain(parameter);
    expect(problem.detail).toContain(parameter);
  });

  it("refuses a cursor edited by hand or reused with other filters", async () => {
    const ref = freshRef();
    await createMany(ref, 3);
    const { nextCursor } = await list(`sharerRef=${ref}&limit=1`);
    expect(nextCursor).toEqual(expect.any(String));
    const [payload, seal] = nextCursor!.split(".");
    const forged = `${payload!.slice(0, -2)}${payload!.endsWith("A") ? "B" : "A"}${payload!.slice(-1)}.${seal}`;
    expect((await problemOf(`sharerRef=${ref}&limit=1&cursor=${encodeURIComponent(forged)}`)).errors[0]!.path).toBe("cursor");
    expect((await problemOf(`sharerRef=other&limit=1&cursor=${encodeURIComponent(nextCursor!)}`)).errors[0]!.path).toBe("cursor");
    expect((await list(`sharerRef=${ref}&limit=1&cursor=${encodeURIComponent(nextCursor!)}`)).shares).toHaveLength(1);
  });

  it("requires the bearer token", async () => {
    expect((await api("/shares", { token: null })).status).toBe(401);
  });
});

describe("GET /api/shares counts", () => {
  const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
  const ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";

  it("equal the share's own stats once the queue has drained and the counter flushed to D1", async () => {
    const ref = freshRef();
    const { id } = await createShare(buildShareRequest({ sharer: { ref } }));
    const visits: Array<[string, string]> = [
      [`/b/${id}`, IPHONE],
      [`/b/${id}`, ANDROID],
      [`/b/${id}/get?via=banner`, IPHONE],
      [`/b/${id}/get?via=footer`, ANDROID],
      [`/b/${id}/get?via=footer`, IPHONE],
    ];
    for (const [path, ua] of visits) {
      const response = await SELF.fetch(`${ORIGIN}${path}`, { headers: { "user-agent": ua, "cf-connecting-ip": "203.0.113.9" }, redirect: "manual" });
      expect([200, 302]).toContain(response.status);
    }
    const stats = await waitForStats(id, (s) => {
      expect(s.views.human).toBe(2);
      expect(sum(s.ctaClicks)).toBe(3);
    });
    const counter = env.STATS_COUNTERS.get(env.STATS_COUNTERS.idFromName(id));
    await expect.poll(async () => counter.flushAnalytics(), { timeout: 20_000 }).toBe(true);
    const [item] = (await list(`sharerRef=${ref}`)).shares;
    expect(item!.views).toEqual({ human: stats.views.human });
    expect(item!.ctaClicks).toEqual(stats.ctaClicks);
  });
});
