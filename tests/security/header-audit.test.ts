/**
 * Header audit: one walk over every route (HTML, JSON, image, text, redirects, errors, HEAD, 304)
 * checking the security headers each kind of response must carry.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findAll, parseHtml } from "../fixtures/html";
import { buildShareRequest } from "../fixtures/briefings";
import { harness } from "./harness";

const UA = {
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  /** Facebook's Android WebView: gets the hand-off page with a Play Store intent. */
  facebookAndroid:
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.55.81;]",
  desktop: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};

const failingKv = {
  get: () => Promise.reject(new Error("KV down")),
  getWithMetadata: () => Promise.reject(new Error("KV down")),
  put: () => Promise.reject(new Error("KV down")),
  delete: () => Promise.reject(new Error("KV down")),
  list: () => Promise.reject(new Error("KV down")),
} as unknown as KVNamespace;

const h = harness();
const broken = harness({ BRIEFINGS: failingKv }, h.token);
let live = "";
let revoked = "";
/** Replaced and revoked by the API rows, so the other rows' shares never change under them. */
let mutable = "";
let pageEtag = "";

beforeAll(async () => {
  const create = async () => ((await (await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) })).json()) as { id: string }).id;
  live = await create();
  revoked = await create();
  mutable = await create();
  await h.api(`/shares/${revoked}`, { method: "DELETE" });
  pageEtag = (await h.fetch(`/b/${live}`)).headers.get("etag") ?? "";
  expect(pageEtag).not.toBe("");
});

type Kind = "html" | "json" | "problem" | "image" | "text" | "redirect" | "empty";

/** Every route, each answered once: name, expected status and kind, and how to ask. */
const ROUTES: [string, number, Kind, () => Promise<Response>][] = [
  ["GET / (home)", 200, "html", () => h.fetch("/")],
  ["GET /b/:id (briefing)", 200, "html", () => h.fetch(`/b/${live}`)],
  ["HEAD /b/:id", 200, "empty", () => h.fetch(`/b/${live}`, { method: "HEAD" })],
  ["GET /b/:id revalidated (304)", 304, "empty", () => h.fetch(`/b/${live}`, { headers: { "if-none-match": pageEtag } })],
  ["GET /b/:id unknown (404 page)", 404, "html", () => h.fetch("/b/NoSuchShare42")],
  ["GET /b/:id revoked (410 page)", 410, "html", () => h.fetch(`/b/${revoked}`)],
  ["GET /b/:id storage down (503 page)", 503, "html", () => broken.fetch(`/b/${live}`)],
  ["GET /nowhere (404 page)", 404, "html", () => h.fetch("/nowhere")],
  ["GET /b/:id/preview", 200, "html", () => h.fetch(`/b/${live}/preview`)],
  ["GET /dashboard/login (sign-in page)", 200, "html", () => h.fetch("/dashboard/login")],
  ["GET /dashboard without a session (303 to sign-in)", 303, "redirect", () => h.fetch("/dashboard/shares", { redirect: "manual" })],
  ["GET /b/:id/get desktop (get-the-app page)", 200, "html", () => h.fetch(`/b/${live}/get?via=banner`, { headers: { "user-agent": UA.desktop } })],
  ["GET /b/:id/get in-app browser (hand-off page)", 200, "html", () => h.fetch(`/b/${live}/get?via=banner`, { headers: { "user-agent": UA.facebookAndroid } })],
  ["GET /b/:id/get iPhone (302)", 302, "redirect", () => h.fetch(`/b/${live}/get?via=banner`, { headers: { "user-agent": UA.iphone }, redirect: "manual" })],
  ["GET /get desktop", 200, "html", () => h.fetch("/get?via=home", { headers: { "user-agent": UA.desktop } })],
  ["GET /b/:id/og.png", 200, "image", () => h.fetch(`/b/${live}/og.png`)],
  ["GET /b/:id/og.png revoked (neutral card)", 200, "image", () => h.fetch(`/b/${revoked}/og.png`)],
  ["GET /b/:id/og.png storage down (fallback card)", 200, "image", () => broken.fetch(`/b/${live}/og.png`)],
  ["HEAD /b/:id/og.png", 200, "empty", () => h.fetch(`/b/${live}/og.png`, { method: "HEAD" })],
  ["GET /.well-known/apple-app-site-association", 200, "json", () => h.fetch("/.well-known/apple-app-site-association")],
  ["GET /.well-known/assetlinks.json", 200, "json", () => h.fetch("/.well-known/assetlinks.json")],
  ["GET /robots.txt", 200, "text", () => h.fetch("/robots.txt")],
  ["GET /healthz", 200, "text", () => h.fetch("/healthz")],
  ["GET /api/openapi.json", 200, "json", () => h.api("/openapi.json", { token: null })],
  ["POST /api/shares", 201, "json", () => h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) })],
  ["GET /api/shares/:id", 200, "json", () => h.api(`/shares/${live}`)],
  ["PUT /api/shares/:id", 200, "json", () => h.api(`/shares/${mutable}`, { method: "PUT", body: JSON.stringify(buildShareRequest({ expiresIn: 600 })) })],
  ["GET /api/shares/:id/stats", 200, "json", () => h.api(`/shares/${live}/stats`)],
  ["DELETE /api/shares/:id", 204, "empty", () => h.api(`/shares/${mutable}`, { method: "DELETE" })],
  ["POST /api/shares unauthenticated (401)", 401, "problem", () => h.api("/shares", { method: "POST", body: "{}", token: null })],
  ["POST /api/shares invalid (400)", 400, "problem", () => h.api("/shares", { method: "POST", body: "{}" })],
  ["GET /api/shares/:id unknown (404)", 404, "problem", () => h.api("/shares/NoSuchShare42")],
  ["GET /api/nowhere (404)", 404, "problem", () => h.api("/nowhere")],
  ["GET /api/shares/:id storage down (503)", 503, "problem", () => broken.api(`/shares/${live}`)],
  ["POST /api/shares misconfigured (500)", 500, "problem", () => harness({ PUBLIC_ORIGIN: undefined }).api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) })],
];

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe("every response carries the security headers", () => {
  it.each(ROUTES)("%s", async (_name, status, kind, ask) => {
    const response = await ask();
    expect(response.status).toBe(status);
    const header = (name: string) => response.headers.get(name);

    // Everywhere: HTTPS only, no sniffing, no referrer leak across origins, no framing, no powerful features.
    expect(header("strict-transport-security")).toMatch(/^max-age=(\d{8,}|3153[6-9]\d{3}|31[6-9]\d{5}|3[2-9]\d{6})(;|$)/);
    expect(header("strict-transport-security")).toContain("includeSubDomains");
    expect(header("x-content-type-options")).toBe("nosniff");
    expect(header("referrer-policy")).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/);
    expect(header("x-frame-options")).toBe("DENY");
    expect(header("permissions-policy")).toMatch(/camera=\(\)/);
    expect(header("x-powered-by")).toBeNull();
    expect(header("server")).toBeNull();
    expect(header("set-cookie")).toBeNull();

    // Every response but a 304 carries a CSP (a 304's headers would replace the cached page's nonce).
    if (status !== 304) {
      const csp = directives(header("content-security-policy") ?? "");
      expect(csp.get("default-src")).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      for (const source of [...(csp.get("script-src") ?? []), ...(csp.get("style-src") ?? [])]) {
        expect(source).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:$|^data:$/);
      }
    } else {
      expect(header("content-security-policy")).toBeNull();
    }

    if (response.status >= 200 && response.status < 300 && !["empty", "redirect"].includes(kind)) {
      expect(header("content-type")).not.toBeNull();
    }
    if (kind === "html") {
      expect(header("content-type")).toMatch(/^text\/html; charset=utf-8$/i);
      expect(header("cross-origin-opener-policy")).toBe("same-origin");
      // Every inline script and style runs by the response's own nonce, and no other.
      const nonce = /'nonce-([^']+)'/.exec(header("content-security-policy") ?? "")?.[1];
      expect(nonce).toBeDefined();
      const page = await parseHtml(await response.text());
      for (const element of [...findAll(page, "script"), ...findAll(page, "style")]) {
        if (element.attributes.src === undefined) expect(element.attributes.nonce, element.tag).toBe(nonce);
      }
    }
    if (kind === "json") expect(header("content-type")).toMatch(/^application\/json/);
    if (kind === "problem") {
      expect(header("content-type")).toMatch(/^application\/problem\+json/);
      expect(header("cache-control")).toContain("no-store");
    }
    if (kind === "image") {
      expect(header("content-type")).toBe("image/png");
      // Unfurlers and the preview inspector embed the card from other origins.
      expect(header("cross-origin-resource-policy")).toBe("cross-origin");
    }
    if (kind === "text") expect(header("content-type")).toMatch(/^text\/plain; charset=utf-8$/i);
    if (kind === "redirect") expect(header("cache-control")).toContain("no-store");
  });

  it("authenticated API answers are never stored by a shared cache", async () => {
    for (const [name, , , ask] of ROUTES.filter(([name]) => /^(GET|PUT|POST|DELETE) \/api\/shares/.test(name))) {
      const cacheControl = (await ask()).headers.get("cache-control") ?? "";
      expect(cacheControl, name).toMatch(/no-store|private/);
    }
  });

  it("share pages, cards' pages and the CTA stay out of search indexes", async () => {
    for (const ask of [() => h.fetch(`/b/${live}`), () => h.fetch("/b/NoSuchShare42"), () => h.fetch(`/b/${live}/preview`), () => h.fetch(`/b/${live}/get`, { headers: { "user-agent": UA.desktop } })]) {
      expect((await ask()).headers.get("x-robots-tag")).toContain("noindex");
    }
  });

  it("every response gets its own nonce", async () => {
    const nonces = await Promise.all(
      Array.from({ length: 5 }, async () => /'nonce-([^']+)'/.exec((await h.fetch(`/b/${live}`)).headers.get("content-security-policy") ?? "")?.[1]),
    );
    expect(new Set(nonces).size).toBe(5);
  });
});
