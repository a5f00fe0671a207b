/** GET, HEAD /b/:id/og.png through the Worker: format, weight, caching, the stored path and every failure path. */
import { SELF, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import type { Briefing } from "../../src/domain/briefing-schema";
import { readPngInfo } from "../../src/domain/png-info";
import worker from "../../src/index";
import { FALLBACK_CARD_PATH } from "../../src/render/fallback-card";
import { MAX_CARD_BYTES, cardRenderKey } from "../../src/render/og-card-service";
import { kvKeys } from "../../src/storage/kv-keys";
import { deleteStoredCards } from "../../src/storage/og-card-store";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

const BRAND = { appName: "Scout", appTagline: "Be the smartest in the room" };
const cite = (domain: string) => ({ label: domain, url: `https://${domain}/story` });

/** The issue's card set: titles short and long, one source and twenty, every script it names. */
const CARDS: Array<[string, Partial<Briefing>]> = [
  ["a five-word English title", { title: "AI model pulled after review" }],
  ["a 200-character English title", { title: `${"Central banks signal a coordinated pause in rate rises as inflation cools ".repeat(3)}`.slice(0, 200) }],
  ["one source", { summaryCitations: [cite("europa.eu")], sections: [{ paragraphs: [{ text: "It will cut waste." }] }] }],
  ["twenty sources", { summaryCitations: Array.from({ length: 20 }, (_, i) => cite(`source${i}.example.com`)) }],
  ["a Japanese title", { title: "日銀、マイナス金利を解除　17年ぶりの利上げに踏み切る", lang: "ja", topic: "経済" }],
  ["a Simplified Chinese title", { title: "中国发布新一代人工智能发展规划", lang: "zh-CN" }],
  ["a Traditional Chinese title", { title: "台灣半導體出口創新高", lang: "zh-TW" }],
  ["a Korean title", { title: "한국은행, 기준금리 동결…물가 안정 흐름 지켜본다", lang: "ko" }],
  ["a Russian title", { title: "Центробанк сохранил ключевую ставку", lang: "ru" }],
  ["emoji in title and summary", { title: "Markets rally 📈 as rate cuts land 🎉", summary: "Stocks jumped 🚀 on the news 🇪🇺." }],
  ["an Arabic title", { title: "البنك المركزي يخفض أسعار الفائدة", lang: "ar", topic: "اقتصاد" }],
  ["a Hebrew title", { title: "בנק ישראל הוריד את הריבית", lang: "he" }],
  ["a Persian title", { title: "بانک مرکزی نرخ بهره را کاهش داد", lang: "fa" }],
  ["a Thai title", { title: "ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายเป็นครั้งแรกในรอบสองปี", lang: "th" }],
  ["a Hindi title", { title: "भारतीय रिज़र्व बैंक ने ब्याज दरों में कटौती की", lang: "hi" }],
  ["a Bengali title", { title: "বাংলাদেশ ব্যাংক নীতি সুদহার কমাল", lang: "bn" }],
  ["a mixed-direction title", { title: "شركة OpenAI تطلق نموذج GPT-5 في 150 دولة", lang: "ar" }],
];

async function newShare(overrides: Partial<Briefing> = {}) {
  return createShare(buildShareRequest({ briefing: buildBriefing(overrides) }));
}

const cardPath = (id: string, version?: string) => `/b/${id}/og.png${version === undefined ? "" : `?v=${encodeURIComponent(version)}`}`;

async function getCard(path: string, init: RequestInit = {}) {
  const response = await SELF.fetch(`${ORIGIN}${path}`, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, info: readPngInfo(bytes), source: response.headers.get("server-timing") };
}

/** Calls the Worker with some bindings replaced, as a failing production dependency would. */
async function fetchWith(bindings: Partial<typeof env>, path: string) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`${ORIGIN}${path}`), { ...env, ...bindings }, ctx);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await waitOnExecutionContext(ctx);
  return { response, bytes, info: readPngInfo(bytes) };
}

async function storedCardKey(id: string, version: string) {
  return kvKeys.ogCard(id, await cardRenderKey(version, BRAND));
}

/** Waits (bounded) for a card's store (after the response that rendered it) to land in KV. */
async function waitForStoredCard(key: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await env.BRIEFINGS.get(key, { type: "arrayBuffer" })) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no stored card under ${key}`);
}

/** Makes sure the share's card is stored (pre-render may have been shed), and returns its KV key. */
async function ensureStored(share: { id: string; version: string }) {
  const key = await storedCardKey(share.id, share.version);
  await getCard(cardPath(share.id, share.version));
  await waitForStoredCard(key);
  return key;
}

async function staticFallbackBytes() {
  const response = await env.ASSETS.fetch(new Request(`https://assets.invalid${FALLBACK_CARD_PATH}`));
  return new Uint8Array(await response.arrayBuffer());
}

describe("GET /b/:id/og.png: the card", () => {
  it.each(CARDS)("is a 1200×630 PNG within WhatsApp's 300 KB for %s", async (_name, overrides) => {
    const share = await newShare(overrides);
    const { response, info } = await getCard(new URL(share.imageUrl).pathname + new URL(share.imageUrl).search);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(info).toMatchObject({ width: 1200, height: 630 });
    expect(info?.bytes).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(Number(response.headers.get("content-length"))).toBe(info?.bytes);
  });

  it("draws right-to-left briefings as their own cards: two RTL titles, two different cards", async () => {
    const arabic = await newShare({ title: "البنك المركزي يخفض أسعار الفائدة", lang: "ar" });
    const hebrew = await newShare({ title: "בנק ישראל הוריד את הריבית", lang: "he" });
    const [a, h] = await Promise.all([getCard(cardPath(arabic.id, arabic.version)), getCard(cardPath(hebrew.id, hebrew.version))]);
    expect(a.info).toMatchObject({ width: 1200, height: 630 });
    expect(a.bytes).not.toEqual(h.bytes);
  });

  it("gives a different card to a different title", async () => {
    const first = await newShare({ title: "First title" });
    const second = await newShare({ title: "Second title" });
    const [a, b] = await Promise.all([getCard(cardPath(first.id, first.version)), getCard(cardPath(second.id, second.version))]);
    expect(a.bytes).not.toEqual(b.bytes);
  });
});

describe("caching and versions", () => {
  it("caches the current version for at most a day (stale hour included), never immutable, readable cross-origin", async () => {
    const share = await newShare();
    const { response } = await getCard(cardPath(share.id, share.version));
    expect(response.headers.get("cache-control")).toBe("public, max-age=82800, stale-while-revalidate=3600");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+\.[\w-]+"$/);
  });

  it.each([
    ["in 60 s (the minimum)", 60],
    ["in an hour", 3_600],
  ])("never lets a cache keep the card of a share expiring %s past its expiry", async (_label, expiresIn) => {
    const share = await createShare(buildShareRequest({ expiresIn }));
    const { response } = await getCard(cardPath(share.id, share.version));
    const header = response.headers.get("cache-control") ?? "";
    expect(header).not.toContain("immutable");
    const maxAge = Number(/max-age=(\d+)/.exec(header)?.[1]);
    const stale = Number(/stale-while-revalidate=(\d+)/.exec(header)?.[1] ?? 0);
    expect(maxAge + stale).toBeGreaterThan(0);
    expect(maxAge + stale).toBeLessThanOrEqual(expiresIn);
  });

  it.each([
    ["no v", undefined],
    ["a stale v", "stale-version"],
    ["an empty v", ""],
    ["a v far longer than any version", "x".repeat(2000)],
    ["a v with odd characters", "../../etc"],
  ])("answers %s with the current card (200, never a redirect) and a short cache life", async (_name, v) => {
    const share = await newShare();
    const current = await getCard(cardPath(share.id, share.version));
    const other = await getCard(cardPath(share.id, v), { redirect: "manual" });
    expect(other.response.status).toBe(200);
    expect(other.response.headers.get("location")).toBeNull();
    expect(other.response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(other.bytes).toEqual(current.bytes);
  });

  it("serves the new card under the new version after an update; the old v gets the new card briefly", async () => {
    const share = await newShare({ title: "Before the update" });
    const before = await getCard(cardPath(share.id, share.version));
    const updated = await api(`/shares/${share.id}`, {
      method: "PUT",
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "After the update" }) })),
    });
    const { version } = (await updated.json()) as { version: string };
    expect(version).not.toBe(share.version);
    const after = await getCard(cardPath(share.id, version));
    const stale = await getCard(cardPath(share.id, share.version));
    expect(after.bytes).not.toEqual(before.bytes);
    expect(after.response.headers.get("cache-control")).toBe("public, max-age=82800, stale-while-revalidate=3600");
    expect(stale.bytes).toEqual(after.bytes);
    expect(stale.response.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("answers If-None-Match with 304 and no body", async () => {
    const share = await newShare();
    const first = await getCard(cardPath(share.id, share.version));
    const etag = first.response.headers.get("etag") ?? "";
    const again = await getCard(cardPath(share.id, share.version), { headers: { "if-none-match": etag } });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it("answers HEAD with the headers and no body", async () => {
    const share = await newShare();
    const head = await getCard(cardPath(share.id, share.version), { method: "HEAD" });
    expect(head.response.status).toBe(200);
    expect(head.response.headers.get("content-type")).toBe("image/png");
    expect(head.response.headers.get("cache-control")).toBe("public, max-age=82800, stale-while-revalidate=3600");
    expect(head.bytes.length).toBe(0);
  });
});

describe("rendered once per version", () => {
  it("serves the stored bytes without rendering again", async () => {
    const share = await newShare();
    const key = await ensureStored(share);
    // Replace the stored render with a different valid PNG: if the route rendered, it would not return it.
    const marker = await staticFallbackBytes();
    await env.BRIEFINGS.put(key, marker);
    const first = await getCard(cardPath(share.id, share.version));
    const second = await getCard(cardPath(share.id, share.version));
    expect(first.bytes).toEqual(marker);
    expect(second.bytes).toEqual(marker);
    expect(second.source).toBe('card;desc="stored"');
  });

  it("answers concurrent requests on a store miss with one and the same card", async () => {
    const share = await newShare({ title: "Many crawlers at once" });
    await env.BRIEFINGS.delete(await ensureStored(share));
    const cards = await Promise.all(Array.from({ length: 4 }, () => getCard(cardPath(share.id, share.version))));
    for (const card of cards) {
      expect(card.response.status).toBe(200);
      expect(card.bytes).toEqual(cards[0]?.bytes);
    }
  });

  it("renders on a store miss, stores it, and reads it from then on", async () => {
    const share = await newShare();
    const key = await ensureStored(share);
    await env.BRIEFINGS.delete(key);
    const first = await getCard(cardPath(share.id, share.version));
    expect(first.source).toBe('card;desc="rendered"');
    await waitForStoredCard(key);
    const second = await getCard(cardPath(share.id, share.version));
    expect(second.source).toBe('card;desc="stored"');
    expect(second.bytes).toEqual(first.bytes);
  });
});

describe("never a broken preview", () => {
  it.each([
    ["an unknown id", "/b/NoSuchShare1/og.png"],
    ["an id of the wrong shape", "/b/a!/og.png"],
    ["an id too long", `/b/${"x".repeat(40)}/og.png`],
  ])("answers %s with 404", async (_name, path) => {
    const { response } = await getCard(path);
    expect(response.status).toBe(404);
  });

  it("gives a revoked share the neutral brand card (200), the same for every revoked share", async () => {
    const [a, b] = await Promise.all([newShare({ title: "Revoked one" }), newShare({ title: "Revoked two" })]);
    for (const id of [a.id, b.id]) expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    const [cardA, cardB] = await Promise.all([getCard(cardPath(a.id, a.version)), getCard(cardPath(b.id, b.version))]);
    expect(cardA.response.status).toBe(200);
    expect(cardA.info).toMatchObject({ width: 1200, height: 630 });
    expect(cardA.response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(cardA.bytes).toEqual(cardB.bytes);
  });

  it("deletes every stored card of a share (all versions) when it is revoked, and only that share's", async () => {
    const share = await newShare({ title: "First version" });
    const firstKey = await ensureStored(share);
    const updated = await api(`/shares/${share.id}`, { method: "PUT", body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "Second" }) })) });
    const { version } = (await updated.json()) as { version: string };
    const secondKey = await ensureStored({ id: share.id, version });
    // Another share whose id starts with this one's must keep its card.
    const neighbour = `${share.id}x`;
    await env.BRIEFINGS.put(kvKeys.ogCard(neighbour, "v.d"), new Uint8Array([1]));

    expect((await api(`/shares/${share.id}`, { method: "DELETE" })).status).toBe(204);
    let left: string[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      left = (await env.BRIEFINGS.list({ prefix: kvKeys.ogCard(share.id, "") })).keys.map((key) => key.name);
      if (left.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(left).toEqual([]);
    expect(await env.BRIEFINGS.get(firstKey)).toBeNull();
    expect(await env.BRIEFINGS.get(secondKey)).toBeNull();
    expect(await env.BRIEFINGS.get(kvKeys.ogCard(neighbour, "v.d"))).not.toBeNull();
  });

  it("deleteStoredCards removes a share's cards and counts them (the erasure calls it too)", async () => {
    const id = "EraseMe123456";
    await Promise.all(["v1.a", "v1.b", "v2.a"].map((key) => env.BRIEFINGS.put(kvKeys.ogCard(id, key), new Uint8Array([1]))));
    expect(await deleteStoredCards(env, id)).toBe(3);
    expect((await env.BRIEFINGS.list({ prefix: kvKeys.ogCard(id, "") })).keys).toEqual([]);
    expect(await deleteStoredCards(env, id)).toBe(0);
  });

  it("gives an expired share the same neutral card as a revoked one", async () => {
    const [expired, revoked] = await Promise.all([newShare({ title: "Expired" }), newShare({ title: "Revoked" })]);
    // Seed what storage holds once a share has expired: its tombstone.
    await env.BRIEFINGS.put(kvKeys.share(expired.id), JSON.stringify({ state: "expired", id: expired.id, at: new Date().toISOString() }));
    expect((await api(`/shares/${revoked.id}`, { method: "DELETE" })).status).toBe(204);
    const [a, b] = await Promise.all([getCard(cardPath(expired.id, expired.version)), getCard(cardPath(revoked.id, revoked.version))]);
    expect(a.response.status).toBe(200);
    expect(a.bytes).toEqual(b.bytes);
  });

  it("answers with the static fallback card, logged, when the fonts cannot be read", async () => {
    const share = await newShare({ title: "Fonts are down" });
    const key = await ensureStored(share);
    await env.BRIEFINGS.delete(key);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const fontsDown = {
      fetch: (input: Request | string) =>
        new URL(typeof input === "string" ? input : input.url).pathname.startsWith("/fonts/")
          ? Promise.reject(new Error("assets are down"))
          : env.ASSETS.fetch(input),
    } as Fetcher;
    const { response, bytes, info } = await fetchWith({ ASSETS: fontsDown }, cardPath(share.id, share.version));
    const logged = errors.mock.calls.map(([line]) => String(line));
    errors.mockRestore();
    expect(response.status).toBe(200);
    expect(info).toMatchObject({ width: 1200, height: 630 });
    expect(bytes).toEqual(await staticFallbackBytes());
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("etag")).toBeNull();
    expect(logged.some((line) => line.includes("og_card_render_failed"))).toBe(true);
    // A failure is never stored: the next request renders again.
    expect(await env.BRIEFINGS.get(key)).toBeNull();
  });

  it("still answers a PNG when no static asset can be read at all", async () => {
    const share = await newShare({ title: "Everything is down" });
    await env.BRIEFINGS.delete(await ensureStored(share));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const allDown = { fetch: () => Promise.reject(new Error("assets are down")) } as unknown as Fetcher;
    const { response, info } = await fetchWith({ ASSETS: allDown }, cardPath(share.id, share.version));
    errors.mockRestore();
    expect(response.status).toBe(200);
    expect(info).toMatchObject({ width: 1200, height: 630 });
  });

  it("answers the fallback card, not a 5xx, when storage is down", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const fail = () => Promise.reject(new Error("KV is down"));
    const kvDown = { get: fail, getWithMetadata: fail, put: fail, delete: fail, list: fail } as unknown as KVNamespace;
    const recordsDown = {
      idFromName: (name: string) => env.SHARE_RECORDS.idFromName(name),
      get: () => new Proxy({}, { get: (_t, property) => (property === "then" ? undefined : fail) }),
    } as unknown as typeof env.SHARE_RECORDS;
    const { response, info } = await fetchWith({ BRIEFINGS: kvDown, SHARE_RECORDS: recordsDown }, "/b/SomeShareId1/og.png");
    errors.mockRestore();
    expect(response.status).toBe(200);
    expect(info).toMatchObject({ width: 1200, height: 630 });
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
  });
});
