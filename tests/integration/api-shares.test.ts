import { SELF, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ShareRecord } from "../../src/domain/share";
import { kvKeys } from "../../src/storage/kv-keys";
import { ORIGIN, PREVIOUS_TOKEN, api, createShare, postJson } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

const shareObject = (id: string) => env.SHARE_RECORDS.get(env.SHARE_RECORDS.idFromName(id));

describe("POST /api/shares", () => {
  it("creates a share and answers 201 with absolute URLs", async () => {
    const response = await postJson("/shares", buildShareRequest());
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["createdAt", "expiresAt", "id", "imageUrl", "url", "version"]);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{10,16}$/);
    expect(body.url).toBe(`${ORIGIN}/b/${body.id}`);
    expect(body.imageUrl).toBe(`${ORIGIN}/b/${body.id}/og.png?v=${body.version}`);
    expect(body.expiresAt).toBeNull();
    expect(response.headers.get("location")).toBe(`/api/shares/${body.id}`);
  });

  it("stores the briefing so the page and the API can read it at once", async () => {
    const request = buildShareRequest();
    const { id } = await createShare(request);
    const stored = (await (await api(`/shares/${id}`)).json()) as Record<string, unknown>;
    expect(stored.briefing).toEqual(request.briefing);
    expect(stored.sharer).toEqual(request.sharer);
    const page = await SELF.fetch(`${ORIGIN}/b/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("AI model pulled");
  });

  it("derives the version from the content: equal content, equal version; any change, a new one", async () => {
    const a = await createShare(buildShareRequest());
    const b = await createShare(buildShareRequest());
    const c = await createShare(buildShareRequest({ briefing: buildBriefing({ title: "AI model pulled!" }) }));
    expect(a.id).not.toBe(b.id);
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
  });

  it("sets expiresAt from expiresIn", async () => {
    const before = Date.now();
    const { expiresAt } = await createShare(buildShareRequest({ expiresIn: 3600 }));
    const expires = Date.parse(expiresAt!);
    expect(expires - before).toBeGreaterThanOrEqual(3600_000 - 1000);
    expect(expires - before).toBeLessThanOrEqual(3600_000 + 5000);
  });
});

describe("Idempotency-Key", () => {
  it("returns the same share for a retried create", async () => {
    const key = crypto.randomUUID();
    const first = await createShare(buildShareRequest(), { "idempotency-key": key });
    const retry = await createShare(buildShareRequest(), { "idempotency-key": key });
    expect(retry).toEqual(first);
  });

  it("returns the same share to concurrent retries", async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createShare(buildShareRequest(), { "idempotency-key": key })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it("answers 409 when the key is reused with a different body", async () => {
    const key = crypto.randomUUID();
    await createShare(buildShareRequest(), { "idempotency-key": key });
    const response = await postJson("/shares", buildShareRequest({ expiresIn: 120 }), { headers: { "idempotency-key": key } });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("rejects a key that is not printable ASCII", async () => {
    const response = await postJson("/shares", buildShareRequest(), { headers: { "idempotency-key": "a b" } });
    expect(response.status).toBe(400);
  });
});

describe("PUT /api/shares/:id", () => {
  it("replaces the briefing and changes the version and image URL", async () => {
    const created = await createShare(buildShareRequest());
    const response = await api(`/shares/${created.id}`, {
      method: "PUT",
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "Updated title" }) })),
    });
    expect(response.status).toBe(200);
    const updated = (await response.json()) as typeof created;
    expect(updated.id).toBe(created.id);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.version).not.toBe(created.version);
    expect(updated.imageUrl).not.toBe(created.imageUrl);
    const page = await SELF.fetch(`${ORIGIN}/b/${created.id}`);
    expect(await page.text()).toContain("Updated title");
  });

  it("answers 404 for an unknown or revoked share", async () => {
    const unknown = await api("/shares/unknownid12", { method: "PUT", body: JSON.stringify(buildShareRequest()) });
    expect(unknown.status).toBe(404);
    const { id } = await createShare(buildShareRequest());
    await api(`/shares/${id}`, { method: "DELETE" });
    const revoked = await api(`/shares/${id}`, { method: "PUT", body: JSON.stringify(buildShareRequest()) });
    expect(revoked.status).toBe(404);
  });
});

describe("PUT /api/shares/:id keeps what the body does not give", () => {
  const put = (id: string, body: unknown) => api(`/shares/${id}`, { method: "PUT", body: JSON.stringify(body) });
  const read = async (id: string) => (await (await api(`/shares/${id}`)).json()) as Record<string, unknown>;
  const edited = buildBriefing({ title: "Edited title" });

  it("keeps expiresAt, sharer and deepLink after a PUT that only changes the briefing", async () => {
    const created = await createShare(buildShareRequest({ expiresIn: 3600, deepLink: "/briefings/8f2c" }));
    expect(created.expiresAt).not.toBeNull();
    const response = await put(created.id, { briefing: edited });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as Record<string, unknown>;
    expect(summary.expiresAt).toBe(created.expiresAt);
    expect(summary.version).not.toBe(created.version);
    const stored = await read(created.id);
    expect(stored).toMatchObject({
      expiresAt: created.expiresAt,
      sharer: { name: "Ada", ref: "user-42" },
      deepLink: "/briefings/8f2c",
      briefing: { title: "Edited title" },
    });
  });

  it("clears each of them with null", async () => {
    const created = await createShare(buildShareRequest({ expiresIn: 3600, deepLink: "/briefings/8f2c" }));
    const response = await put(created.id, { briefing: edited, expiresIn: null, sharer: null, deepLink: null });
    expect(response.status).toBe(200);
    expect(await read(created.id)).toMatchObject({ expiresAt: null, sharer: null, deepLink: null });
  });

  it("replaces each of them with a given value", async () => {
    const created = await createShare(buildShareRequest({ expiresIn: 3600, deepLink: "/briefings/8f2c" }));
    const before = Date.now();
    const response = await put(created.id, {
      briefing: edited,
      expiresIn: 7200,
      sharer: { name: "Grace" },
      deepLink: "scout://briefing/9a1b",
    });
    expect(response.status).toBe(200);
    const stored = await read(created.id);
    expect(stored).toMatchObject({ sharer: { name: "Grace" }, deepLink: "scout://briefing/9a1b" });
    const expires = Date.parse(stored.expiresAt as string) - before;
    expect(expires).toBeGreaterThanOrEqual(7200_000 - 1000);
    expect(expires).toBeLessThanOrEqual(7200_000 + 5000);
  });

  it("keeps the sharer in the version: an edit that keeps the sharer has the version of the same content", async () => {
    const created = await createShare(buildShareRequest());
    const same = await createShare(buildShareRequest({ briefing: edited }));
    const response = await put(created.id, { briefing: edited });
    expect(((await response.json()) as { version: string }).version).toBe(same.version);
  });

  it("keeps the values a share stored before deep links existed, and reads it with deepLink null", async () => {
    const created = await createShare(buildShareRequest({ expiresIn: 3600 }));
    // A record written by the previous release: no deepLink field at all.
    await runInDurableObject(shareObject(created.id), async (_instance, state) => {
      const record = (await state.storage.get<ShareRecord>("record"))!;
      if (record.state === "live") delete (record.share as Partial<typeof record.share>).deepLink;
      await state.storage.put("record", record);
    });
    await env.BRIEFINGS.delete(kvKeys.share(created.id));
    expect(await read(created.id)).toMatchObject({ deepLink: null, expiresAt: created.expiresAt });
    expect((await put(created.id, { briefing: edited })).status).toBe(200);
    expect(await read(created.id)).toMatchObject({ deepLink: null, expiresAt: created.expiresAt, sharer: { name: "Ada" } });
  });

  it.each([
    ["expiresIn below the minimum", { expiresIn: 59 }, "expiresIn"],
    ["a sharer that is not an object", { sharer: "Ada" }, "sharer"],
    ["a bad deep link", { deepLink: "javascript:alert(1)" }, "deepLink"],
  ])("answers 400 naming the field for %s", async (_name, extra, path) => {
    const created = await createShare(buildShareRequest());
    const response = await put(created.id, { briefing: edited, ...extra });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toContain(path);
  });
});

describe("publishedAt", () => {
  it.each([
    ["2026-04-07t08:00:00z", "2026-04-07T08:00:00Z"],
    ["2026-04-07T08:00:00z", "2026-04-07T08:00:00Z"],
    ["2026-04-07t08:00:00.250+02:00", "2026-04-07T08:00:00.250+02:00"],
    ["2026-04-07T08:00:00Z", "2026-04-07T08:00:00Z"],
  ])("accepts RFC 3339's lower-case t and z (%s) and stores %s", async (given, stored) => {
    const { id } = await createShare(buildShareRequest({ briefing: buildBriefing({ publishedAt: given }) }));
    expect(await (await api(`/shares/${id}`)).json()).toMatchObject({ briefing: { publishedAt: stored } });
  });

  it.each(["2026-04-07 08:00:00Z", "2026-04-07x08:00:00z", "yesterday"])("still refuses %s", async (given) => {
    const response = await postJson("/shares", buildShareRequest({ briefing: buildBriefing({ publishedAt: given }) }));
    expect(response.status).toBe(400);
  });
});

describe("deepLink", () => {
  it("round-trips: given on create, returned by GET, never in the page as a link", async () => {
    const deepLink = "scout://briefing/8f2c?from=share";
    const created = await createShare(buildShareRequest({ deepLink }));
    expect(Object.keys(created)).not.toContain("deepLink");
    expect(await (await api(`/shares/${created.id}`)).json()).toMatchObject({ deepLink });
    const page = await (await SELF.fetch(`${ORIGIN}/b/${created.id}`)).text();
    expect(page).not.toContain(`href="${deepLink}`);
  });

  it("is null when a share was created without one", async () => {
    const created = await createShare(buildShareRequest());
    expect(await (await api(`/shares/${created.id}`)).json()).toMatchObject({ deepLink: null });
  });

  it.each([
    ["too long", `/${"a".repeat(512)}`],
    ["relative", "briefings/8f2c"],
    ["with a space", "/briefings/8f2c x"],
    ["javascript:", "javascript:alert(1)"],
    ["not a string", 42],
    ["null on create", null],
  ])("answers 400 naming deepLink when it is %s", async (_name, deepLink) => {
    const response = await postJson("/shares", { ...buildShareRequest(), deepLink });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(["deepLink"]);
  });
});

describe("DELETE /api/shares/:id (revocation)", () => {
  it("answers 204, then the page answers 410 and the API 404", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await api(`/shares/${id}`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(410);
    expect((await api(`/shares/${id}`)).status).toBe(404);
  });

  it("writes a tombstone, so the page answers 410 even when KV has nothing", async () => {
    const { id } = await createShare(buildShareRequest());
    await api(`/shares/${id}`, { method: "DELETE" });
    await env.BRIEFINGS.delete(kvKeys.share(id));
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(410);
  });

  it("is idempotent, and answers 404 for an id that never existed", async () => {
    const { id } = await createShare(buildShareRequest());
    expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await api("/shares/neverexisted", { method: "DELETE" })).status).toBe(404);
  });
});

describe("storage consistency", () => {
  it("serves a share from its Durable Object while KV has nothing, then backfills KV", async () => {
    const { id } = await createShare(buildShareRequest());
    await env.BRIEFINGS.delete(kvKeys.share(id));
    const page = await SELF.fetch(`${ORIGIN}/b/${id}`);
    expect(page.status).toBe(200);
    await page.text();
    let backfilled: unknown = null;
    for (let i = 0; i < 50 && !backfilled; i++) {
      backfilled = await env.BRIEFINGS.get(kvKeys.share(id), "json");
      if (!backfilled) await new Promise((r) => setTimeout(r, 10));
    }
    expect(backfilled).toMatchObject({ state: "live", share: { id } });
  });

  it("keys KV entries with a schema-version prefix", async () => {
    const { id } = await createShare(buildShareRequest());
    expect(await env.BRIEFINGS.get(`v1:share:${id}`)).not.toBeNull();
  });

  it("ignores a KV entry that does not fit the schema and falls back to the Durable Object", async () => {
    const { id } = await createShare(buildShareRequest());
    await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify({ state: "live", share: { id, briefing: "<script>" } }));
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(200);
  });
});

describe("expiry", () => {
  async function expireNow(id: string) {
    const past = new Date(Date.now() - 1000).toISOString();
    await runInDurableObject(shareObject(id), async (_instance, state) => {
      const record = (await state.storage.get<ShareRecord>("record"))!;
      if (record.state === "live") record.share.expiresAt = past;
      await state.storage.put("record", record);
    });
    await env.BRIEFINGS.delete(kvKeys.share(id));
  }

  it("answers 410 for an expired share (the page) and 404 (the API)", async () => {
    const { id } = await createShare(buildShareRequest({ expiresIn: 60 }));
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(200);
    await expireNow(id);
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(410);
    expect((await api(`/shares/${id}`)).status).toBe(404);
  });

  it("answers 410 when KV still holds a live copy past its expiry", async () => {
    const { id } = await createShare(buildShareRequest({ expiresIn: 60 }));
    const record = (await env.BRIEFINGS.get<ShareRecord>(kvKeys.share(id), "json"))!;
    if (record.state === "live") record.share.expiresAt = new Date(Date.now() - 1000).toISOString();
    await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify(record));
    expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(410);
  });

  it("drops the briefing's text from the Durable Object when the expiry alarm fires", async () => {
    const { id } = await createShare(buildShareRequest({ expiresIn: 60 }));
    await expireNow(id);
    expect(await runDurableObjectAlarm(shareObject(id))).toBe(true);
    const record = await runInDurableObject(shareObject(id), (_i, state) => state.storage.get<ShareRecord>("record"));
    expect(record).toEqual({ state: "expired", id, at: expect.any(String) });
  });
});

describe("GET /api/shares/:id", () => {
  it("answers 404 problem+json for an unknown id", async () => {
    const response = await api("/shares/doesnotexist");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 404, title: "Not found", type: expect.stringMatching(/^urn:/) });
  });

  it.each(["abc", "a".repeat(33), "bad.id", "bad%20id"])("answers 404 for the malformed id %s", async (id) => {
    expect((await api(`/shares/${id}`)).status).toBe(404);
  });
});

describe("authentication", () => {
  it("accepts every token in API_TOKENS (rotation)", async () => {
    const response = await postJson("/shares", buildShareRequest(), { token: PREVIOUS_TOKEN });
    expect(response.status).toBe(201);
  });

  it.each([
    ["no header", null],
    ["a wrong token", "wrong-token"],
    ["a near-miss token", "test-token-curren"],
    ["a token with a suffix", "test-token-currentX"],
  ])("answers 401 problem+json for %s, without echoing the token", async (_name, token) => {
    const response = await api("/shares/abcdefghij", { token });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: 401 });
    if (token) expect(text).not.toContain(token);
  });

  it("rejects a non-Bearer scheme", async () => {
    const response = await api("/shares/abcdefghij", { headers: { authorization: "Basic dGVzdA==" } });
    expect(response.status).toBe(401);
  });
});
