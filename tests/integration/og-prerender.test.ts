/**
 * Create and update pre-render the card in the background, within a per-isolate ration. Its own file,
 * so that it starts with a fresh isolate and a full ration.
 */
import { SELF, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { cardRenderKey } from "../../src/render/og-card-service";
import { kvKeys } from "../../src/storage/kv-keys";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

const BRAND = { appName: "Scout", appTagline: "Be the smartest in the room" };

async function isStored(id: string, version: string) {
  return (await env.BRIEFINGS.get(kvKeys.ogCard(id, await cardRenderKey(version, BRAND)), { type: "arrayBuffer" })) !== null;
}

/** Waits (bounded) for the background work of the last API call to finish. */
async function eventually(check: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const cardSource = async (id: string, version: string) =>
  (await SELF.fetch(`${ORIGIN}/b/${id}/og.png?v=${version}`)).headers.get("server-timing");

describe("pre-rendering on create and update", () => {
  it("stores the card of a new share before anyone asks, so the first crawler reads it", async () => {
    const share = await createShare(buildShareRequest({ briefing: buildBriefing({ title: "Stored before anyone asked" }) }));
    expect(await eventually(() => isStored(share.id, share.version))).toBe(true);
    expect(await cardSource(share.id, share.version)).toBe('card;desc="stored"');
  });

  it("stores the card of the new version after an update", async () => {
    const share = await createShare(buildShareRequest({ briefing: buildBriefing({ title: "Before" }) }));
    await eventually(() => isStored(share.id, share.version));
    const response = await api(`/shares/${share.id}`, {
      method: "PUT",
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "After" }) })),
    });
    const { version } = (await response.json()) as { version: string };
    expect(await eventually(() => isStored(share.id, version))).toBe(true);
    expect(await cardSource(share.id, version)).toBe('card;desc="stored"');
  });

  it("sheds pre-renders in a burst of creates, and every shed card still renders on its first request", async () => {
    const shares = [];
    for (let i = 0; i < 8; i += 1) shares.push(await createShare(buildShareRequest({ briefing: buildBriefing({ title: `Burst ${i}` }) })));
    const sources = [];
    for (const share of shares) {
      const response = await SELF.fetch(`${ORIGIN}/b/${share.id}/og.png?v=${share.version}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      sources.push(response.headers.get("server-timing"));
    }
    expect(sources).toContain('card;desc="rendered"');
    expect(sources.every((source) => source === 'card;desc="rendered"' || source === 'card;desc="stored"')).toBe(true);
  });
});
