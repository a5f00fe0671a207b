/// <reference types="node" />
/** Launches Debian's Chromium through playwright-core, and collects what a page reports: console errors and CSP violations. */
import { type Browser, type BrowserContextOptions, type Page, chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../bench/lib/chromium-flags.mjs";
import type { BrowserWindow } from "./dom";

/**
 * The document's scroll width and the window's width: a page fits when `scroll <= inner`.
 *
 * @example
 * const widths = await pageWidths(page); expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
 */
export function pageWidths(page: Page): Promise<{ scroll: number; inner: number }> {
  return page.evaluate(() => {
    const window = globalThis as unknown as BrowserWindow;
    return { scroll: window.document.documentElement.scrollWidth, inner: window.innerWidth };
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export const VIEWPORTS = {
  mobile: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof VIEWPORTS;

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * Records console errors, uncaught exceptions and CSP violations on a page. The violation listener
 * is installed through CDP (addInitScript), which the page's CSP does not apply to.
 *
 * @example
 * const problems = watchProblems(page);
 * await page.goto(url);
 * expect(await collect(page, problems)).toEqual({ consoleErrors: [], cspViolations: [] });
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chrome logs an error page's own 404/410 status; that status is the page's point, not a fault.
    const isDocumentStatus = /^Failed to load resource: the server responded with a status of (404|410)\b/.test(message.text()) && message.location().url === page.url();
    if (!isDocumentStatus) problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  await page.addInitScript(() => {
    const window = globalThis as unknown as BrowserWindow;
    const record: string[] = [];
    window.__csp = record;
    window.document.addEventListener("securitypolicyviolation", (event) => {
      record.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return problems;
}

export async function collectProblems(page: Page, problems: PageProblems): Promise<PageProblems> {
  const violations = await page.evaluate(() => (globalThis as unknown as BrowserWindow).__csp ?? []);
  return { consoleErrors: problems.consoleErrors, cspViolations: [...problems.cspViolations, ...violations] };
}
