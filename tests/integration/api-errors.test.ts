import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { limitKey } from "../../src/http/limit-key";
import worker from "../../src/index";
import { TOKEN_RATE_RULE } from "../../src/http/api-guard";
import { ORIGIN, TOKEN, api, postJson } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as Problem;
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(problem.status).toBe(response.status);
  return problem;
}

describe("request body errors", () => {
  it("answers 400 for malformed JSON", async () => {
    const response = await api("/shares", { method: "POST", body: '{"briefing": ' });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).title).toBe("Malformed JSON");
  });

  it("answers 415 for a non-JSON content type", async () => {
    const response = await api("/shares", {
      method: "POST",
      body: JSON.stringify(buildShareRequest()),
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  it("accepts application/json with a charset parameter", async () => {
    const response = await api("/shares", {
      method: "POST",
      body: JSON.stringify(buildShareRequest()),
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(response.status).toBe(201);
  });

  it.each(["application/json; charset=UTF-8", 'application/json; charset="utf-8"', "application/json;charset=utf-8; foo=bar"])(
    "accepts the UTF-8 charset however it is written: %s",
    async (contentType) => {
      const response = await api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()), headers: { "content-type": contentType } });
      expect(response.status).toBe(201);
    },
  );

  it.each([
    "application/json; charset=latin1",
    "application/json; charset=ISO-8859-1",
    "application/json; charset=utf-16",
    'application/json; charset="windows-1252"',
    "application/json; charset=",
  ])("answers 415 naming the charset for %s", async (contentType) => {
    for (const method of ["POST", "PUT"]) {
      const path = method === "POST" ? "/shares" : "/shares/abcdefghij";
      const response = await api(path, { method, body: JSON.stringify(buildShareRequest()), headers: { "content-type": contentType } });
      expect(response.status, method).toBe(415);
      expect((await problemOf(response)).detail).toMatch(/UTF-8/);
    }
  });

  it.each([
    ["a top-level key", '{"briefing":BRIEFING,"expiresIn":60,"expiresIn":3600}', "expiresIn"],
    ["a nested key", '{"briefing":{"title":"a","title":"b"}}', "briefing.title"],
    ["a key in an array item", '{"briefing":{"sections":[{"paragraphs":[]},{"heading":"x","heading":"y"}]}}', "briefing.sections[1].heading"],
    ["a key written with an escape", '{"briefing":BRIEFING,"sharer":{"name":"a","n\\u0061me":"b"}}', "sharer.name"],
  ])("answers 400 naming the key for a duplicate %s", async (_name, template, path) => {
    const body = template.replace("BRIEFING", JSON.stringify(buildShareRequest().briefing));
    const response = await api("/shares", { method: "POST", body });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors).toEqual([{ path, message: "appears more than once in its object" }]);
    expect(problem.detail).toContain(path);
  });

  it("answers 413 over 64 KiB, from Content-Length, before parsing", async () => {
    const body = JSON.stringify(buildShareRequest()) + " ".repeat(64 * 1024);
    const response = await api("/shares", { method: "POST", body });
    expect(response.status).toBe(413);
    await problemOf(response);
  });

  it("answers 413 for a streamed body with no Content-Length", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await api("/shares", { method: "POST", body: stream, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
  });

  it.each([
    ["a missing title", { ...buildBriefing(), title: undefined }, "briefing.title"],
    ["an empty title", buildBriefing({ title: "" }), "briefing.title"],
    ["a blank summary", buildBriefing({ summary: "   " }), "briefing.summary"],
    ["a 201-character title", buildBriefing({ title: "x".repeat(201) }), "briefing.title"],
    ["no sections", buildBriefing({ sections: [] }), "briefing.sections"],
    ["an http citation", buildBriefing({ summaryCitations: [{ label: "x", url: "http://example.com" }] }), "briefing.summaryCitations[0].url"],
    [
      "a javascript: citation",
      buildBriefing({ sections: [{ paragraphs: [{ text: "t", citations: [{ label: "x", url: "javascript:alert(1)" }] }] }] }),
      "briefing.sections[0].paragraphs[0].citations[0].url",
    ],
    ["a bad date", buildBriefing({ publishedAt: "yesterday" }), "briefing.publishedAt"],
    ["a bad language tag", buildBriefing({ lang: "english please" }), "briefing.lang"],
  ])("answers 400 naming the field for %s", async (_name, briefing, path) => {
    const response = await postJson("/shares", { briefing });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it.each([
    ["at the top level", { ...buildShareRequest(), extra: 1 }, "extra"],
    ["in the briefing", { briefing: { ...buildBriefing(), html: "<b>" } }, "briefing.html"],
    ["in a citation", { briefing: buildBriefing({ summaryCitations: [{ label: "a", url: "https://a.example", rel: "x" } as never] }) }, "briefing.summaryCitations[0].rel"],
    ["in the sharer", { ...buildShareRequest(), sharer: { name: "Ada", email: "a@b.c" } }, "sharer.email"],
  ])("rejects an unknown field %s instead of dropping it", async (_name, body, path) => {
    const response = await postJson("/shares", body);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toContainEqual({ path, message: "is not a known field" });
  });

  it.each([59, 31_536_001, 1.5, "3600"])("answers 400 for expiresIn %s", async (expiresIn) => {
    const response = await postJson("/shares", { ...buildShareRequest(), expiresIn });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors?.[0]?.path).toBe("expiresIn");
  });

  it("validates PUT bodies with the same schema", async () => {
    const response = await api("/shares/abcdefghijkl", { method: "PUT", body: JSON.stringify({ briefing: {} }) });
    expect(response.status).toBe(400);
  });
});

describe("routing errors", () => {
  it("answers 404 problem+json for an unknown API route", async () => {
    const response = await api("/nope");
    expect(response.status).toBe(404);
    await problemOf(response);
  });
});

describe("rate limiting", () => {
  /** The Worker's env, with the name of every REQUEST_WINDOWS object it asks for recorded. */
  function recordingWindowNames() {
    const names: string[] = [];
    const recording = {
      ...env,
      REQUEST_WINDOWS: {
        idFromName: (name: string) => (names.push(name), env.REQUEST_WINDOWS.idFromName(name)),
        get: (id: DurableObjectId) => env.REQUEST_WINDOWS.get(id),
      },
    } as unknown as typeof env;
    return { names, recording };
  }

  /** Fills a token's window in its Durable Object, as `limit` earlier requests would have. */
  async function exhaust(token: string) {
    const key = await limitKey("api-token", token);
    const stub = env.REQUEST_WINDOWS.get(env.REQUEST_WINDOWS.idFromName(key));
    for (let i = 0; i < TOKEN_RATE_RULE.limit; i++) await stub.count(TOKEN_RATE_RULE);
  }

  it("answers 429 once a token is over its limit, with Retry-After the real time to its window's end", async () => {
    // Tokens of this test only, so no other test's requests share their window.
    const token = `limited-${crypto.randomUUID()}`;
    const other = `unlimited-${crypto.randomUUID()}`;
    const withTokens = { ...env, API_TOKENS: `${token},${other}` };
    const call = async (presented: string) => {
      const ctx = createExecutionContext();
      const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { authorization: `Bearer ${presented}` } });
      const response = await worker.fetch(request, withTokens, ctx);
      await waitOnExecutionContext(ctx);
      return response;
    };
    await exhaust(token);
    const first = await call(token);
    expect(first.status).toBe(429);
    await problemOf(first);
    const firstWait = Number(first.headers.get("retry-after"));
    expect(firstWait).toBeGreaterThanOrEqual(1);
    expect(firstWait).toBeLessThanOrEqual(TOKEN_RATE_RULE.windowSeconds);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await call(token);
    expect(second.status).toBe(429);
    // A constant would not move; the real time left has.
    expect(Number(second.headers.get("retry-after"))).toBeLessThan(firstWait);
    // Another token has its own window.
    expect((await call(other)).status).toBe(404);
  });

  it("keys the limit by a hash of the token, never the token itself", async () => {
    const { names, recording } = recordingWindowNames();
    const ctx = createExecutionContext();
    const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await worker.fetch(request, recording, ctx);
    await waitOnExecutionContext(ctx);
    expect(names.filter((name) => name.startsWith("api-token:"))).toHaveLength(1);
    for (const name of names) expect(name).not.toContain(TOKEN);
  });

  it("does not count unauthenticated requests against a token (they are refused first)", async () => {
    const { names, recording } = recordingWindowNames();
    const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { "cf-connecting-ip": "198.51.100.77" } });
    const response = await worker.fetch(request, recording, createExecutionContext());
    expect(response.status).toBe(401);
    expect(names.some((name) => name.startsWith("api-token:"))).toBe(false);
  });
});

describe("configuration errors", () => {
  it("answers 500 problem naming API_TOKENS when no token is configured", async () => {
    const unconfigured = { ...env, API_TOKENS: "" };
    const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { authorization: "Bearer anything" } });
    const response = await worker.fetch(request, unconfigured, createExecutionContext());
    expect(response.status).toBe(500);
    expect((await problemOf(response)).detail).toContain("API_TOKENS");
  });

  it("answers 500 problem naming PUBLIC_ORIGIN when it is malformed", async () => {
    const misconfigured = { ...env, PUBLIC_ORIGIN: "share.example.app/path" };
    const request = new Request(`${ORIGIN}/api/shares`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(buildShareRequest()),
    });
    const response = await worker.fetch(request, misconfigured, createExecutionContext());
    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem.detail).toContain("PUBLIC_ORIGIN");
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/);
  });
});
