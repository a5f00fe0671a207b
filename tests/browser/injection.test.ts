/// <reference types="node" />
/**
 * Injection in a real browser: pages whose every field holds XSS payloads (naughty strings, XSS
 * polyglots, our context breakouts) are loaded in Chromium. No payload may run script (each calls
 * __xssFired or alert when it runs), open a dialog, navigate away, or trigger a CSP violation.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing-schema";
import { CONTEXT_PAYLOADS, URL_PAYLOADS, naughtyStrings, xssPolyglots } from "../fixtures/injection-payloads";
import { isPlainText } from "../property/arbitraries";
import { VIEWPORTS, collectProblems, launchChromium, watchProblems } from "./chromium";
import { BASE_URL, createShare } from "./server";

const DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const clip = (text: string, max: number) => Array.from(text).slice(0, max).join("");

/** The payloads meant to run script: markup, script URLs, handlers, template syntax. */
const SCRIPTY = /<|javascript:|on\w+\s*=|\{\{|\$\{|&#|%3c/i;
const PAYLOADS = [...new Set([...xssPolyglots, ...CONTEXT_PAYLOADS, ...naughtyStrings.filter((s) => SCRIPTY.test(s))])].filter((p) =>
  isPlainText(clip(p, 120), 1, 120),
);

/** One share per context payload, that payload in every field. */
function everyFieldBriefing(payload: string): { briefing: Briefing; sharer: { name: string } } {
  const label = clip(payload, 120);
  return {
    briefing: {
      title: clip(payload, 200),
      summary: payload,
      summaryCitations: [{ label, url: URL_PAYLOADS[0]! }],
      sections: [
        { heading: payload, paragraphs: [{ text: payload, citations: [{ label, url: URL_PAYLOADS[1]! }, { label }] }] },
        { heading: payload, paragraphs: [{ text: payload }] },
      ],
      topic: clip(payload, 60),
    },
    sharer: { name: clip(payload, 80) },
  };
}

/** Many payloads per share: one section each (heading, paragraph, cited label, hostile URL). */
function packedBriefing(chunk: string[], index: number): { briefing: Briefing; sharer: { name: string } } {
  return {
    briefing: {
      title: clip(chunk[0]!, 200),
      summary: clip(chunk.join(" "), 1000),
      sections: chunk.map((payload, i) => ({
        heading: clip(payload, 200),
        paragraphs: [{ text: payload, citations: [{ label: clip(payload, 120), url: URL_PAYLOADS[(index + i) % URL_PAYLOADS.length]! }] }],
      })),
      topic: clip(chunk[1] ?? chunk[0]!, 60),
    },
    sharer: { name: clip(chunk[2] ?? chunk[0]!, 80) },
  };
}

/** Everything that would show a payload ran, recorded from before the first script of the page. */
async function armTraps(page: Page): Promise<string[]> {
  const fired: string[] = [];
  await page.exposeFunction("__reportXss", (what: string) => void fired.push(what));
  await page.addInitScript(() => {
    // Runs in the page: its global object is the window (this file's types are Node's).
    const page = globalThis as unknown as { __reportXss: (what: string) => void };
    const trap = (name: string) => (...args: unknown[]) => page.__reportXss(`${name}(${args.map(String).join(",")})`);
    Object.assign(page, { __xssFired: trap("__xssFired"), alert: trap("alert"), confirm: trap("confirm"), prompt: trap("prompt"), print: trap("print") });
  });
  page.on("dialog", (dialog) => {
    fired.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return fired;
}

let browser: Browser;
const paths: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  for (const payload of CONTEXT_PAYLOADS) paths.push(`/b/${await createShare(everyFieldBriefing(payload))}`);
  const chunkSize = 40;
  for (let i = 0; i < PAYLOADS.length; i += chunkSize) {
    const id = await createShare(packedBriefing(PAYLOADS.slice(i, i + chunkSize), i));
    paths.push(`/b/${id}`, `/b/${id}/preview`);
  }
  const id = paths[0]!.slice(3);
  for (const payload of [...xssPolyglots.slice(0, 6), ...CONTEXT_PAYLOADS.slice(0, 6)]) {
    paths.push(`/b/${id}/get?via=${encodeURIComponent(payload)}`, `/b/${encodeURIComponent(payload)}`);
  }
});

afterAll(async () => {
  await browser?.close();
});

describe("no payload runs in Chromium", () => {
  it("covers the payload lists (so a filter bug cannot empty this test)", () => {
    expect(PAYLOADS.length).toBeGreaterThan(150);
    expect(paths.length).toBeGreaterThan(50);
  });

  it("runs no script, opens no dialog, leaves no page and violates no CSP on any payload page", { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ ...VIEWPORTS.desktop, userAgent: DESKTOP });
    const failures: string[] = [];
    try {
      // One tab for every page: the traps and the CSP listener are re-installed on each navigation.
      const page = await context.newPage();
      const fired = await armTraps(page);
      const problems = await watchProblems(page);
      for (const path of paths) {
        const seen = { fired: fired.length, console: problems.consoleErrors.length };
        const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: "load" });
        // Give deferred payloads (timers, focus, toggles, image errors) a moment to fire.
        await page.waitForTimeout(50);
        const { consoleErrors, cspViolations } = await collectProblems(page, problems);
        const ran = fired.slice(seen.fired);
        const logged = consoleErrors.slice(seen.console);
        if (ran.length) failures.push(`${path}: ran ${ran.join("; ")}`);
        if (cspViolations.length) failures.push(`${path}: CSP ${cspViolations.join("; ")}`);
        if (logged.length) failures.push(`${path}: console ${logged.join("; ")}`);
        if (new URL(page.url()).origin !== BASE_URL) failures.push(`${path}: navigated to ${page.url()}`);
        if (!response || response.status() >= 500) failures.push(`${path}: status ${response?.status()}`);
      }
    } finally {
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it("the traps catch an injection that does run, and CSP violations are seen (the oracle can fail)", async () => {
    const context = await browser.newContext(VIEWPORTS.desktop);
    try {
      const page = await context.newPage();
      const fired = await armTraps(page);
      const problems = await watchProblems(page);
      // A page of our origin with our CSP, as if a template had let a payload through.
      const csp = (await fetch(`${BASE_URL}/`)).headers.get("content-security-policy")!;
      await page.route(`${BASE_URL}/injected`, (route) =>
        route.fulfill({
          status: 200,
          headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": csp },
          body: `<!doctype html><p>x</p><img src=x onerror="__xssFired('handler')"><script>__xssFired('inline')</script>`,
        }),
      );
      await page.goto(`${BASE_URL}/injected`);
      await page.waitForTimeout(150);
      expect((await collectProblems(page, problems)).cspViolations.length).toBeGreaterThan(0);
      // Without a CSP the same markup runs, and the traps record it.
      await page.route(`${BASE_URL}/injected-no-csp`, (route) =>
        route.fulfill({ status: 200, headers: { "content-type": "text/html" }, body: `<script>__xssFired('inline')</script>` }),
      );
      await page.goto(`${BASE_URL}/injected-no-csp`);
      await page.waitForTimeout(150);
      expect(fired).toContain("__xssFired(inline)");
    } finally {
      await context.close();
    }
  });
});
