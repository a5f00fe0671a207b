/// <reference types="node" />
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENTS } from "../fixtures/user-agents";
import { collectProblems, launchChromium, watchProblems } from "./chromium";
import { BASE_URL } from "./server";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const agent = (platform: string) => USER_AGENTS.find((a) => a.kind === "human" && a.platform === platform)!;

describe("Open in app, revealed by the page's one script", () => {
  it.each([
    ["android", true],
    ["ios", false],
    ["desktop", false],
  ])("on %s: visible = %s, with no CSP violation", async (platform, visible) => {
    const context = await browser.newContext({ userAgent: agent(platform).ua, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${BASE_URL}/b/demo`);
    expect(await page.locator("a.open-in-app").isVisible()).toBe(visible);
    expect(await collectProblems(page, problems)).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});
