/// <reference types="node" />
/**
 * The dashboard in Chromium over http://localhost (which Chromium treats as a secure context, so the
 * `Secure` __Host- cookie is really stored and sent): sign-in, overview, list, a share, revoke,
 * sign-out; every page in both themes and sizes without console errors, CSP violations, axe
 * findings (WCAG 2.2 AA) or sideways scroll at 320 px; the figures shown equal the API's.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBriefing } from "../fixtures/briefings";
import { USER_AGENTS } from "../fixtures/user-agents";
import { axeViolations } from "./axe";
import { VIEWPORTS, type ViewportName, collectProblems, launchChromium, pageWidths, watchProblems } from "./chromium";
import type { BrowserWindow } from "./dom";
import { API_TOKEN, BASE_URL, PORT, createShare } from "./server";

const SCREENSHOTS = "artifacts/screenshots";
/** `localhost`, not 127.0.0.1: the cookie check below proves Chromium stored the Secure cookie over http. */
const DASHBOARD = `http://localhost:${PORT}`;

const agent = (platform: string) => USER_AGENTS.find((a) => a.kind === "human" && a.platform === platform)!.ua;
const unfurler = (name: string) => USER_AGENTS.find((a) => a.name === name)!.ua;

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}/api${path}`, { ...init, headers: { authorization: `Bearer ${API_TOKEN}`, ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Stats {
  views: { human: number; total: number };
  unfurls: Record<string, number>;
  ctaClicks: Record<string, number>;
  uniqueVisitors: number;
}
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

let browser: Browser;
let busy = "";
let spare = "";

/** A context signed in through the form, like a person would. */
async function signedIn(options: BrowserContextOptions = VIEWPORTS.desktop): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${DASHBOARD}/dashboard/login`);
  await page.fill("#token", API_TOKEN);
  await Promise.all([page.waitForURL(`${DASHBOARD}/dashboard`), page.click("form.signin__form button[type=submit]")]);
  return { context, page };
}

/** The number a `data-figure` element shows ("1,204" → 1204). */
async function figure(page: Page, key: string): Promise<number> {
  return Number((await page.locator(`.tile__value[data-figure="${key}"]`).innerText()).replace(/,/g, ""));
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  busy = await createShare({ briefing: buildBriefing({ title: "Central bank holds rates for a third time", topic: "Economy" }), sharer: { name: "Grace", ref: "user-42" } });
  spare = await createShare({ briefing: buildBriefing({ title: "Storm season starts early" }), sharer: { name: "Ada", ref: "user-7" } });
  const hit = (path: string, ua: string, ip: string) => fetch(`${BASE_URL}${path}`, { headers: { "user-agent": ua, "cf-connecting-ip": ip }, redirect: "manual" });
  await Promise.all([
    ...Array.from({ length: 6 }, (_, i) => hit(`/b/${busy}`, agent(i % 2 ? "ios" : "android"), `203.0.113.${i + 1}`)),
    hit(`/b/${busy}`, unfurler("WhatsApp, Android"), "198.51.100.1"),
    hit(`/b/${busy}`, unfurler("Slack"), "198.51.100.2"),
    hit(`/b/${busy}/get?via=banner`, agent("ios"), "203.0.113.1"),
    hit(`/b/${busy}/get?via=footer`, agent("android"), "203.0.113.2"),
  ]);
  // The queue drains within a few seconds: wait until the stats API shows every hit.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const stats = await api<Stats>(`/shares/${busy}/stats`);
    if (stats.views.total === 8 && sum(stats.ctaClicks) === 2) break;
    if (Date.now() > deadline) throw new Error(`stats never arrived: ${JSON.stringify(stats)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

afterAll(async () => {
  await browser?.close();
});

describe("signing in", () => {
  it("redirects to the sign-in page without a session, then back after signing in, with a Secure HttpOnly SameSite=Strict __Host- cookie", async () => {
    const context = await browser.newContext(VIEWPORTS.desktop);
    try {
      const page = await context.newPage();
      await page.goto(`${DASHBOARD}/dashboard/shares`);
      expect(new URL(page.url()).pathname).toBe("/dashboard/login");
      expect(await page.locator("h1").innerText()).toBe("Sign in to the dashboard");
      await page.fill("#token", "wrong-token");
      await page.click("form.signin__form button[type=submit]");
      expect(await page.locator("#signin-notice").innerText()).toContain("not one of this deployment");
      expect(await context.cookies()).toEqual([]);
      await page.fill("#token", API_TOKEN);
      await Promise.all([page.waitForURL(`${DASHBOARD}/dashboard/shares`), page.click("form.signin__form button[type=submit]")]);
      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({ name: "__Host-dashboard-session", domain: "localhost", path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
      expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(7.9 * 3600_000);
      expect(await page.locator("h1").innerText()).toBe("Shares");
    } finally {
      await context.close();
    }
  });
});

/** name → path; the sign-in page is seen signed out (signed in, it sends you on). */
const PAGES = [
  ["overview", () => "/dashboard"],
  ["overview-7-days", () => "/dashboard?range=7&metric=ctaClicks"],
  ["shares", () => "/dashboard/shares"],
  ["share", () => `/dashboard/shares/${busy}`],
  ["sign-in", () => "/dashboard/login?notice=session-ended"],
] as const;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
let matrixSession: StorageState | null = null;

/**
 * A context for `name`: signed in for every page but the sign-in page. The matrix shares one session
 * signed in through the form once: one sign-in per page would be 16 a minute, slower for nothing
 * (only failed sign-ins count against the limit, 10 per 15 minutes per client).
 */
async function contextFor(name: string, options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
  if (name !== "sign-in" && matrixSession === null) {
    const first = await signedIn(options);
    matrixSession = await first.context.storageState();
    await first.context.close();
  }
  const context = await browser.newContext(name === "sign-in" ? options : { ...options, storageState: matrixSession! });
  return { context, page: await context.newPage() };
}
const MATRIX = PAGES.flatMap(([name, path]) =>
  (["mobile", "desktop"] as const).flatMap((viewport) => (["light", "dark"] as const).map((scheme) => ({ name, path, viewport, scheme }))),
);

describe("every dashboard page, on mobile and desktop, light and dark", () => {
  it.each(MATRIX)("$name · $viewport · $scheme: no console error, no CSP violation, axe-clean (WCAG 2.2 AA)", async ({ name, path, viewport, scheme }) => {
    const { context, page } = await contextFor(name, { ...VIEWPORTS[viewport as ViewportName], colorScheme: scheme });
    try {
      const problems = await watchProblems(page);
      await page.goto(`${DASHBOARD}${path()}`, { waitUntil: "load" });
      // The shared session must really be signed in: a redirect to the sign-in page would pass axe trivially.
      if (name !== "sign-in") expect(new URL(page.url()).pathname).not.toBe("/dashboard/login");
      // The daily table is behind a disclosure: open it so axe checks it too.
      for (const summary of await page.locator("details.disclosure > summary").all()) await summary.click();
      await page.screenshot({ path: `${SCREENSHOTS}/dashboard-${name}-${viewport}-${scheme}.png`, fullPage: true });
      expect(await collectProblems(page, problems)).toEqual({ consoleErrors: [], cspViolations: [] });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        return getComputedStyle(document.body).margin;
      })).toBe("0px");
    } finally {
      await context.close();
    }
  });

  it.each(PAGES)("%s fits 320 px without sideways scroll", async (name, path) => {
    const { context, page } = await contextFor(name, { viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${DASHBOARD}${path()}`);
      for (const summary of await page.locator("details > summary").all()) await summary.click();
      const widths = await pageWidths(page);
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    } finally {
      await context.close();
    }
  });

  it("works with JavaScript off: sign-in, range change and search are plain forms and links", async () => {
    const context = await browser.newContext({ ...VIEWPORTS.desktop, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${DASHBOARD}/dashboard/login`);
      await page.fill("#token", API_TOKEN);
      await Promise.all([page.waitForURL(`${DASHBOARD}/dashboard`), page.click("form.signin__form button[type=submit]")]);
      await Promise.all([page.waitForURL(/range=7/), page.click('nav.segmented a:text("7 days")')]);
      expect(await page.locator('nav.segmented a[aria-current="page"]').innerText()).toBe("7 days");
      await page.goto(`${DASHBOARD}/dashboard/shares`);
      await page.fill("#filter-q", "storm");
      await Promise.all([page.waitForURL(/q=storm/), page.click('form.filters button[type="submit"]')]);
      expect(await page.locator("h1").innerText()).toBe("Shares");
    } finally {
      await context.close();
    }
  });
});

describe("the figures shown are the API's", () => {
  it("on the overview: every headline figure equals GET /api/analytics for the same range", async () => {
    const { context, page } = await signedIn();
    try {
      await page.goto(`${DASHBOARD}/dashboard?range=30`);
      const analytics = await api<{
        totals: { sharesCreated: number; views: { human: number }; unfurls: Record<string, number>; ctaClicks: Record<string, number>; appOpens: Record<string, number> };
        daily: unknown[];
      }>(`/analytics`);
      const { totals } = analytics;
      expect(await figure(page, "sharesCreated")).toBe(totals.sharesCreated);
      expect(await figure(page, "unfurls")).toBe(sum(totals.unfurls));
      expect(await figure(page, "humanViews")).toBe(totals.views.human);
      expect(await figure(page, "ctaTaps")).toBe(sum(totals.ctaClicks));
      expect(await figure(page, "appOpens")).toBe(sum(totals.appOpens));
      expect(totals.sharesCreated).toBeGreaterThanOrEqual(2);
      expect(await page.locator("tr[data-date]").count()).toBe(analytics.daily.length);
    } finally {
      await context.close();
    }
  });

  it("on the list: the shares and their figures are GET /api/shares's, in its order", async () => {
    const { context, page } = await signedIn();
    try {
      await page.goto(`${DASHBOARD}/dashboard/shares`);
      const list = await api<{ shares: Array<{ id: string; views: { human: number }; ctaClicks: Record<string, number> }> }>(`/shares?limit=25`);
      type Row = { getAttribute(name: string): string | null; querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
      const rows = await page.locator("tr[data-share-id]").evaluateAll((elements) =>
        (elements as unknown as Row[]).map((row) => ({
          id: row.getAttribute("data-share-id"),
          figures: Array.from(row.querySelectorAll("td.num strong"), (cell) => Number((cell.textContent ?? "").replace(/,/g, ""))),
        })),
      );
      expect(rows).toEqual(list.shares.map((share) => ({ id: share.id, figures: [share.views.human, sum(share.ctaClicks)] })));
      expect(rows.length).toBeGreaterThanOrEqual(2);
    } finally {
      await context.close();
    }
  });

  it("on a share's page: unfurls, human views, unique visitors and CTA taps equal GET /api/shares/:id/stats", async () => {
    const { context, page } = await signedIn();
    try {
      await page.goto(`${DASHBOARD}/dashboard/shares/${busy}`);
      const stats = await api<Stats>(`/shares/${busy}/stats`);
      expect(await figure(page, "unfurls")).toBe(sum(stats.unfurls));
      expect(await figure(page, "humanViews")).toBe(stats.views.human);
      expect(await figure(page, "uniqueVisitors")).toBe(stats.uniqueVisitors);
      expect(await figure(page, "ctaTaps")).toBe(sum(stats.ctaClicks));
      expect(stats.views.human).toBe(6);
    } finally {
      await context.close();
    }
  });
});

describe("revoke and sign-out", () => {
  it("revokes a share from its page (confirm, then the share answers 410)", async () => {
    const { context, page } = await signedIn();
    try {
      await page.goto(`${DASHBOARD}/dashboard/shares/${spare}`);
      await page.click("details.danger-zone > summary");
      await Promise.all([page.waitForURL(/revoked=1/), page.click('details.danger-zone button[type="submit"]')]);
      expect(await page.locator(".page-sub .status").innerText()).toBe("Revoked");
      expect((await fetch(`${BASE_URL}/b/${spare}`)).status).toBe(410);
    } finally {
      await context.close();
    }
  });

  it("signs out: the cookie is gone and the dashboard asks to sign in again", async () => {
    const { context, page } = await signedIn();
    try {
      const cookie = (await context.cookies())[0]!;
      await Promise.all([page.waitForURL(/\/dashboard\/login\?notice=signed-out/), page.click('form[action="/dashboard/logout"] button')]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.locator("#signin-notice").innerText()).toBe("You are signed out.");
      await page.goto(`${DASHBOARD}/dashboard`);
      expect(new URL(page.url()).pathname).toBe("/dashboard/login");
      // The old cookie, replayed by hand, no longer opens the dashboard.
      const replay = await fetch(`${DASHBOARD}/dashboard`, { headers: { cookie: `${cookie.name}=${cookie.value}` }, redirect: "manual" });
      expect(replay.status).toBe(303);
    } finally {
      await context.close();
    }
  });
});
