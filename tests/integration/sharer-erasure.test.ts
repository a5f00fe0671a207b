import { SELF, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { kvKeys } from "../../src/storage/kv-keys";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

const shareObject = (id: string) => env.SHARE_RECORDS.get(env.SHARE_RECORDS.idFromName(id));
const freshRef = () => `erase-${crypto.randomUUID().slice(0, 8)}`;

/** Everything the share's Durable Object stores, as one string to search. */
async function durableObjectContents(id: string): Promise<string> {
  return runInDurableObject(shareObject(id), async (_instance, state) => JSON.stringify([...(await state.storage.list()).entries()]));
}

async function indexRow(id: string) {
  return env.DB.prepare("SELECT * FROM share_index WHERE id = ?").bind(id).first<Record<string, unknown>>();
}

async function storedCardKeys(id: string): Promise<string[]> {
  return (await env.BRIEFINGS.list({ prefix: kvKeys.ogCard(id, "") })).keys.map((key) => key.name);
}

describe("DELETE /api/sharers/:ref", () => {
  it("revokes every share of the sharer and deletes its text and name from KV, the Durable Object, D1 and the stored cards", async () => {
    const ref = freshRef();
    const secret = `Secret title ${crypto.randomUUID()}`;
    const request = buildShareRequest({ briefing: buildBriefing({ title: secret, topic: "Private topic" }), sharer: { name: "Grace Hopper", ref } });
    const live = await createShare(request);
    const revoked = await createShare(request);
    expect((await api(`/shares/${revoked.id}`, { method: "DELETE" })).status).toBe(204);
    const bystander = await createShare(buildShareRequest({ sharer: { name: "Ada", ref: freshRef() } }));
    // A crawler's fetch stores the live share's card (its title drawn in the PNG).
    expect((await SELF.fetch(live.imageUrl)).status).toBe(200);
    await expect.poll(() => storedCardKeys(live.id), { timeout: 20_000 }).not.toEqual([]);

    const response = await api(`/sharers/${encodeURIComponent(ref)}`, { method: "DELETE" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revoked: 2 });

    for (const { id } of [live, revoked]) {
      expect((await SELF.fetch(`${ORIGIN}/b/${id}`)).status).toBe(410);
      const kv = (await env.BRIEFINGS.get(kvKeys.share(id), { type: "text" })) ?? "";
      expect(kv).not.toContain(secret);
      expect(kv).not.toContain("Grace Hopper");
      const stored = await durableObjectContents(id);
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain("Grace Hopper");
      expect(stored).not.toContain("Private topic");
      expect(await indexRow(id)).toMatchObject({ title: null, search_text: null, topic: null, sharer_name: null, sharer_ref: null, status: "revoked" });
      expect(await storedCardKeys(id)).toEqual([]);
      // Counts hold no personal data and stay readable.
      expect((await api(`/shares/${id}/stats`)).status).toBe(200);
    }
    expect((await SELF.fetch(`${ORIGIN}/b/${bystander.id}`)).status).toBe(200);
    expect(await indexRow(bystander.id)).toMatchObject({ sharer_name: "Ada", status: "live" });
  });

  it("is idempotent: a second erasure finds nothing left to erase", async () => {
    const ref = freshRef();
    await createShare(buildShareRequest({ sharer: { ref } }));
    expect(await (await api(`/sharers/${ref}`, { method: "DELETE" })).json()).toEqual({ revoked: 1 });
    expect(await (await api(`/sharers/${ref}`, { method: "DELETE" })).json()).toEqual({ revoked: 0 });
    expect(await (await api(`/sharers/${freshRef()}`, { method: "DELETE" })).json()).toEqual({ revoked: 0 });
  });

  it("answers a ref longer than 64 characters with a 400 problem, and no token with 401", async () => {
    const tooLong = await api(`/sharers/${"r".repeat(65)}`, { method: "DELETE" });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe("ref");
    expect((await api(`/sharers/${freshRef()}`, { method: "DELETE", token: null })).status).toBe(401);
  });
});

describe("the share index follows its Durable Object", () => {
  it("catches up through the alarm after a failed D1 write, and never lets an older revision win", async () => {
    const ref = freshRef();
    const { id } = await createShare(buildShareRequest({ sharer: { ref } }));
    const failingDb = { prepare: () => ({ bind: () => ({ run: async () => Promise.reject(new Error("D1 down: simulated")) }) }) };
    await runInDurableObject(shareObject(id), async (instance) => {
      const object = instance as unknown as { env: typeof env };
      const healthy = object.env;
      object.env = { ...healthy, DB: failingDb as unknown as D1Database };
      try {
        await (instance as unknown as { revoke(now: string): Promise<unknown> }).revoke(new Date().toISOString());
      } finally {
        object.env = healthy;
      }
    });
    expect(await indexRow(id)).toMatchObject({ status: "live" });
    expect(await runDurableObjectAlarm(shareObject(id))).toBe(true);
    expect(await indexRow(id)).toMatchObject({ status: "revoked", title: "AI model pulled" });
    // A late write of the older, live revision changes nothing.
    const { upsertShareIndexEntry } = await import("../../src/storage/share-index");
    const { indexEntry } = await import("../../src/domain/share-list/index-entry");
    const stale = await env.DB.prepare("SELECT revision FROM share_index WHERE id = ?").bind(id).first<{ revision: number }>();
    await upsertShareIndexEntry(
      env.DB,
      indexEntry({ state: "live", share: { id, briefing: buildBriefing({ title: "Stale" }), sharer: null, version: "v", createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), expiresAt: null, deepLink: null } }, false),
      stale!.revision - 1,
    );
    expect(await indexRow(id)).toMatchObject({ status: "revoked", title: "AI model pulled" });
  });
});
