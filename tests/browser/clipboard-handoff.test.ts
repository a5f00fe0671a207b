/// <reference types="node" />
/**
 * The iOS clipboard hand-off in Chromium with an iPhone user agent and clipboard permission: with
 * IOS_CLIPBOARD_HANDOFF=on (a second `wrangler dev`, started here) every call to action copies the
 * share URL and still reaches the App Store; with it off (the suite's own server) nothing is copied.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker } from "../../bench/lib/worker-server.mjs";
import { buildLongBriefing } from "../fixtures/briefings";
import { byName } from "../fixtures/user-agents";
import { VIEWPORTS, collectProblems, launchChromium, pageWidths, watchProblems } from "./chromium";
import { findLowContrast } from "./contrast";
import type { BrowserWindow } from "./dom";
import { htmlFindings } from "./html-validate";
import { API_TOKEN, BASE_URL } from "./server";

const SCREENSHOTS = "artifacts/screenshots";
const IPHONE = byName("Safari, iPhone iOS 18").ua;
const TIKTOK_IOS = byName("TikTok, iOS").ua;
const IPAD_DESKTOP = byName("Safari, iPad in desktop mode (says Macintosh)").ua;
const APP_STORE = /^https:\/\/apps\.apple\.com\//;

/** A port nobody listens on right now, so this second server never clashes with another engineer's. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function createShareAt(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/shares`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ briefing: buildLongBriefing(3, 2), sharer: { name: "Grace" } }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

let browser: Browser;
let on: { origin: string; stop: () => Promise<void> };
const shares = { on: "", off: "" };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // How a `wrangler dev` gets the setting: `--var IOS_CLIPBOARD_HANDOFF:on`, which startWorker passes for each entry of `vars`.
  on = await startWorker({ port: await freePort(), cwd: process.cwd(), vars: { API_TOKENS: API_TOKEN, IOS_CLIPBOARD_HANDOFF: "on" } });
  browser = await launchChromium();
  shares.on = await createShareAt(on.origin);
  shares.off = await createShareAt(BASE_URL);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await on?.stop();
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, redirect targets included (routes do not see those). */
  requested: string[];
}

async function open(origin: string, userAgent: string, options: { touchMac?: boolean; scheme?: "light" | "dark" } = {}): Promise<Session> {
  const context = await browser.newContext({ ...VIEWPORTS.mobile, userAgent, colorScheme: options.scheme ?? "light" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  if (options.touchMac) {
    // An iPad in desktop mode: a Mac user agent with touch points, which is how the pages tell it apart.
    await context.addInitScript(() => {
      const { navigator } = globalThis as unknown as { navigator: object };
      Object.defineProperty(Object.getPrototypeOf(navigator), "maxTouchPoints", { get: () => 5 });
    });
  }
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  // A direct navigation to the store is cancelled (net::ERR_ABORTED keeps the page, no error page);
  // a redirect's target is not routed, it simply fails offline. Either way the request is recorded.
  await page.route(/^https:\/\/(apps\.apple\.com|play\.google\.com)\//, (route) => route.abort("aborted"));
  return { context, page, requested };
}

async function clipboard(context: BrowserContext, origin: string): Promise<string> {
  const reader = await context.newPage();
  await reader.goto(`${origin}/healthz`);
  await reader.bringToFront();
  const text = await reader.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
  await reader.close();
  return text;
}

async function setClipboard(context: BrowserContext, origin: string, text: string) {
  const writer = await context.newPage();
  await writer.goto(`${origin}/healthz`);
  await writer.bringToFront();
  await writer.evaluate((value) => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(value), text);
  await writer.close();
}

const visibleNotes = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as BrowserWindow;
    return Array.from(document.querySelectorAll("[data-clipboard-note]")).filter((e) => !(e as unknown as { hidden: boolean }).hidden).length;
  });

/** The share page's calls to action: header button, inline card, both footer badges. */
const SHARE_PAGE_CTAS = [
  ["the header button", "header a.button", "banner"],
  ["the inline card", ".cta-inline a.button", "inline"],
  ["the App Store badge", ".cta-card a.store-badge--app-store", "footer"],
  ["the Google Play badge", ".cta-card a.store-badge--google-play", "footer"],
] as const;

/** The pages that carry the hand-off's extra markup when it is on, each as the user agent that gets it. */
const HANDOFF_PAGES = [
  ["the share page, iPhone", (id: string) => `/b/${id}`, IPHONE],
  ["the store hand-off page, TikTok on iOS", (id: string) => `/b/${id}/get?via=banner`, TIKTOK_IOS],
  ["the get-the-app page, iPad in desktop mode", (id: string) => `/b/${id}/get?via=banner`, IPAD_DESKTOP],
] as const;

describe("IOS_CLIPBOARD_HANDOFF=on: the markup is valid to html-validate (as in html-validity.test.ts)", () => {
  it.each(HANDOFF_PAGES)("%s", async (_label, path, userAgent) => {
    const response = await fetch(`${on.origin}${path(shares.on)}`, { headers: { "user-agent": userAgent }, redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    // The variant under test: the hand-off's note is in the markup.
    expect(html).toContain("data-clipboard-note");
    expect(await htmlFindings(html, path(shares.on))).toEqual([]);
  });
});

describe("IOS_CLIPBOARD_HANDOFF=on, iPhone", () => {
  it.each(SHARE_PAGE_CTAS)("the share page: %s copies the share URL, then reaches the App Store", async (_label, selector, via) => {
    const shareUrl = `${on.origin}/b/${shares.on}`;
    const s = await open(on.origin, IPHONE);
    await setClipboard(s.context, on.origin, "sentinel");
    const problems = await watchProblems(s.page);
    await s.page.goto(shareUrl);
    expect(await visibleNotes(s.page)).toBe(3);
    const seen = await collectProblems(s.page, problems);
    const storeRequest = s.page.waitForRequest(APP_STORE, { timeout: 10_000 });
    await s.page.locator(selector).first().tap();
    await storeRequest;
    expect(s.requested).toContain(`${shareUrl}/get?via=${via}`);
    expect(s.requested.some((url) => APP_STORE.test(url))).toBe(true);
    expect(await clipboard(s.context, on.origin)).toBe(shareUrl);
    expect(seen).toEqual({ consoleErrors: [], cspViolations: [] });
    await s.context.close();
  });

  it("the store hand-off page (TikTok's browser): the button copies the share URL and opens the App Store", async () => {
    const shareUrl = `${on.origin}/b/${shares.on}`;
    const s = await open(on.origin, TIKTOK_IOS);
    await setClipboard(s.context, on.origin, "sentinel");
    const problems = await watchProblems(s.page);
    // The page's own script tries the store at once (cancelled here), so the reader is left with the button.
    // "commit": the page's script navigates away at once (cancelled), so its load event never settles for goto.
    await s.page.goto(`${shareUrl}/get?via=banner`, { waitUntil: "commit" });
    await s.page.locator("#store-open").waitFor();
    expect(await s.page.locator("#store-open").isVisible()).toBe(true);
    await expect.poll(() => visibleNotes(s.page)).toBe(1);
    const seen = await collectProblems(s.page, problems);
    const before = s.requested.filter((url) => APP_STORE.test(url)).length;
    await setClipboard(s.context, on.origin, "sentinel");
    await s.page.bringToFront();
    await s.page.locator("#store-open").tap();
    await expect.poll(() => s.requested.filter((url) => APP_STORE.test(url)).length).toBeGreaterThan(before);
    expect(await clipboard(s.context, on.origin)).toBe(shareUrl);
    expect(seen).toEqual({ consoleErrors: [], cspViolations: [] });
    await s.context.close();
  });

  it("the get-the-app page (an iPad in desktop mode): the App Store badge copies the share URL and opens the App Store", async () => {
    const shareUrl = `${on.origin}/b/${shares.on}`;
    const s = await open(on.origin, IPAD_DESKTOP, { touchMac: true });
    const problems = await watchProblems(s.page);
    await s.page.goto(`${shareUrl}/get?via=footer`, { waitUntil: "commit" });
    await s.page.locator("a.store-badge--app-store").waitFor();
    // The iPad script has tried the App Store by itself (cancelled here): no tap, so nothing may be copied yet.
    await expect.poll(() => s.requested.filter((url) => APP_STORE.test(url)).length).toBeGreaterThan(0);
    expect(await s.page.locator("h1").textContent()).toContain("on your phone");
    await expect.poll(() => visibleNotes(s.page)).toBe(1);
    const seen = await collectProblems(s.page, problems);
    await setClipboard(s.context, on.origin, "sentinel");
    await s.page.bringToFront();
    const before = s.requested.filter((url) => APP_STORE.test(url)).length;
    await s.page.locator("a.store-badge--app-store").tap();
    await expect.poll(() => s.requested.filter((url) => APP_STORE.test(url)).length).toBeGreaterThan(before);
    expect(await clipboard(s.context, on.origin)).toBe(shareUrl);
    expect(seen).toEqual({ consoleErrors: [], cspViolations: [] });
    await s.context.close();
  });

  it.each(["light", "dark"] as const)("the sentences are legible (AA) and fit a 390 px phone, %s", async (scheme) => {
    const s = await open(on.origin, IPHONE, { scheme });
    await s.page.goto(`${on.origin}/b/${shares.on}`);
    expect(await findLowContrast(s.page)).toEqual([]);
    const widths = await pageWidths(s.page);
    expect(widths.scroll - widths.inner).toBe(0);
    await s.page.screenshot({ path: `${SCREENSHOTS}/clipboard-handoff-iphone-${scheme}.png`, fullPage: true });
    await s.context.close();
  });

  it("says nothing and copies nothing on Android, even with the setting on", async () => {
    const s = await open(on.origin, byName("Chrome, Pixel 8").ua);
    await setClipboard(s.context, on.origin, "sentinel-android");
    await s.page.goto(`${on.origin}/b/${shares.on}`);
    expect(await visibleNotes(s.page)).toBe(0);
    const play = s.page.waitForRequest(/^https:\/\/play\.google\.com\//, { timeout: 10_000 });
    await s.page.locator("header a.button").tap();
    await play;
    expect(await clipboard(s.context, on.origin)).toBe("sentinel-android");
    await s.context.close();
  });
});

describe("IOS_CLIPBOARD_HANDOFF off (the default), iPhone", () => {
  it.each(SHARE_PAGE_CTAS)("the share page: %s reaches the App Store and leaves the clipboard untouched", async (_label, selector, via) => {
    const shareUrl = `${BASE_URL}/b/${shares.off}`;
    const s = await open(BASE_URL, IPHONE);
    await setClipboard(s.context, BASE_URL, "sentinel-off");
    const problems = await watchProblems(s.page);
    await s.page.goto(shareUrl);
    expect(await visibleNotes(s.page)).toBe(0);
    expect(await s.page.locator("[data-clipboard-note]").count()).toBe(0);
    const seen = await collectProblems(s.page, problems);
    const storeRequest = s.page.waitForRequest(APP_STORE, { timeout: 10_000 });
    await s.page.locator(selector).first().tap();
    await storeRequest;
    expect(s.requested).toContain(`${shareUrl}/get?via=${via}`);
    expect(await clipboard(s.context, BASE_URL)).toBe("sentinel-off");
    expect(seen).toEqual({ consoleErrors: [], cspViolations: [] });
    await s.context.close();
  });

  it("the store hand-off page says nothing and copies nothing", async () => {
    const s = await open(BASE_URL, TIKTOK_IOS);
    await s.page.goto(`${BASE_URL}/b/${shares.off}/get?via=banner`, { waitUntil: "commit" });
    await s.page.locator("#store-open").waitFor();
    expect(await s.page.locator("[data-clipboard-note]").count()).toBe(0);
    await setClipboard(s.context, BASE_URL, "sentinel-off");
    await s.page.bringToFront();
    const before = s.requested.filter((url) => APP_STORE.test(url)).length;
    await s.page.locator("#store-open").tap();
    await expect.poll(() => s.requested.filter((url) => APP_STORE.test(url)).length).toBeGreaterThan(before);
    expect(await clipboard(s.context, BASE_URL)).toBe("sentinel-off");
    await s.context.close();
  });
});
