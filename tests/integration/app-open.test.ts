import { createExecutionContext, env, getQueueResult, runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { AppShareSchema } from "../../src/domain/app-open";
import type { ShareStats } from "../../src/domain/share-stats";
import worker from "../../src/index";
import { QUEUES } from "../../src/stats/queue-names";
import { readShareStats } from "../../src/stats/read-share-stats";
import { statsCounter } from "../../src/stats/record-event";
import type { StatsEvent } from "../../src/stats/stats-event";
import { kvKeys } from "../../src/storage/kv-keys";
import type { ShareRecord } from "../../src/domain/share";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { batchOf, recordingQueue } from "../fixtures/stats";
import { expectProblem, harness } from "../security/harness";

const h = harness();

async function newShare(overrides: Parameters<typeof buildShareRequest>[0] = {}) {
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest(overrides)) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; url: string };
}

/** A fresh client address per call site, so the per-client limit of one test never touches another's. */
const freshIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function reportOpen(id: string, body: unknown, init: { ip?: string; headers?: Record<string, string>; raw?: BodyInit; via?: typeof h } = {}) {
  const headers = new Headers({ "content-type": "application/json", "cf-connecting-ip": init.ip ?? freshIp(), ...init.headers });
  return (init.via ?? h).fetch(`/b/${id}/opens`, { method: "POST", headers, body: init.raw ?? JSON.stringify(body) });
}

const report = (overrides: Record<string, unknown> = {}) => ({ installId: crypto.randomUUID(), platform: "ios", source: "clipboard", ...overrides });

async function deliver(messages: readonly unknown[]) {
  const batch = batchOf(QUEUES.stats, messages);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

/** The share's counters straight from its counter object (the queue is bypassed by the tests that deliver by hand). */
const stats = (id: string): Promise<ShareStats> => readShareStats(env, id);

describe("GET /b/:id/app.json", () => {
  it("answers a live share with what the app needs, public for a minute, and nothing private", async () => {
    const briefing = buildBriefing({ title: "AI model pulled", lang: "fr" });
    const { id, url } = await newShare({ briefing, sharer: { name: "Ada Lovelace", ref: "user-secret-ref-42" } });
    const response = await h.fetch(`/b/${id}/app.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    const text = await response.text();
    const body = JSON.parse(text) as unknown;
    expect(AppShareSchema.parse(body)).toEqual(body);
    expect(body).toEqual({ id, url, deepLink: null, lang: "fr", title: "AI model pulled", briefing });
    expect(text).not.toContain("user-secret-ref-42");
    expect(text).not.toContain("Ada Lovelace");
  });

  it("returns the deepLink stored with the share, and the one a PUT set, never one from the request", async () => {
    const { id } = await newShare({ deepLink: "/briefings/8f2c" });
    const first = (await (await h.fetch(`/b/${id}/app.json?deepLink=/evil`)).json()) as { deepLink: string | null };
    expect(first.deepLink).toBe("/briefings/8f2c");
    const put = await h.api(`/shares/${id}`, { method: "PUT", body: JSON.stringify({ briefing: buildBriefing(), deepLink: "scout://briefings/9a1d" }) });
    expect(put.status).toBe(200);
    const second = (await (await h.fetch(`/b/${id}/app.json`)).json()) as { deepLink: string | null };
    expect(second.deepLink).toBe("scout://briefings/9a1d");
  });

  it("gives lang en to a briefing without one, and answers HEAD with the same headers and no body", async () => {
    const briefing = buildBriefing();
    delete (briefing as { lang?: string }).lang;
    const { id } = await newShare({ briefing });
    expect(((await (await h.fetch(`/b/${id}/app.json`)).json()) as { lang: string }).lang).toBe("en");
    const head = await h.fetch(`/b/${id}/app.json`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await head.text()).toBe("");
  });

  it("answers a revoked share with a 410 problem", async () => {
    const { id } = await newShare();
    expect((await h.api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    const problem = await expectProblem(await h.fetch(`/b/${id}/app.json`), 410);
    expect(problem.detail).toContain("revoked");
  });

  it("answers an expired share with a 410 problem, even while KV still holds its live copy", async () => {
    // A share that lives an hour, whose KV copy is then made to say it expired a second ago.
    const { id } = await newShare({ expiresIn: 3600 });
    const record = (await env.BRIEFINGS.get<ShareRecord>(kvKeys.share(id), "json"))!;
    if (record.state === "live") record.share.expiresAt = new Date(Date.now() - 1000).toISOString();
    await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify(record));
    const problem = await expectProblem(await h.fetch(`/b/${id}/app.json`), 410);
    expect(problem.detail).toContain("expired");
  });

  it.each([
    ["an unknown id", "/b/NoSuchShare7/app.json"],
    ["a malformed id", "/b/a/app.json"],
  ])("answers %s with a 404 problem", async (_label, path) => {
    await expectProblem(await h.fetch(path), 404);
  });

  it("answers a storage failure with a 503 problem, not the HTML error page", async () => {
    const failing = { get: () => Promise.reject(new Error("KV is down")) } as unknown as KVNamespace;
    const broken = harness({ BRIEFINGS: failing, SHARE_RECORDS: { idFromName: () => { throw new Error("DO is down"); } } as never });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await broken.fetch("/b/SomeShareId9/app.json");
    vi.restoreAllMocks();
    await expectProblem(response, 503);
  });

  it.each(["POST", "PUT", "DELETE", "OPTIONS"])("refuses %s with 405 and Allow", async (method) => {
    const response = await h.fetch("/b/SomeShareId9/app.json", { method, headers: { origin: "https://evil.example" } });
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("POST /b/:id/opens: counted once per (share, installId)", () => {
  it("counts 50 concurrent duplicates of one installId once, through the real queue", async () => {
    const { id } = await newShare();
    const one = report({ platform: "ios", source: "clipboard" });
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 50 }, () => reportOpen(id, one, { ip })));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(202));
    // A second install, sent last: once it is counted, the 50 before it have been applied too.
    expect((await reportOpen(id, report({ platform: "android", source: "referrer" }), { ip })).status).toBe(202);
    const counted = await vi.waitFor(
      async () => {
        const s = await stats(id);
        expect(s.appOpens.android).toBe(1);
        return s;
      },
      { timeout: 20_000, interval: 250 },
    );
    expect(counted.appOpens).toEqual({ ios: 1, android: 1 });
    expect(counted.appOpensBySource).toEqual({ referrer: 1, clipboard: 1, "universal-link": 0, "smart-banner": 0 });
    // App opens are not page views or taps.
    expect(counted.views.total).toBe(0);
    expect(counted.ctaClicks).toEqual({ ios: 0, android: 0, desktop: 0 });
  });

  it("counts an install once when batches are redelivered, overlapping and shuffled", async () => {
    const { id } = await newShare();
    const queue = recordingQueue<StatsEvent>();
    const capturing = harness({ STATS_EVENTS: queue.queue }, h.token);
    const same = report({ source: "universal-link" });
    for (const body of [same, same, same, report({ source: "smart-banner" })]) {
      expect((await reportOpen(id, body, { via: capturing })).status).toBe(202);
    }
    expect(queue.sent).toHaveLength(4);
    // Neither the installId nor the client address travels in the queue.
    expect(JSON.stringify(queue.sent)).not.toContain(same.installId);
    const shuffled = [...queue.sent].sort(() => Math.random() - 0.5);
    await Promise.all([deliver(shuffled.slice(0, 3)), deliver(shuffled.slice(1)), deliver(queue.sent)]);
    await deliver(queue.sent);
    const s = await stats(id);
    expect(s.appOpens).toEqual({ ios: 2, android: 0 });
    expect(s.appOpensBySource).toMatchObject({ "universal-link": 1, "smart-banner": 1 });
  });

  it("counts an install once when the queue fails (written to the counter directly), and once more when the queue copy arrives", async () => {
    const { id } = await newShare();
    const down = harness({ STATS_EVENTS: recordingQueue<StatsEvent>({ fail: true }).queue }, h.token);
    const same = report({ platform: "android", source: "referrer" });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const answers = await Promise.all(Array.from({ length: 20 }, () => reportOpen(id, same, { via: down })));
    vi.restoreAllMocks();
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(202));
    expect((await stats(id)).appOpens).toEqual({ ios: 0, android: 1 });

    // The sends had in fact gone through: their messages arrive later.
    const up = recordingQueue<StatsEvent>();
    await reportOpen(id, same, { via: harness({ STATS_EVENTS: up.queue }, h.token) });
    await deliver(up.sent);
    expect((await stats(id)).appOpens).toEqual({ ios: 0, android: 1 });
  });

  it("still counts an install once after its event ids were pruned (installs are kept for ever)", async () => {
    const { id } = await newShare();
    const queue = recordingQueue<StatsEvent>();
    const capturing = harness({ STATS_EVENTS: queue.queue }, h.token);
    const same = report();
    await reportOpen(id, same, { via: capturing });
    await deliver(queue.sent);
    // What the alarm leaves 15 days later: no applied event ids at all.
    await runInDurableObject(statsCounter(env, id), (_instance, state) => {
      state.storage.sql.exec("DELETE FROM applied_events");
    });
    await reportOpen(id, same, { via: capturing });
    await deliver(queue.sent.slice(1));
    expect((await stats(id)).appOpens.ios).toBe(1);
  });

  it("counts the same install on two shares once each", async () => {
    const [a, b] = [await newShare(), await newShare()];
    const queue = recordingQueue<StatsEvent>();
    const capturing = harness({ STATS_EVENTS: queue.queue }, h.token);
    const same = report();
    await reportOpen(a.id, same, { via: capturing });
    await reportOpen(b.id, same, { via: capturing });
    await deliver(queue.sent);
    expect((await stats(a.id)).appOpens.ios).toBe(1);
    expect((await stats(b.id)).appOpens.ios).toBe(1);
  });

  it("answers 503 (so the app retries) when neither the queue nor the counter can take the open", async () => {
    const { id } = await newShare();
    const broken = harness(
      {
        STATS_EVENTS: recordingQueue<StatsEvent>({ fail: true }).queue,
        STATS_COUNTERS: new Proxy(env.STATS_COUNTERS, {
          get: (target, property) =>
            property === "get" ? () => ({ apply: () => Promise.reject(new Error("counter down")) }) : Reflect.get(target, property),
        }),
      },
      h.token,
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await reportOpen(id, report(), { via: broken });
    vi.restoreAllMocks();
    await expectProblem(response, 503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("POST /b/:id/opens: what it refuses", () => {
  const valid = report();
  it.each([
    ["a missing installId", { platform: "ios", source: "clipboard" }, "installId"],
    ["a missing platform", { installId: valid.installId, source: "clipboard" }, "platform"],
    ["a missing source", { installId: valid.installId, platform: "ios" }, "source"],
    ["an installId that is a number", { ...valid, installId: 42 }, "installId"],
    ["an installId that is not a UUID", { ...valid, installId: "not-a-uuid" }, "installId"],
    ["an unknown platform", { ...valid, platform: "windows" }, "platform"],
    ["an unknown source", { ...valid, source: "email" }, "source"],
    ["a platform that is an array", { ...valid, platform: ["ios"] }, "platform"],
    ["an extra field", { ...valid, ip: "203.0.113.7" }, "ip"],
    ["a 10 KiB body", { ...valid, installId: "a".repeat(10 * 1024) }, "installId"],
    ["an array", [valid], "(body)"],
    ["null", null, "(body)"],
  ])("answers %s with a 400 problem naming the field", async (_label, body, path) => {
    const { id } = await newShare();
    const problem = await expectProblem(await reportOpen(id, body), 400);
    expect((problem.errors as Array<{ path: string }>).map((e) => e.path)).toContain(path);
  });

  it.each([
    ["not JSON", "installId=1&platform=ios", 400],
    ["truncated JSON", '{"installId":', 400],
    ["an empty body", "", 400],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400],
  ] as const)("answers %s with a %i problem", async (_label, raw, status) => {
    const { id } = await newShare();
    await expectProblem(await reportOpen(id, null, { raw }), status);
  });

  it.each([
    ["text/plain", { "content-type": "text/plain" }, 415],
    ["a body over 64 KiB", {}, 413],
  ])("answers %s with a 4xx problem", async (label, headers, status) => {
    const { id } = await newShare();
    const raw = label.includes("64 KiB") ? JSON.stringify({ ...report(), pad: "x".repeat(70_000) }) : JSON.stringify(report());
    await expectProblem(await reportOpen(id, null, { raw, headers }), status);
  });

  it("answers 404 for an unknown or malformed share and 410 for a revoked one", async () => {
    await expectProblem(await reportOpen("NoSuchShare8", report()), 404);
    await expectProblem(await reportOpen("a", report()), 404);
    const { id } = await newShare();
    await h.api(`/shares/${id}`, { method: "DELETE" });
    await expectProblem(await reportOpen(id, report()), 410);
  });

  it("answers 429 with Retry-After once a client is over its limit (the real local limiter: 60 a minute)", async () => {
    const { id } = await newShare();
    const ip = freshIp();
    const statuses: number[] = [];
    // Invalid bodies: the limit comes before the body and the share are even read.
    for (let i = 0; i < 65; i++) statuses.push((await reportOpen(id, { nope: true }, { ip })).status);
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(400));
    expect(statuses.slice(60)).toEqual(Array(5).fill(429));
    const limited = await reportOpen(id, report(), { ip });
    await expectProblem(limited, 429);
    expect(limited.headers.get("retry-after")).toBe("60");
    // Another client is not affected.
    expect((await reportOpen(id, report(), { ip: freshIp() })).status).toBe(202);
  });

  it("keys the limit on a hash of the client address, never the address itself", async () => {
    const keys: string[] = [];
    const recording = harness({ OPENS_RATE_LIMITER: { limit: async ({ key }: { key: string }) => (keys.push(key), { success: true }) } }, h.token);
    const { id } = await newShare();
    await reportOpen(id, report(), { ip: "203.0.113.77", via: recording });
    await reportOpen(id, report(), { ip: "203.0.113.77", via: recording });
    await reportOpen(id, report(), { ip: "203.0.113.78", via: recording });
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys.join()).not.toContain("203.0.113");
  });

  it("is closed to browsers: no CORS headers, a preflight is refused, cookies are neither read nor set", async () => {
    const { id } = await newShare();
    const preflight = await h.fetch(`/b/${id}/opens`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    await expectProblem(preflight, 405);
    expect(preflight.headers.get("allow")).toBe("POST");
    const answered = await reportOpen(id, report(), { headers: { origin: "https://evil.example", cookie: "session=abc" } });
    expect(answered.status).toBe(202);
    for (const response of [preflight, answered]) {
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect((await h.fetch(`/b/${id}/opens`)).status).toBe(405);
  });
});
