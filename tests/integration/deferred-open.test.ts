/**
 * The whole deferred open, the way the README tells the app to do it: from the tap to app.json to
 * the report, for Android (Play install referrer) and iOS (the share URL the tap copied).
 */
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { readShareStats } from "../../src/stats/read-share-stats";
import { buildShareRequest } from "../fixtures/briefings";
import { ANDROID_CHROME, IPHONE_SAFARI } from "../fixtures/user-agents";
import { harness } from "../security/harness";

const h = harness({ IOS_CLIPBOARD_HANDOFF: "on" });
const SHARE_HOST = "share.test";

async function newShare() {
  const response = await h.api("/shares", {
    method: "POST",
    body: JSON.stringify(buildShareRequest({ sharer: { name: "Ada", ref: "user-42" } })),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; url: string };
}

/** What the README's Kotlin does with the Install Referrer string: parse it as a query string, read utm_content. */
function shareIdFromInstallReferrer(installReferrer: string): string | null {
  return new URL(`https://x/?${installReferrer}`).searchParams.get("utm_content");
}

/** What the README's Swift does with a pasted URL: accept only our host and /b/<id>, nothing else. */
function shareIdFromPastedUrl(pasted: string): string | null {
  let url: URL;
  try {
    url = new URL(pasted);
  } catch {
    return null;
  }
  const match = /^\/b\/([A-Za-z0-9_-]{4,32})$/.exec(url.pathname);
  return url.protocol === "https:" && url.host === SHARE_HOST && match ? match[1]! : null;
}

async function openAndReport(id: string, platform: "ios" | "android", source: string) {
  const appJson = await h.fetch(`/b/${id}/app.json`);
  expect(appJson.status).toBe(200);
  expect(((await appJson.json()) as { id: string }).id).toBe(id);
  const installId = crypto.randomUUID();
  const report = () =>
    h.fetch(`/b/${id}/opens`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "192.0.2.44" },
      body: JSON.stringify({ installId, platform, source }),
    });
  // The app retries until it sees 202; a retry after a lost answer counts once.
  expect((await report()).status).toBe(202);
  expect((await report()).status).toBe(202);
}

describe("a deferred open, end to end", () => {
  it("Android: the Play referrer carries the share id; the app parses it, fetches app.json and reports one open", async () => {
    const { id } = await newShare();
    const tap = await h.fetch(`/b/${id}/get?via=footer`, { headers: { "user-agent": ANDROID_CHROME }, redirect: "manual" });
    expect(tap.status).toBe(302);
    // Google Play hands the app the `referrer` parameter decoded once: exactly this string.
    const installReferrer = new URL(tap.headers.get("location")!).searchParams.get("referrer")!;
    expect(installReferrer).toMatch(/^utm_source=share&utm_medium=[^&]+&utm_campaign=[^&]+&utm_content=[^&]+&via=footer&sharer_ref=user-42$/);
    const shareId = shareIdFromInstallReferrer(installReferrer);
    expect(shareId).toBe(id);
    await openAndReport(shareId!, "android", "referrer");
    await vi.waitFor(async () => expect((await readShareStats(env, id)).appOpens).toEqual({ ios: 0, android: 1 }), { timeout: 20_000 });
    expect((await readShareStats(env, id)).appOpensBySource.referrer).toBe(1);
  });

  it("iOS: the URL the tap copies is the share page; the app validates it, fetches app.json and reports one open", async () => {
    const { id, url } = await newShare();
    const page = await (await h.fetch(`/b/${id}`, { headers: { "user-agent": IPHONE_SAFARI } })).text();
    // What the page's script will copy on a tap.
    const copied = /data-share-url="([^"]+)"/.exec(page)?.[1];
    expect(copied).toBe(url);
    expect(shareIdFromPastedUrl(copied!)).toBe(id);
    await openAndReport(id, "ios", "clipboard");
    await vi.waitFor(async () => expect((await readShareStats(env, id)).appOpens).toEqual({ ios: 1, android: 0 }), { timeout: 20_000 });
  });

  it.each([
    ["another host", "https://evil.example/b/q3V9-xk2LrT_"],
    ["a sub-path", "https://share.test/b/q3V9-xk2LrT_/get"],
    ["http", "http://share.test/b/q3V9-xk2LrT_"],
    ["not a URL", "call me maybe"],
  ])("iOS: the app's check refuses %s on the clipboard", (_label, pasted) => {
    expect(shareIdFromPastedUrl(pasted)).toBeNull();
  });

  it("the page carries no hand-off script or sentence when the setting is off", async () => {
    const off = harness({ IOS_CLIPBOARD_HANDOFF: "off" }, h.token);
    const { id } = await newShare();
    const page = await (await off.fetch(`/b/${id}`, { headers: { "user-agent": IPHONE_SAFARI } })).text();
    expect(page).not.toContain("data-share-url");
    expect(page).not.toContain("data-clipboard-note");
  });
});
