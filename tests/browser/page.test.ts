/// <reference types="node" />
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBriefing, buildLongBriefing } from "../fixtures/briefings";
import { VIEWPORTS, type ViewportName, collectProblems, launchChromium, pageWidths, watchProblems } from "./chromium";
import { findLowContrast } from "./contrast";
import type { BrowserWindow } from "./dom";
import { API_TOKEN, BASE_URL, createShare } from "./server";

const SCREENSHOTS = "artifacts/screenshots";

const ARABIC = buildBriefing({
  lang: "ar",
  topic: "اقتصاد",
  title: "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة",
  summary: "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير، مشيراً إلى تباطؤ التضخم وضعف الطلب المحلي.",
  summaryCitations: [{ label: "reuters.com", url: "https://www.reuters.com/" }],
  sections: [
    {
      heading: "لماذا يهم",
      paragraphs: [
        { text: "يتوقع المحللون خفضاً في الربع القادم إذا استمر التضخم في التراجع.", citations: [{ label: "aljazeera.net", url: "https://www.aljazeera.net/" }] },
      ],
    },
    { heading: "ما التالي", paragraphs: [{ text: "يجتمع البنك مرة أخرى في يونيو." }] },
  ],
});

/** name → path, filled in beforeAll. */
const pages = new Map<string, string>();
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  const long = await createShare({ briefing: buildLongBriefing(4, 3), sharer: { name: "Grace" } });
  const arabic = await createShare({ briefing: ARABIC, sharer: { name: "ليلى" } });
  const revoked = await createShare({ briefing: buildBriefing() });
  await fetch(`${BASE_URL}/api/shares/${revoked}`, { method: "DELETE", headers: { authorization: `Bearer ${API_TOKEN}` } });
  pages.set("demo", "/b/demo");
  pages.set("long", `/b/${long}`);
  pages.set("arabic", `/b/${arabic}`);
  pages.set("not-found", "/b/NoSuchShare42");
  pages.set("revoked", `/b/${revoked}`);
  pages.set("home", "/");
});

afterAll(async () => {
  await browser?.close();
});

const PAGE_NAMES = ["demo", "long", "arabic", "not-found", "revoked", "home"] as const;
const MATRIX = PAGE_NAMES.flatMap((name) =>
  (["mobile", "desktop"] as const).flatMap((viewport) => (["light", "dark"] as const).map((scheme) => ({ name, viewport, scheme }))),
);

describe("every page, on mobile and desktop, light and dark", () => {
  it.each(MATRIX)("$name · $viewport · $scheme: no console error, no CSP violation, no sideways scroll, AA contrast", async ({ name, viewport, scheme }) => {
    const context = await browser.newContext({ ...VIEWPORTS[viewport as ViewportName], colorScheme: scheme });
    try {
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(`${BASE_URL}${pages.get(name)}`, { waitUntil: "load" });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${viewport}-${scheme}.png`, fullPage: true });

      expect(await collectProblems(page, problems)).toEqual({ consoleErrors: [], cspViolations: [] });
      const widths = await pageWidths(page);
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
      expect(await findLowContrast(page)).toEqual([]);
      // The stylesheet applied (a CSP mismatch would leave the page unstyled).
      expect(await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        return getComputedStyle(document.body).margin;
      })).toBe("0px");
    } finally {
      await context.close();
    }
  });
});

describe("the call to action", () => {
  it.each(["demo", "long", "arabic"] as const)("is visible without scrolling on a phone (%s)", async (name) => {
    const context = await browser.newContext(VIEWPORTS.mobile);
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}${pages.get(name)}`);
      const cta = page.locator('a[href*="/get?via=banner"]');
      await expect.poll(() => cta.isVisible()).toBe(true);
      const box = await cta.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    } finally {
      await context.close();
    }
  });
});

describe("reading conditions", () => {
  it.each([
    ["320 px wide", { viewport: { width: 320, height: 640 } }],
    ["200% zoom of a 1280 px window", { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
  ])("fits %s without sideways scroll", async (label, options) => {
    for (const name of ["demo", "long", "arabic", "home", "revoked"] as const) {
      const context = await browser.newContext(options);
      try {
        const page = await context.newPage();
        await page.goto(`${BASE_URL}${pages.get(name)}`);
        // The first screen, and the store badges at this width: the two places a squeeze shows first.
        const slug = `${name}-${label.replace(/\W+/g, "-")}`;
        await page.screenshot({ path: `${SCREENSHOTS}/${slug}.png` });
        await page.locator(".store-badges").first().screenshot({ path: `${SCREENSHOTS}/${slug}-badges.png` });
        const widths = await pageWidths(page);
        expect(widths.scroll, name).toBeLessThanOrEqual(widths.inner);
      } finally {
        await context.close();
      }
    }
  });

  it("is fully readable with JavaScript off", async () => {
    const context = await browser.newContext({ ...VIEWPORTS.mobile, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/b/demo`);
      await expect.poll(() => page.locator("h1").isVisible()).toBe(true);
      expect(await page.locator(".paragraph__text").count()).toBeGreaterThan(2);
      expect(await page.locator(".store-badge").count()).toBe(2);
    } finally {
      await context.close();
    }
  });

  it("lays an Arabic briefing out right to left", async () => {
    const context = await browser.newContext(VIEWPORTS.desktop);
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}${pages.get("arabic")}`);
      expect(await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        return getComputedStyle(document.documentElement).direction;
      })).toBe("rtl");
      // The summary's accent border is on the reading start: the right-hand side.
      const summary = await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        const style = getComputedStyle(document.querySelector(".summary")!);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
      expect(summary).toEqual({ right: "4px", left: "0px" });
      const title = await page.locator("h1").boundingBox();
      const main = await page.locator("main").boundingBox();
      // Text starts at the right edge of the column.
      expect(main!.x + main!.width - (title!.x + title!.width)).toBeLessThan(40);
    } finally {
      await context.close();
    }
  });

  it("shows a visible focus ring on keyboard focus", async () => {
    const context = await browser.newContext(VIEWPORTS.desktop);
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/b/demo`);
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        const element = document.activeElement!;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return { text: element.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: rect.top };
      });
      expect(skip).toMatchObject({ text: "Skip to the briefing", outline: "solid", width: "3px" });
      expect(skip.top).toBeGreaterThanOrEqual(0);
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        return getComputedStyle(document.activeElement!).outlineStyle;
      });
      expect(next).toBe("solid");
    } finally {
      await context.close();
    }
  });

  it("stops transitions when the reader prefers reduced motion", async () => {
    const context = await browser.newContext({ ...VIEWPORTS.desktop, reducedMotion: "reduce" });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/b/demo`);
      const durations = await page.evaluate(() => {
        const { getComputedStyle, document } = globalThis as unknown as BrowserWindow;
        return Array.from(document.querySelectorAll(".button, .store-badge")).map((e) => getComputedStyle(e).transitionDuration);
      });
      expect(durations.length).toBeGreaterThan(0);
      expect(new Set(durations)).toEqual(new Set(["0s"]));
    } finally {
      await context.close();
    }
  });
});

describe("static assets", () => {
  it("carry the same security headers as the Worker's responses (public/_headers)", async () => {
    const response = await fetch(`${BASE_URL}/emoji/twemoji/1f004.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // An SVG opened on its own must not be able to run script.
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });
});
