import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
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
  it("answers 429 with Retry-After when the token is over its limit", async () => {
    const limited = { ...env, API_RATE_LIMITER: { limit: async () => ({ success: false }) } };
    const ctx = createExecutionContext();
    const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const response = await worker.fetch(request, limited, ctx);
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    await problemOf(response);
  });

  it("keys the limit by a hash of the token, never the token itself", async () => {
    const keys: string[] = [];
    const recording = { ...env, API_RATE_LIMITER: { limit: async ({ key }: { key: string }) => (keys.push(key), { success: true }) } };
    const ctx = createExecutionContext();
    const request = new Request(`${ORIGIN}/api/shares/abcdefghij`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await worker.fetch(request, recording, ctx);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(TOKEN);
  });

  it("does not rate-limit unauthenticated requests into the limiter (they are refused first)", async () => {
    let calls = 0;
    const counting = { ...env, API_RATE_LIMITER: { limit: async () => (calls++, { success: true }) } };
    const response = await worker.fetch(new Request(`${ORIGIN}/api/shares/abcdefghij`), counting, createExecutionContext());
    expect(response.status).toBe(401);
    expect(calls).toBe(0);
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
