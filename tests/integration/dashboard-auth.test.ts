/** The dashboard's door: sign-in, the session cookie, redirects without it, forged and expired cookies, rate limit, CSRF, sign-out, 503 without the secret. */
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { SESSION_LIFETIME_SECONDS, issueSession } from "../../src/dashboard/session";
import { SIGN_IN_FAILURE_RULE } from "../../src/dashboard/sign-in-limit";
import { buildShareRequest } from "../fixtures/briefings";
import { SESSION_COOKIE_NAME, csrfFrom, dashboardRequest, sessionFrom, signIn } from "../fixtures/dashboard";
import { harness } from "../security/harness";

const SECRET = "test-dashboard-session-secret-0123456789";
const h = harness({ DASHBOARD_SESSION_SECRET: SECRET });

/** Every page and form a signed-in operator can reach. */
const PROTECTED = [
  ["GET", "/dashboard"],
  ["GET", "/dashboard?range=7"],
  ["GET", "/dashboard/shares"],
  ["GET", "/dashboard/shares?q=rates&status=live"],
  ["GET", "/dashboard/shares/SomeShare123"],
  ["GET", "/dashboard/export.csv?from=2026-11-01&to=2026-11-30"],
  ["GET", "/dashboard/no-such-page"],
  ["POST", "/dashboard/logout"],
  ["POST", "/dashboard/shares/SomeShare123/revoke"],
] as const;

async function createShareFor(token: string) {
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()), token });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe("without a session", () => {
  it.each(PROTECTED)("%s %s redirects (303) to the sign-in page and shows no data", async (method, path) => {
    const response = await dashboardRequest(h, path, { method, form: method === "POST" ? { csrf: "x" } : undefined });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "https://share.test");
    expect(location.pathname).toBe("/dashboard/login");
    expect(await response.text()).toBe("");
    expect(response.headers.get("cache-control")).toBe("no-store");
    if (method === "GET" && path !== "/dashboard") expect(location.searchParams.get("next")).toBe(path);
  });

  it("serves the sign-in form, uncached and unindexed, with the page's CSP", async () => {
    const response = await dashboardRequest(h, "/dashboard/login");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<form class="signin__form" method="post" action="/dashboard/login">');
    expect(html).toContain('name="token"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-robots-tag")).toMatch(/noindex/);
    expect(response.headers.get("content-security-policy")).toMatch(/style-src 'nonce-/);
    // Tests run with DEMO_SHARE off: the local token is never named outside local development.
    expect(html).not.toContain("local-dev-token");
  });
});

describe("sign-in", () => {
  it("sets a __Host- cookie that is HttpOnly, Secure, SameSite=Strict, Path=/ and expires in 8 hours, then 303s to next", async () => {
    const response = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token, next: "/dashboard/shares?status=live" }, ip: "192.0.2.10" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/shares?status=live");
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE_NAME}=`))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(new RegExp(`; Max-Age=${SESSION_LIFETIME_SECONDS}`));
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)![1]!);
    expect(Math.abs(expires - (Date.now() + SESSION_LIFETIME_SECONDS * 1000))).toBeLessThan(60_000);
  });

  it("opens the overview with that cookie", async () => {
    const session = await signIn(h, h.token);
    const response = await dashboardRequest(h, "/dashboard", { session });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1 class=\"page-title\">Overview</h1>");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("sends someone already signed in from the sign-in page straight on", async () => {
    const session = await signIn(h, h.token);
    const response = await dashboardRequest(h, "/dashboard/login?next=%2Fdashboard%2Fshares", { session });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/shares");
  });

  it.each([
    ["//evil.example/dashboard", "/dashboard"],
    ["https://evil.example/", "/dashboard"],
    ["/dashboard/../admin", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["/b/demo", "/dashboard"],
  ])("never redirects off the dashboard after sign-in (next=%s)", async (next, expected) => {
    const response = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token, next }, ip: "192.0.2.11" });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(new URL(location, "https://share.test").origin).toBe("https://share.test");
    expect(location).toBe(expected);
  });

  it.each([
    ["a wrong token", "not-the-token"],
    ["an empty token", ""],
    ["the token minus one character", "__TOKEN__-"],
    ["the token with a trailing character", "__TOKEN__+x"],
  ])("answers 401 with the form again to %s, and sets no cookie", async (_label, template) => {
    const token = template.replace("__TOKEN__-", h.token.slice(0, -1)).replace("__TOKEN__+x", `${h.token}x`);
    const response = await dashboardRequest(h, "/dashboard/login", { form: { token }, ip: "192.0.2.12" });
    expect(response.status).toBe(401);
    expect(sessionFrom(response)).toBeNull();
    const html = await response.text();
    expect(html).toContain("That token is not one of this deployment");
    expect(html).not.toContain(h.token);
  });

  it("refuses a sign-in posted from another site (403), whatever the token", async () => {
    const response = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token }, origin: "https://evil.example", ip: "192.0.2.13" });
    expect(response.status).toBe(403);
    expect(sessionFrom(response)).toBeNull();
  });

  it("limits failed sign-ins per client: after 10 wrong tokens even the right one is 429, with the real time left; another client is unaffected", async () => {
    const ip = "203.0.113.77";
    for (let attempt = 1; attempt <= SIGN_IN_FAILURE_RULE.limit; attempt++) {
      const response = await dashboardRequest(h, "/dashboard/login", { form: { token: `guess-${attempt}` }, ip });
      expect(response.status).toBe(401);
    }
    const limited = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token }, ip });
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(SIGN_IN_FAILURE_RULE.windowSeconds - 60);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_FAILURE_RULE.windowSeconds);
    expect(sessionFrom(limited)).toBeNull();
    const html = await limited.text();
    expect(html).toContain("Too many failed sign-in attempts from this network.");
    expect(html).toContain(`Try again in ${Math.ceil(wait / 60)} minutes.`);
    const other = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token }, ip: "203.0.113.78" });
    expect(other.status).toBe(303);
  });

  it("never limits a client that signs in with the right token, however often", async () => {
    for (let attempt = 1; attempt <= SIGN_IN_FAILURE_RULE.limit + 5; attempt++) {
      const response = await dashboardRequest(h, "/dashboard/login", { form: { token: h.token }, ip: "203.0.113.79" });
      expect(response.status).toBe(303);
    }
  });

  it("lets attempts through when the limiter itself fails (it protects us, it must not lock everyone out)", async () => {
    const down = { idFromName: () => { throw new Error("down"); }, get: () => { throw new Error("down"); } };
    const broken = harness({ DASHBOARD_SESSION_SECRET: SECRET, REQUEST_WINDOWS: down as unknown as typeof env.REQUEST_WINDOWS });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await dashboardRequest(broken, "/dashboard/login", { form: { token: broken.token } });
    expect(response.status).toBe(303);
    vi.restoreAllMocks();
  });
});

describe("cookies that are not a valid session", () => {
  async function forged(secret: string, token: string, nowMs: number) {
    return (await issueSession(secret, token, nowMs)).cookieValue;
  }

  it.each([
    ["garbage", async () => "not-a-session"],
    ["an empty value", async () => ""],
    ["a session signed with another secret", () => forged("another-secret-another-secret-12345", h.token, Date.now())],
    ["a session for a token that is not accepted", () => forged(SECRET, "removed-token", Date.now())],
    ["an expired session", () => forged(SECRET, h.token, Date.now() - (SESSION_LIFETIME_SECONDS + 5) * 1000)],
    ["a session issued in the future", () => forged(SECRET, h.token, Date.now() + 3_600_000)],
    [
      "a valid session with its payload edited",
      async () => {
        const [body, signature] = (await forged(SECRET, h.token, Date.now())).split(".");
        const payload = JSON.parse(atob(body!.replace(/-/g, "+").replace(/_/g, "/")));
        payload.exp += 86_400 * 30;
        const edited = btoa(JSON.stringify(payload)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        return `${edited}.${signature}`;
      },
    ],
    [
      "a valid session with its signature's last character changed",
      async () => {
        const value = await forged(SECRET, h.token, Date.now());
        return value.slice(0, -1) + (value.endsWith("A") ? "B" : "A");
      },
    ],
  ])("redirects %s to sign in and clears the cookie", async (_label, make) => {
    const response = await dashboardRequest(h, "/dashboard/shares", { session: await make() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/dashboard\/login\?/);
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE_NAME}=;`) && /Max-Age=0/.test(line))).toBe(true);
  });

  it("accepts a session from a rotated-in token and refuses it once that token is removed from API_TOKENS", async () => {
    const rotating = harness({ DASHBOARD_SESSION_SECRET: SECRET, API_TOKENS: "old-token-1234567890, new-token-1234567890" });
    const session = await signIn(rotating, "old-token-1234567890");
    expect((await dashboardRequest(rotating, "/dashboard", { session })).status).toBe(200);
    const rotated = harness({ DASHBOARD_SESSION_SECRET: SECRET, API_TOKENS: "new-token-1234567890" });
    expect((await dashboardRequest(rotated, "/dashboard", { session })).status).toBe(303);
  });
});

describe("sign-out", () => {
  it("ends the session: the cookie is cleared, and the same cookie replayed is refused", async () => {
    const session = await signIn(h, h.token);
    const page = await dashboardRequest(h, "/dashboard", { session });
    const csrf = await csrfFrom(page);
    const response = await dashboardRequest(h, "/dashboard/logout", { session, form: { csrf } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/login?notice=signed-out");
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE_NAME}=;`) && /Max-Age=0/.test(line))).toBe(true);
    const replayed = await dashboardRequest(h, "/dashboard", { session });
    expect(replayed.status).toBe(303);
  });

  it.each([
    ["no CSRF token", {}, undefined],
    ["another session's CSRF token", { csrf: "__OTHER__" }, undefined],
    ["the right token from another origin", { csrf: "__OWN__" }, "https://evil.example"],
    ["the right token with no Origin and no Sec-Fetch-Site", { csrf: "__OWN__" }, null],
  ])("refuses a sign-out with %s (403) and keeps the session", async (_label, form, origin) => {
    const session = await signIn(h, h.token);
    const own = await csrfFrom(await dashboardRequest(h, "/dashboard", { session }));
    const other = await csrfFrom(await dashboardRequest(h, "/dashboard", { session: await signIn(h, h.token) }));
    const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === "__OWN__" ? own : v === "__OTHER__" ? other : v]));
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await dashboardRequest(h, "/dashboard/logout", { session, form: fields, origin });
    vi.restoreAllMocks();
    expect(response.status).toBe(403);
    expect((await dashboardRequest(h, "/dashboard", { session })).status).toBe(200);
  });
});

describe("revoke from the dashboard", () => {
  it("revokes with the session's CSRF token: the page answers 410 afterwards", async () => {
    const id = await createShareFor(h.token);
    const session = await signIn(h, h.token);
    const sharePage = await dashboardRequest(h, `/dashboard/shares/${id}`, { session });
    expect(sharePage.status).toBe(200);
    const csrf = await csrfFrom(sharePage);
    const response = await dashboardRequest(h, `/dashboard/shares/${id}/revoke`, { session, form: { csrf } });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/dashboard/shares/${id}?revoked=1`);
    expect((await h.fetch(`/b/${id}`)).status).toBe(410);
    const after = await (await dashboardRequest(h, `/dashboard/shares/${id}?revoked=1`, { session })).text();
    expect(after).toContain("status--revoked");
    expect(after).toContain("The share is revoked");
  });

  it.each([
    ["without a CSRF token", (csrf: string) => ({ form: { other: csrf } })],
    ["with a wrong CSRF token", (csrf: string) => ({ form: { csrf: `${csrf.slice(0, -1)}x` } })],
    ["from another origin", (csrf: string) => ({ form: { csrf }, origin: "https://evil.example" })],
    ["with Origin: null", (csrf: string) => ({ form: { csrf }, origin: "null" })],
  ])("refuses a revoke %s (403) and the share stays live", async (_label, make) => {
    const id = await createShareFor(h.token);
    const session = await signIn(h, h.token);
    const csrf = await csrfFrom(await dashboardRequest(h, `/dashboard/shares/${id}`, { session }));
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await dashboardRequest(h, `/dashboard/shares/${id}/revoke`, { session, ...make(csrf) });
    vi.restoreAllMocks();
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Nothing was changed");
    expect((await h.fetch(`/b/${id}`)).status).toBe(200);
  });
});

describe("without DASHBOARD_SESSION_SECRET", () => {
  it.each([
    ["not set", undefined],
    ["too short", "short-secret"],
  ])("when it is %s, every dashboard URL answers 503 naming the variable", async (_label, secret) => {
    const bare = harness({ DASHBOARD_SESSION_SECRET: secret });
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [method, path] of [["GET", "/dashboard/login"], ["POST", "/dashboard/login"], ...PROTECTED] as const) {
      const response = await dashboardRequest(bare, path, { method, form: method === "POST" ? { token: bare.token } : undefined });
      expect(response.status, `${method} ${path}`).toBe(503);
      expect(await response.text()).toContain("DASHBOARD_SESSION_SECRET");
      expect(sessionFrom(response)).toBeNull();
    }
    vi.restoreAllMocks();
  });
});
