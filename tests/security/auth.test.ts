/** Bearer auth under attack: missing, wrong, near-miss and rotated tokens; no token in a log or an error body. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Bindings } from "../../src/env";
import { buildShareRequest } from "../fixtures/briefings";
import { expectProblem, harness } from "./harness";

const CURRENT = "tok_Current-0123456789abcdefXYZ";
const PREVIOUS = "tok_Previous-9876543210fedcbaQRS";

/** Every console line the Worker writes while a test runs. */
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === "string" ? a : a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a))).join(" "));
    });
  }
});
afterEach(() => vi.restoreAllMocks());

const shareBody = JSON.stringify(buildShareRequest());

describe("rejected credentials", () => {
  const h = harness({ API_TOKENS: `${CURRENT}, ${PREVIOUS}` }, CURRENT);

  it.each([
    ["no Authorization header", null],
    ["an empty header", ""],
    ["the scheme alone", "Bearer"],
    ["the scheme and a space", "Bearer "],
    ["Basic with the token", `Basic ${btoa(`user:${CURRENT}`)}`],
    ["another scheme", `Token ${CURRENT}`],
    ["the token without a scheme", CURRENT],
    ["a wrong token", "Bearer not-a-token"],
    ["the token minus its last character", `Bearer ${CURRENT.slice(0, -1)}`],
    ["the token plus one character", `Bearer ${CURRENT}Z`],
    ["the token with one character changed", `Bearer ${CURRENT.slice(0, -1)}z`],
    ["the token upper-cased", `Bearer ${CURRENT.toUpperCase()}`],
    ["the token with a Cyrillic look-alike", `Bearer ${CURRENT.replace("o", "\u043e")}`],
    ["both tokens joined by a comma", `Bearer ${CURRENT},${PREVIOUS}`],
    ["the token quoted", `Bearer "${CURRENT}"`],
    ["the token twice", `Bearer ${CURRENT} ${CURRENT}`],
    ["a prefix shared by both tokens", "Bearer tok_"],
  ])("answers 401 problem+json to %s, without echoing the credential", async (_name, authorization) => {
    const headers = new Headers({ "content-type": "application/json" });
    if (authorization !== null) {
      try {
        headers.set("authorization", authorization);
      } catch {
        return; // A header value fetch itself refuses (a non-Latin-1 character) never reaches the Worker.
      }
    }
    const response = await h.api("/shares", { method: "POST", body: shareBody, headers, token: null });
    const problem = await expectProblem(response, 401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const text = JSON.stringify(problem) + [...response.headers].join("\n");
    expect(text).not.toContain(CURRENT);
    expect(text).not.toContain(CURRENT.slice(0, -1));
    expect(text).not.toContain(PREVIOUS);
  });

  it("refuses every protected route and method without a token", async () => {
    const routes: [string, string][] = [
      ["POST", "/shares"],
      ["GET", "/shares/abcdefghij"],
      ["PUT", "/shares/abcdefghij"],
      ["DELETE", "/shares/abcdefghij"],
      ["GET", "/shares/abcdefghij/stats"],
    ];
    for (const [method, path] of routes) {
      const body = method === "POST" || method === "PUT" ? shareBody : undefined;
      const response = await h.api(path, { method, body, token: null });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });
});

describe("rotation", () => {
  it.each([
    ["the current token", CURRENT],
    ["the previous token", PREVIOUS],
  ])("accepts %s while both are configured", async (_name, token) => {
    const h = harness({ API_TOKENS: ` ${CURRENT} ,, ${PREVIOUS} ` }, token);
    expect((await h.api("/shares", { method: "POST", body: shareBody })).status).toBe(201);
  });

  it("refuses the previous token once rotation drops it, and keeps accepting the new one", async () => {
    const before = harness({ API_TOKENS: `${CURRENT},${PREVIOUS}` }, PREVIOUS);
    const { id } = (await (await before.api("/shares", { method: "POST", body: shareBody })).json()) as { id: string };

    const after = harness({ API_TOKENS: CURRENT }, PREVIOUS);
    await expectProblem(await after.api(`/shares/${id}`), 401);
    const current = harness({ API_TOKENS: CURRENT }, CURRENT);
    expect((await current.api(`/shares/${id}`)).status).toBe(200);
  });

  it.each([
    ["unset", undefined],
    ["empty", ""],
    ["only separators and spaces", " , ,, "],
  ])("answers 500 naming API_TOKENS when it is %s, and accepts no token at all", async (_name, value) => {
    const h = harness({ API_TOKENS: value }, "local-dev-token");
    const problem = await expectProblem(await h.api("/shares", { method: "POST", body: shareBody }), 500);
    expect(problem.detail).toContain("API_TOKENS");
    expect(JSON.stringify(problem)).not.toContain("local-dev-token");
  });
});

describe("tokens never leave the Worker", () => {
  it("logs no token, and sends none in a body, while requests fail in every way", async () => {
    const limiterKeys: string[] = [];
    const failingKv = {
      get: () => Promise.reject(new Error("KV exploded")),
      put: () => Promise.reject(new Error("KV exploded")),
      delete: () => Promise.reject(new Error("KV exploded")),
    } as unknown as KVNamespace;
    const down = () => Promise.reject(new Error("rate limiter down"));
    const brokenLimiter = {
      idFromName: (name: string) => (limiterKeys.push(name), name),
      get: () => ({ count: down, peek: down }),
    } as unknown as Bindings["REQUEST_WINDOWS"];
    const ok = harness({ API_TOKENS: `${CURRENT},${PREVIOUS}`, REQUEST_WINDOWS: brokenLimiter }, CURRENT);
    const broken = harness({ API_TOKENS: `${CURRENT},${PREVIOUS}`, REQUEST_WINDOWS: brokenLimiter, BRIEFINGS: failingKv }, CURRENT);
    const responses = [
      await ok.api("/shares", { method: "POST", body: shareBody }),
      await ok.api("/shares", { method: "POST", body: "{not json" }),
      await ok.api("/shares", { method: "POST", body: JSON.stringify({ briefing: { title: CURRENT } }) }),
      await ok.api("/shares/abcdefghij", { token: `${CURRENT}x` }),
      await broken.api("/shares/abcdefghij"),
      await broken.api("/shares", { method: "POST", body: shareBody }),
    ];
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual([201, 400, 400, 401, 503, 201]);

    // The failures above must have been logged (so this test looks at real log lines) ...
    expect(logged.some((line) => line.includes("rate_limiter_failed"))).toBe(true);
    expect(logged.some((line) => line.includes("request_failed"))).toBe(true);
    // ... and neither a token nor the rate limiter's key is the token.
    for (const secret of [CURRENT, PREVIOUS]) {
      for (const line of logged) expect(line).not.toContain(secret);
      for (const key of limiterKeys) expect(key).not.toContain(secret);
    }
    // A validation error may quote field paths, never field values: the token sent as a title stays out.
    for (const body of bodies.slice(1)) expect(body).not.toContain(CURRENT);
    expect(limiterKeys.length).toBeGreaterThan(0);
  });
});
