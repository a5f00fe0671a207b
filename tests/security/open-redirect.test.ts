/**
 * Open redirect: hostile `via` and query parameters, encoded slashes, backslashes, CR/LF, Host and
 * X-Forwarded-Host, against every route and every kind of reader. Every Location, and every link a
 * hand-off page follows by script, is an App Store, Google Play or our own origin URL.
 */
import { describe, expect, it } from "vitest";
import { buildShareRequest } from "../fixtures/briefings";
import { destinations, forbiddenDestination } from "./destinations";
import { ORIGIN, harness } from "./harness";

const READERS = {
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  android: "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  desktop: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  instagramIos:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 357.0.0.25.101 (iPhone15,2; iOS 18_1; en_US; en; scale=3.00; 1179x2556; 654219126)",
  facebookAndroid:
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.55.81;]",
  bot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
} as const;

/** Query strings an attacker appends to a CTA or page link. */
const HOSTILE_QUERIES = [
  "via=banner",
  "via=//evil.example",
  "via=https://evil.example/",
  "via=%2F%2Fevil.example",
  "via=%5C%5Cevil.example",
  "via=/%5Cevil.example",
  "via=javascript:alert(1)",
  "via=banner%0d%0aLocation:%20https://evil.example/",
  "via=banner%0aSet-Cookie:%20pwned=1",
  "via=banner&via=//evil.example",
  "url=https://evil.example/&redirect=https://evil.example/&next=//evil.example&return_to=//evil.example",
  "continue=%2F%2Fevil.example&dest=%5C%5Cevil.example&r=https:evil.example",
  "ct=evil&pt=evil&mt=evil&id=evil.example&referrer=evil",
];

/** Extra headers that a proxy or an attacker may set; none may decide where we send anyone. */
const HOSTILE_HEADERS: Record<string, string>[] = [
  {},
  { host: "evil.example" },
  { "x-forwarded-host": "evil.example" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", "x-forwarded-port": "8080" },
  { forwarded: "host=evil.example;proto=http" },
  { "x-original-url": "//evil.example/", "x-rewrite-url": "//evil.example/" },
  { referer: "https://evil.example/\r\nx: y".replace(/[\r\n]/g, "") },
  { referer: "javascript:alert(1)" },
];

async function liveShareId(h: ReturnType<typeof harness>): Promise<string> {
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) });
  return ((await response.json()) as { id: string }).id;
}

/** Clicks are not under test here: a queue that drops them keeps hundreds of taps cheap. */
const droppedQueue = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue;

describe("every Location and hand-off link stays on an allowed origin", () => {
  const h = harness({ STATS_EVENTS: droppedQueue });

  it.each(Object.entries(READERS))("the CTA, for %s, under every hostile query and header", async (_reader, userAgent) => {
    const id = await liveShareId(h);
    const problems: string[] = [];
    // The request's own URL may name another host too (a spoofed Host reaching the Worker).
    const urls = [`/b/${id}/get`, "/get", "/b/NoSuchShare42/get"].flatMap((path) => [`${ORIGIN}${path}`, `https://evil.example${path}`]);
    // Every hostile query with plain headers, and every hostile header with a hostile query.
    const variants = [
      ...HOSTILE_QUERIES.map((query) => [query, {}] as const),
      ...HOSTILE_HEADERS.map((headers) => ["via=//evil.example&next=//evil.example", headers] as const),
    ];
    for (const url of urls) {
      for (const [query, headers] of variants) {
        const response = await h.fetch(`${url}?${query}`, { headers: { ...headers, "user-agent": userAgent }, redirect: "manual" });
        const where = `${url}?${query} ${JSON.stringify(headers)}`;
        if (response.status >= 500) problems.push(`${where}: ${response.status}`);
        if (response.status >= 300 && response.status < 400 && !response.headers.get("location")) problems.push(`${where}: redirect without Location`);
        if (response.headers.get("set-cookie")) problems.push(`${where}: Set-Cookie ${response.headers.get("set-cookie")}`);
        for (const destination of await destinations(response)) {
          const why = forbiddenDestination(destination);
          if (why) problems.push(`${where}: ${why}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("sends iPhone and Android readers to their store with a 302 (the oracle sees real redirects)", async () => {
    const id = await liveShareId(h);
    for (const [reader, host] of [["iphone", "apps.apple.com"], ["android", "play.google.com"]] as const) {
      const response = await h.fetch(`/b/${id}/get?via=//evil.example`, { headers: { "user-agent": READERS[reader] }, redirect: "manual" });
      expect(response.status).toBe(302);
      expect(new URL(response.headers.get("location")!).hostname).toBe(host);
    }
  });

  it.each([
    "/",
    "/robots.txt",
    "/healthz",
    "/.well-known/apple-app-site-association",
    "/.well-known/assetlinks.json",
    "/b/NoSuchShare42",
    "/b/NoSuchShare42/",
    "/b/NoSuchShare42/og.png",
    "/b/NoSuchShare42/preview",
    "//evil.example",
    "//evil.example/b/NoSuchShare42/get",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/b/%2F%2Fevil.example",
    "/b/%2F%2Fevil.example/get",
    "/b/%5C%5Cevil.example/get",
    "/b/abc%0d%0aLocation:%20https:%2F%2Fevil.example/get",
    "/api/shares/%2F%2Fevil.example",
    "/api/",
    "/b/",
    "/b",
    "/get/",
    "/index.html",
  ])("%s redirects nowhere else, under every hostile header", async (path) => {
    const problems: string[] = [];
    for (const headers of HOSTILE_HEADERS) {
      for (const userAgent of [READERS.iphone, READERS.desktop]) {
        // Concatenated, not resolved: "//evil.example" must reach us as a path, not as a host.
        const response = await h.fetch(`${ORIGIN}${path}`, { headers: { ...headers, "user-agent": userAgent }, redirect: "manual" });
        if (response.status >= 500) problems.push(`${path} ${JSON.stringify(headers)}: ${response.status}`);
        for (const destination of await destinations(response)) {
          const why = forbiddenDestination(destination);
          if (why) problems.push(`${path} ${JSON.stringify(headers)}: ${why}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("a live share's page and preview link only to our origin, the stores and the cited sources", async () => {
    const id = await liveShareId(h);
    const cited = new Set(["thenextweb.com", "www.anthropic.com"]);
    for (const path of [`/b/${id}`, `/b/${id}/preview`, `/b/${id}?via=//evil.example&next=//evil.example`]) {
      for (const headers of HOSTILE_HEADERS) {
        const response = await h.fetch(path, { headers: { ...headers, "user-agent": READERS.android }, redirect: "manual" });
        expect(response.status, path).toBe(200);
        for (const destination of await destinations(response)) {
          if (cited.has(new URL(destination, ORIGIN).hostname)) continue;
          expect(forbiddenDestination(destination), `${path} ${JSON.stringify(headers)}`).toBeNull();
        }
      }
    }
  });

  it("the oracle rejects what an open redirect would produce", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example/", "https://apps.apple.com.evil.example/", "https://user@play.google.com/", "javascript:alert(1)", "intent://x#Intent;package=com.evil;S.browser_fallback_url=https%3A%2F%2Fplay.google.com;end", "intent://x#Intent;package=com.android.vending;S.browser_fallback_url=https%3A%2F%2Fevil.example;end"]) {
      expect(forbiddenDestination(bad), bad).not.toBeNull();
    }
    for (const good of ["/b/abc", "https://share.test/b/abc", "https://apps.apple.com/app/id1?ct=x", "https://play.google.com/store/apps/details?id=a.b"]) {
      expect(forbiddenDestination(good), good).toBeNull();
    }
  });
});
