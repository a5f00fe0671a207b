/**
 * Failing dependencies, injected as bindings that throw or hang: each failure degrades one feature,
 * answers clearly (branded 503 page, 503 problem, or the store redirect anyway) and loses no click.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { STORAGE_TIMEOUT_MS } from "../../src/storage/storage-error";
import { kvKeys } from "../../src/storage/kv-keys";
import { buildShareRequest } from "../fixtures/briefings";
import { expectProblem, harness } from "./harness";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const never = () => new Promise<never>(() => {});
const boom = (what: string) => () => Promise.reject(new Error(`${what} is down`));

/** A KV namespace whose every call fails the given way. */
function brokenKv(fail: () => Promise<never>): KVNamespace {
  return { get: fail, getWithMetadata: fail, put: fail, delete: fail, list: fail } as unknown as KVNamespace;
}

/** A Durable Object namespace whose stubs fail every RPC call the given way. */
function brokenNamespace<T extends Rpc.DurableObjectBranded | undefined>(real: DurableObjectNamespace<T>, fail: () => Promise<never>) {
  const stub = new Proxy({}, { get: (_target, property) => (property === "then" ? undefined : fail) });
  return new Proxy(real, {
    get(target, property) {
      if (property === "get" || property === "getByName") return () => stub;
      const value: unknown = Reflect.get(target, property, target);
      // idFromName and friends are native methods: they must run with the real namespace as `this`.
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as DurableObjectNamespace<T>;
}

/** Captures the stats queue's messages so a test can deliver them to the Worker's queue handler itself. */
function capturingQueue(behaviour: "store" | "store-then-throw" | "throw" | "hang" = "store") {
  const sent: unknown[] = [];
  const queue = {
    async send(body: unknown) {
      if (behaviour === "throw") throw new Error("queue is down");
      if (behaviour === "hang") return never();
      sent.push(body);
      if (behaviour === "store-then-throw") throw new Error("queue answered 500 after storing the message");
    },
    async sendBatch(messages: Iterable<{ body: unknown }>) {
      for (const message of messages) await queue.send(message.body);
    },
  } as unknown as Queue;
  return { queue, sent };
}

/** Delivers captured messages to the Worker's `queue()` handler, as Queues would. */
async function deliver(messages: unknown[], bindings = env) {
  const entry = worker as { queue?: ExportedHandlerQueueHandler<typeof env> };
  if (!entry.queue) throw new Error("the Worker has no queue handler");
  const batch = createMessageBatch(
    "briefing-share-stats",
    messages.map((body, i) => ({ id: `m${i}-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await entry.queue(batch, bindings, ctx);
  return getQueueResult(batch, ctx);
}

async function createLiveShare() {
  const h = harness();
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) });
  expect(response.status).toBe(201);
  return { h, id: ((await response.json()) as { id: string }).id };
}

async function ctaClicks(h: ReturnType<typeof harness>, id: string): Promise<number> {
  const response = await h.api(`/shares/${id}/stats`);
  expect(response.status).toBe(200);
  const stats = (await response.json()) as { ctaClicks: Record<string, number> };
  return Object.values(stats.ctaClicks).reduce((a, b) => a + b, 0);
}

const tap = (h: ReturnType<typeof harness>, id: string) =>
  h.fetch(`/b/${id}/get?via=banner`, { headers: { "user-agent": IPHONE }, redirect: "manual" });

const realSetTimeout = globalThis.setTimeout;
const realPause = () => new Promise<void>((resolve) => realSetTimeout(resolve, 5));

/**
 * Runs `request` under fake timers, stepping the clock a second at a time (with real pauses, so the
 * Worker's real I/O can reach its next timer) until the request settles: a hanging binding then
 * meets its timeout without the test waiting for it. Fails if the request outlives 4 timeouts.
 */
async function pastTimeout(request: () => Promise<Response>): Promise<Response> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    let settled = false;
    const pending = request().finally(() => {
      settled = true;
    });
    for (let elapsed = 0; !settled && elapsed <= 4 * STORAGE_TIMEOUT_MS; elapsed += 1000) {
      await vi.advanceTimersByTimeAsync(1000);
      await realPause();
    }
    if (!settled) throw new Error(`the request still hangs after ${4 * STORAGE_TIMEOUT_MS} ms`);
    return await pending;
  } finally {
    vi.useRealTimers();
  }
}

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
});
afterEach(() => vi.restoreAllMocks());

const failures = [
  ["throws", boom("KV")],
  ["hangs", never],
] as const;

describe("KV read fails", () => {
  it.each(failures)("page: when a KV read %s, answers a branded 503 page with Retry-After", async (how, fail) => {
    const h = harness({ BRIEFINGS: brokenKv(fail) });
    const run = () => h.fetch("/b/abcdefghij12");
    const response = how === "hangs" ? await pastTimeout(run) : await run();
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const html = await response.text();
    expect(html).toContain("Scout");
    expect(html).not.toMatch(/KV is down|timed out|StorageUnavailable|at .*\.ts:\d+/);
    expect(logged.some((line) => line.includes("request_failed"))).toBe(true);
  });

  it.each(failures)("API: when a KV read %s, answers a 503 problem with Retry-After", async (how, fail) => {
    const h = harness({ BRIEFINGS: brokenKv(fail) });
    const run = () => h.api("/shares/abcdefghij12");
    const response = how === "hangs" ? await pastTimeout(run) : await run();
    const problem = await expectProblem(response, 503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.stringify(problem)).not.toMatch(/KV is down|timed out|\.ts:\d+/);
  });

  it.each(failures)("CTA: when a KV read %s, still sends the reader to the store and counts the click", async (how, fail) => {
    const { h, id } = await createLiveShare();
    const { queue, sent } = capturingQueue("store");
    const broken = harness({ BRIEFINGS: brokenKv(fail), STATS_EVENTS: queue }, h.token);
    const response = how === "hangs" ? await pastTimeout(() => tap(broken, id)) : await tap(broken, id);
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!).hostname).toBe("apps.apple.com");
    await deliver(sent);
    expect(await ctaClicks(h, id)).toBe(1);
  });
});

describe("a Durable Object is unavailable", () => {
  it.each(failures)("page and API answer 503 when KV misses and the share's object %s", async (how, fail) => {
    const h = harness({ SHARE_RECORDS: brokenNamespace(env.SHARE_RECORDS, fail) });
    for (const run of [() => h.fetch("/b/abcdefghij12"), () => h.api("/shares/abcdefghij12")]) {
      const response = how === "hangs" ? await pastTimeout(run) : await run();
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("serves a share KV still holds while its object is down", async () => {
    const { id } = await createLiveShare();
    const h = harness({ SHARE_RECORDS: brokenNamespace(env.SHARE_RECORDS, boom("Durable Object")) });
    expect((await h.fetch(`/b/${id}`)).status).toBe(200);
  });

  it.each([
    ["the share's object", { SHARE_RECORDS: brokenNamespace(env.SHARE_RECORDS, boom("Durable Object")) }, {}],
    ["the idempotency object", { IDEMPOTENCY: brokenNamespace(env.IDEMPOTENCY, boom("Durable Object")) }, { "idempotency-key": "retry-1" }],
  ])("a create answers a 503 problem when %s is down", async (_name, overrides, headers) => {
    const h = harness(overrides);
    const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()), headers });
    await expectProblem(response, 503);
  });

  it.each([
    ["POST", "throws"],
    ["PUT", "throws"],
    ["DELETE", "throws"],
    ["POST", "hangs"],
    ["PUT", "hangs"],
    ["DELETE", "hangs"],
  ] as const)("%s answers a 503 problem with Retry-After when the share's object %s", async (method, how) => {
    const { h, id } = await createLiveShare();
    const fail = how === "hangs" ? never : boom("Durable Object");
    const broken = harness({ SHARE_RECORDS: brokenNamespace(env.SHARE_RECORDS, fail) }, h.token);
    const body = method === "DELETE" ? undefined : JSON.stringify(buildShareRequest());
    const run = () => broken.api(method === "POST" ? "/shares" : `/shares/${id}`, { method, body });
    const response = how === "hangs" ? await pastTimeout(run) : await run();
    await expectProblem(response, 503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    // Nothing half-done: the share is still live and unchanged.
    expect((await h.api(`/shares/${id}`)).status).toBe(200);
  });

  it("stats answer a 503 problem when the counter object is down", async () => {
    const { h, id } = await createLiveShare();
    const broken = harness({ STATS_COUNTERS: brokenNamespace(env.STATS_COUNTERS, boom("Durable Object")) }, h.token);
    await expectProblem(await broken.api(`/shares/${id}/stats`), 503);
  });
});

describe("the stats queue fails: no click lost, none doubled", () => {
  it("counts a click once when the queue refuses it (written straight to the counter)", async () => {
    const { h, id } = await createLiveShare();
    const { queue } = capturingQueue("throw");
    const response = await tap(harness({ STATS_EVENTS: queue }, h.token), id);
    expect(response.status).toBe(302);
    expect(await ctaClicks(h, id)).toBe(1);
  });

  it("counts a click once when the queue stored it but answered with an error", async () => {
    const { h, id } = await createLiveShare();
    const { queue, sent } = capturingQueue("store-then-throw");
    expect((await tap(harness({ STATS_EVENTS: queue }, h.token), id)).status).toBe(302);
    expect(sent).toHaveLength(1);
    const result = await deliver(sent);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await ctaClicks(h, id)).toBe(1);
  });

  it("counts a click once when Queues delivers its message twice", async () => {
    const { h, id } = await createLiveShare();
    const { queue, sent } = capturingQueue("store");
    expect((await tap(harness({ STATS_EVENTS: queue }, h.token), id)).status).toBe(302);
    await deliver(sent);
    await deliver(sent);
    expect(await ctaClicks(h, id)).toBe(1);
  });

  it("counts 40 concurrent taps once each, delivered in overlapping, shuffled and repeated batches", async () => {
    const { h, id } = await createLiveShare();
    const { queue, sent } = capturingQueue("store");
    const clicker = harness({ STATS_EVENTS: queue }, h.token);
    const taps = await Promise.all(Array.from({ length: 40 }, () => tap(clicker, id)));
    expect(taps.map((r) => r.status)).toEqual(Array(40).fill(302));
    expect(sent).toHaveLength(40);
    const shuffled = [...sent].sort(() => Math.random() - 0.5);
    await Promise.all([deliver(shuffled.slice(0, 25)), deliver(shuffled.slice(15)), deliver(shuffled.slice(5, 30))]);
    await deliver(sent);
    expect(await ctaClicks(h, id)).toBe(40);
  });

  it("retries a batch whose counter is down, then counts each click once", async () => {
    const { h, id } = await createLiveShare();
    const { queue, sent } = capturingQueue("store");
    const clicker = harness({ STATS_EVENTS: queue }, h.token);
    for (let i = 0; i < 3; i++) expect((await tap(clicker, id)).status).toBe(302);
    const failed = await deliver(sent, { ...env, STATS_COUNTERS: brokenNamespace(env.STATS_COUNTERS, boom("Durable Object")) });
    expect(failed.retryMessages).toHaveLength(3);
    expect(failed.explicitAcks).toHaveLength(0);
    await deliver(sent);
    expect(await ctaClicks(h, id)).toBe(3);
  });

  it("still redirects, and says so in the log, when both the queue and the counter are down", async () => {
    const { h, id } = await createLiveShare();
    const broken = harness(
      { STATS_EVENTS: capturingQueue("throw").queue, STATS_COUNTERS: brokenNamespace(env.STATS_COUNTERS, boom("Durable Object")) },
      h.token,
    );
    const response = await tap(broken, id);
    expect(response.status).toBe(302);
    expect(logged.some((line) => line.includes("stats_event_lost"))).toBe(true);
  });

  it.each([
    ["refuses it", "throw"],
    ["hangs", "hang"],
  ] as const)("serves the page and counts its view once when the queue %s", async (_how, behaviour) => {
    const { h, id } = await createLiveShare();
    const { queue } = capturingQueue(behaviour);
    const run = () => harness({ STATS_EVENTS: queue }, h.token).fetch(`/b/${id}`, { headers: { "user-agent": IPHONE } });
    const response = behaviour === "hang" ? await pastTimeout(run) : await run();
    expect(response.status).toBe(200);
    const stats = (await (await h.api(`/shares/${id}/stats`)).json()) as { views: { human: number; total: number } };
    expect(stats.views).toEqual({ human: 1, total: 1 });
  });

  it("still redirects, and counts the click, when the queue hangs", async () => {
    const { h, id } = await createLiveShare();
    const { queue } = capturingQueue("hang");
    const response = await pastTimeout(() => tap(harness({ STATS_EVENTS: queue }, h.token), id));
    expect(response.status).toBe(302);
    expect(await ctaClicks(h, id)).toBe(1);
  });
});

describe("configuration is missing or malformed", () => {
  it.each([
    ["PUBLIC_ORIGIN", undefined],
    ["PUBLIC_ORIGIN", "ftp://share.example.app"],
    ["PUBLIC_ORIGIN", "https://share.example.app/path"],
    ["PUBLIC_ORIGIN", "not a url"],
  ])("API: %s=%s answers a 500 problem naming the variable, without a stack trace", async (variable, value) => {
    const h = harness({ [variable]: value });
    const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) });
    const problem = await expectProblem(response, 500);
    expect(problem.detail).toContain(variable);
    expect(JSON.stringify(problem)).not.toMatch(/\bat \S+ \(|\.ts:\d+/);
  });

  it.each([
    ["IOS_APP_ID", undefined],
    ["IOS_APP_ID", "not-a-number"],
    ["APPLE_PROVIDER_TOKEN", "<script>"],
    ["ANDROID_PACKAGE", "not a package"],
    ["PUBLIC_ORIGIN", undefined],
  ])("page: %s=%s still renders the briefing", async (variable, value) => {
    const { id } = await createLiveShare();
    const h = harness({ [variable]: value });
    const response = await h.fetch(`/b/${id}`, { headers: { "user-agent": IPHONE } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("AI model pulled");
    if (variable === "IOS_APP_ID") {
      // Without an app id there is no Smart App Banner and no App Store link to make.
      expect(html).not.toContain('name="apple-itunes-app"');
      expect(html).not.toMatch(/apps\.apple\.com\/app\/id(?!\d)|app-id=(?!\d)/);
    }
    expect(html).not.toContain("undefined");
    expect(html).not.toContain("null");
  });

  it.each([
    ["IOS_APP_ID", undefined, IPHONE],
    ["IOS_APP_ID", "abc", IPHONE],
    ["ANDROID_PACKAGE", undefined, "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"],
  ])("CTA: %s=%s answers the get-the-app page instead of a broken store link", async (variable, value, userAgent) => {
    const { id } = await createLiveShare();
    const h = harness({ [variable]: value });
    const response = await h.fetch(`/b/${id}/get?via=banner`, { headers: { "user-agent": userAgent }, redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain("undefined");
    expect(html).not.toMatch(/apps\.apple\.com\/app\/id(?!\d)|details\?id=(?![a-z])/);
  });

  it("the 503 page still renders when APP_NAME is missing", async () => {
    const h = harness({ APP_NAME: undefined, BRIEFINGS: brokenKv(boom("KV")) });
    const response = await h.fetch("/b/abcdefghij12");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("<h1");
  });
});

describe("the stored share is corrupt", () => {
  it("falls back to the Durable Object when KV holds a record that fails the schema", async () => {
    const { id } = await createLiveShare();
    await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify({ state: "live", share: { id, briefing: { title: 42 } } }));
    const h = harness();
    expect((await h.fetch(`/b/${id}`)).status).toBe(200);
    expect((await h.api(`/shares/${id}`)).status).toBe(200);
  });

  it("falls back to the Durable Object when KV holds bytes that are not JSON", async () => {
    const { id } = await createLiveShare();
    await env.BRIEFINGS.put(kvKeys.share(id), "{not json");
    const h = harness();
    expect((await h.fetch(`/b/${id}`)).status).toBe(200);
  });
});

describe("the card renderer fails", () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    return { width: view.getUint32(16), height: view.getUint32(20) };
  };

  /** ASSETS that fail for every path except `keep` (served by the real binding). */
  function brokenAssets(fail: () => Promise<never>, keep: string[] = []): Fetcher {
    return {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN_FOR_ASSETS);
        return keep.includes(url.pathname) ? env.ASSETS.fetch(input, init) : fail();
      },
      connect: () => {
        throw new Error("not used");
      },
    } as unknown as Fetcher;
  }
  const ORIGIN_FOR_ASSETS = "https://assets.local";

  /** A live share with no stored card (creating one prerenders its card): the route must render it. */
  async function shareWithoutCard(): Promise<string> {
    const { id } = await createLiveShare();
    const stored = await env.BRIEFINGS.list({ prefix: kvKeys.ogCard(id, "") });
    await Promise.all(stored.keys.map((key) => env.BRIEFINGS.delete(key.name)));
    expect((await env.BRIEFINGS.list({ prefix: kvKeys.ogCard(id, "") })).keys).toEqual([]);
    return id;
  }

  async function cardOf(h: ReturnType<typeof harness>, id: string) {
    const response = await h.fetch(`/b/${id}/og.png`);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  it("answers the static fallback card, briefly cached, when the fonts cannot be read", async () => {
    const id = await shareWithoutCard();
    const h = harness({ ASSETS: brokenAssets(boom("ASSETS"), ["/og/fallback.png"]) });
    const { response, bytes } = await cardOf(h, id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("server-timing")).toContain("fallback");
    const fallback = new Uint8Array(await (await env.ASSETS.fetch(`${ORIGIN_FOR_ASSETS}/og/fallback.png`)).arrayBuffer());
    expect(bytes).toEqual(fallback);
    expect(logged.some((line) => line.includes("og_card_render_failed"))).toBe(true);
  });

  it.each(failures)("answers a 1200×630 PNG even when every asset read %s", async (how, fail) => {
    const id = await shareWithoutCard();
    const h = harness({ ASSETS: brokenAssets(fail) });
    const run = () => h.fetch(`/b/${id}/og.png`);
    const response = how === "hangs" ? await pastTimeout(run) : await run();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("server-timing")).toContain("fallback");
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it("answers the fallback card when the share cannot be read at all", async () => {
    const h = harness({ BRIEFINGS: brokenKv(boom("KV")) });
    const { response, bytes } = await cardOf(h, "abcdefghij12");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  });
});
