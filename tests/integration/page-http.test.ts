import { SELF, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { ShareRecord } from "../../src/domain/share";
import type { Bindings } from "../../src/env";
import { kvKeys } from "../../src/storage/kv-keys";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { findAll, parseHtml } from "../fixtures/html";

/** Calls the Worker with some bindings replaced: a failing store, a missing variable. */
async function fetchWith(overrides: Partial<Bindings>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

function cspDirectives(response: Response): Map<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("ETag, 304 and caching", () => {
  it("answers a matching If-None-Match with 304 and no body", async () => {
    const { id } = await createShare(buildShareRequest());
    const first = await SELF.fetch(`${ORIGIN}/b/${id}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");

    for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "if-none-match": header } });
      expect(again.status, header).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      // A 304's headers replace the cached ones: a new nonce would break the cached page's stylesheet.
      expect(again.headers.get("content-security-policy")).toBeNull();
    }
  });

  it("keeps the ETag for the same content and changes it with the version", async () => {
    const created = await createShare(buildShareRequest());
    const etag = (await SELF.fetch(`${ORIGIN}/b/${created.id}`)).headers.get("etag");
    expect((await SELF.fetch(`${ORIGIN}/b/${created.id}`)).headers.get("etag")).toBe(etag);
    expect(etag).toContain(created.version);

    const put = await api(`/shares/${created.id}`, {
      method: "PUT",
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ summary: "Changed." }) })),
    });
    expect(put.status).toBe(200);
    const after = await SELF.fetch(`${ORIGIN}/b/${created.id}`, { headers: { "if-none-match": etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("answers a stale ETag with the revoked page once the share is deleted", async () => {
    const { id } = await createShare(buildShareRequest());
    const etag = (await SELF.fetch(`${ORIGIN}/b/${id}`)).headers.get("etag")!;
    expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    const after = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(410);
  });
});

describe("HEAD", () => {
  it.each([
    ["the briefing page", "live", 200],
    ["an unknown share", "unknown", 404],
    ["the home page", "home", 200],
  ] as const)("answers HEAD on %s with GET's headers and no body", async (_name, kind, status) => {
    const path = kind === "live" ? `/b/${(await createShare(buildShareRequest())).id}` : kind === "unknown" ? "/b/nope-not-here" : "/";
    const get = await SELF.fetch(`${ORIGIN}${path}`);
    const head = await SELF.fetch(`${ORIGIN}${path}`, { method: "HEAD" });
    expect(head.status).toBe(status);
    expect(await head.text()).toBe("");
    for (const name of ["content-type", "etag", "cache-control", "x-robots-tag", "strict-transport-security"]) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect(head.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });
});

describe("security headers", () => {
  it.each(["/", "/robots.txt", "/healthz", "/b/unknown-id", "/api/shares/unknown-id", "/no/such/route"])(
    "sets HSTS, nosniff, Referrer-Policy, Permissions-Policy and a CSP on %s",
    async (path) => {
      const response = await SELF.fetch(`${ORIGIN}${path}`);
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      const csp = cspDirectives(response);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'none'"]);
    },
  );

  it("allows the page's inline style and JSON-LD by a fresh nonce, and no inline script otherwise", async () => {
    const { id } = await createShare(buildShareRequest());
    const [a, b] = [await SELF.fetch(`${ORIGIN}/b/${id}`), await SELF.fetch(`${ORIGIN}/b/${id}`)];
    const csp = cspDirectives(a);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc.join(" ")).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp.get("style-src")?.join(" ")).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc.join(" "))?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp.get("style-src")).toEqual([`'nonce-${nonce}'`]);

    const page = await parseHtml(await a.text());
    const inline = page.elements.filter((e) => e.tag === "style" || e.tag === "script");
    expect(inline.length).toBeGreaterThanOrEqual(2);
    for (const element of inline) expect(element.attributes.nonce).toBe(nonce);
    expect(page.elements.filter((e) => "style" in e.attributes || Object.keys(e.attributes).some((k) => k.startsWith("on")))).toEqual([]);
    expect(cspDirectives(b).get("style-src")).not.toEqual(csp.get("style-src"));
  });
});

describe("error pages", () => {
  it.each([
    ["an unknown id", "/b/NoSuchShare123"],
    ["an id too short to be one", "/b/abc"],
    ["an id with characters ids never have", "/b/abc%24def"],
    ["an id that is too long", `/b/${"a".repeat(33)}`],
  ])("answers %s with the branded, noindex 404 page that still offers the app", async (_name, path) => {
    const response = await SELF.fetch(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    const page = await parseHtml(await response.text());
    expect(page.meta.get("robots")).toBe("noindex");
    expect(findAll(page, "h1")[0]?.text).toBe("This briefing doesn't exist");
    expect(findAll(page, "a").map((a) => a.attributes.href)).toContain("/get?via=error");
    expect(page.bodyText).toContain("Download on the App Store");
  });

  it.each([
    ["revoked", async (id: string) => expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204)],
  ])("answers a %s share with the branded 410 page linking to the share's CTA", async (_name, revoke) => {
    const { id } = await createShare(buildShareRequest());
    await revoke(id);
    const response = await SELF.fetch(`${ORIGIN}/b/${id}`);
    expect(response.status).toBe(410);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    const page = await parseHtml(await response.text());
    expect(page.meta.get("robots")).toBe("noindex");
    expect(findAll(page, "h1")[0]?.text).toBe("This briefing is no longer shared");
    expect(findAll(page, "a").map((a) => a.attributes.href)).toContain(`${ORIGIN}/b/${id}/get?via=error`);
    expect(page.meta.get("og:title")).toBeUndefined();
  });

  it("serves a repeated 410 from one rendering, with each response's own nonce and the reader's language", async () => {
    const { id } = await createShare(buildShareRequest());
    expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    const fetchGone = (language: string) => SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "accept-language": language } });
    const [first, second, french] = [await fetchGone("en"), await fetchGone("en"), await fetchGone("fr")];
    const bodies = [await first.text(), await second.text(), await french.text()] as const;
    for (const [response, body] of [[first, bodies[0]], [second, bodies[1]], [french, bodies[2]]] as const) {
      expect(response.status).toBe(410);
      expect(response.headers.get("vary")).toContain("Accept-Language");
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      const page = await parseHtml(body);
      const inline = page.elements.filter((e) => e.tag === "style" || e.tag === "script");
      expect(inline.length).toBeGreaterThanOrEqual(1);
      for (const element of inline) expect(element.attributes.nonce).toBe(nonce);
    }
    const withoutNonce = (body: string) => body.replace(/nonce="[^"]*"/g, "");
    expect(withoutNonce(bodies[1])).toBe(withoutNonce(bodies[0]));
    expect(bodies[1]).not.toBe(bodies[0]);
    expect(findAll(await parseHtml(bodies[2]), "h1")[0]?.text).not.toBe("This briefing is no longer shared");
  });

  it("answers an expired share with the 410 page", async () => {
    // The share's Durable Object writes this tombstone when its expiry alarm fires.
    const id = `expired${crypto.randomUUID().slice(0, 8)}`;
    const tombstone: ShareRecord = { state: "expired", id, at: new Date().toISOString() };
    await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify(tombstone));
    const response = await SELF.fetch(`${ORIGIN}/b/${id}`);
    expect(response.status).toBe(410);
    const page = await parseHtml(await response.text());
    expect(findAll(page, "h1")[0]?.text).toBe("This briefing is no longer shared");
  });

  it("answers a storage failure with the branded 503 page, Retry-After and no stack trace", async () => {
    const failingKv = {
      get: async () => {
        throw new Error("KV exploded at line 42");
      },
    } as unknown as KVNamespace;
    const response = await fetchWith({ BRIEFINGS: failingKv }, "/b/SomeShareId1");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).not.toContain("KV exploded");
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    const page = await parseHtml(html);
    expect(findAll(page, "h1")[0]?.text).toBe("We couldn't load this briefing");
    expect(page.meta.get("robots")).toBe("noindex");
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(findAll(page, "style")[0]?.attributes.nonce).toBe(nonce);
  });
});

describe("configuration problems degrade one feature, never the page", () => {
  it.each([
    ["IOS_APP_ID missing", { IOS_APP_ID: undefined }],
    ["IOS_APP_ID malformed", { IOS_APP_ID: "not-a-number" }],
  ])("drops only the Smart App Banner when %s", async (_name, overrides) => {
    const { id } = await createShare(buildShareRequest());
    const response = await fetchWith(overrides, `/b/${id}`);
    expect(response.status).toBe(200);
    const page = await parseHtml(await response.text());
    expect(page.meta.has("apple-itunes-app")).toBe(false);
    expect(page.meta.get("og:image")).toContain(`/b/${id}/og.png?v=`);
  });

  it("keeps the banner without campaign data when APPLE_PROVIDER_TOKEN is missing", async () => {
    const { id } = await createShare(buildShareRequest());
    const page = await parseHtml(await (await fetchWith({ APPLE_PROVIDER_TOKEN: undefined }, `/b/${id}`)).text());
    expect(page.meta.get("apple-itunes-app")).toBe(`app-id=6450000000, app-argument=${ORIGIN}/b/${id}`);
  });

  it("renders with relative links and no absolute-URL tags when PUBLIC_ORIGIN is missing", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await fetchWith({ PUBLIC_ORIGIN: undefined }, `/b/${id}`);
    expect(response.status).toBe(200);
    const page = await parseHtml(await response.text());
    expect(page.meta.has("og:url")).toBe(false);
    expect(page.meta.has("og:image")).toBe(false);
    expect(page.meta.get("og:title")).toBe("AI model pulled");
    expect(findAll(page, "a").map((a) => a.attributes.href)).toContain(`/b/${id}/get?via=footer`);
  });
});
