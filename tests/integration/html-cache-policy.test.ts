/**
 * Every HTML page may be compressed by Cloudflare (no `no-transform`) and is never kept by a shared
 * cache (it carries a per-response CSP nonce).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { DESKTOP_CHROME, IPHONE_SAFARI } from "../fixtures/user-agents";

/** Directive names of a Cache-Control header, lower-cased. */
const directives = (header: string | null) =>
  new Set((header ?? "").split(",").map((part) => part.trim().split("=")[0]!.toLowerCase()).filter(Boolean));

async function htmlPages(): Promise<[string, string, RequestInit?][]> {
  const live = await createShare(buildShareRequest());
  const revoked = await createShare(buildShareRequest());
  expect((await api(`/shares/${revoked.id}`, { method: "DELETE" })).status).toBe(204);
  return [
    ["share page", `/b/${live.id}`],
    ["home page", "/"],
    ["404 page (unknown share)", "/b/NoSuchShare1"],
    ["404 page (no such route)", "/no/such/page"],
    ["410 page", `/b/${revoked.id}`],
    ["get-the-app page", `/b/${live.id}/get?via=footer`, { headers: { "user-agent": DESKTOP_CHROME } }],
    ["brand get-the-app page", "/get?via=home", { headers: { "user-agent": DESKTOP_CHROME } }],
    ["preview inspector", `/b/${live.id}/preview`],
    ["share page as an iPhone", `/b/${live.id}`, { headers: { "user-agent": IPHONE_SAFARI } }],
  ];
}

describe("HTML pages and caches", () => {
  it("lets Cloudflare compress every HTML page (no no-transform) and keeps each out of shared caches", async () => {
    for (const [name, path, init] of await htmlPages()) {
      const response = await SELF.fetch(`${ORIGIN}${path}`, { redirect: "manual", ...init });
      expect(response.headers.get("content-type"), name).toMatch(/^text\/html/);
      const cacheControl = directives(response.headers.get("cache-control"));
      expect(cacheControl.has("no-transform"), `${name}: ${response.headers.get("cache-control")}`).toBe(false);
      // The nonce in the CSP header must not be replayed to other readers by a CDN or proxy.
      expect(response.headers.get("content-security-policy"), name).toContain("'nonce-");
      expect(cacheControl.has("private") || cacheControl.has("no-store"), `${name}: ${response.headers.get("cache-control")}`).toBe(true);
      expect(cacheControl.has("public") || cacheControl.has("s-maxage"), name).toBe(false);
      await response.body?.cancel();
    }
  });

  it("gives each response of the same page its own nonce", async () => {
    const { id } = await createShare(buildShareRequest());
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      const response = await SELF.fetch(`${ORIGIN}/b/${id}`);
      nonces.add(/'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "");
      await response.body?.cancel();
    }
    expect(nonces.size).toBe(3);
  });
});
