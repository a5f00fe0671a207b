#!/usr/bin/env node
/**
 * `npm run lighthouse`: starts `wrangler dev` on port 8791 with the demo share, runs Lighthouse
 * (mobile, its default simulated throttling) with Debian's Chromium on the demo share and on the
 * home page, prints the four category scores side by side, and stops everything it started.
 *
 * CHROME_PATH overrides the browser (default /usr/bin/chromium).
 */
import { cpus, loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../bench/lib/chromium-flags.mjs";
import { startWorker } from "../bench/lib/worker-server.mjs";

const PORT = 8791;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const TARGETS = [
  { name: "share page /b/demo", path: "/b/demo" },
  { name: "home page /", path: "/" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

let chrome;
let server;
let exitCode = 0;
try {
  server = await startWorker({ port: PORT, cwd: process.cwd(), vars: { DEMO_SHARE: "on" } });
  // Seeds the demo share before Lighthouse measures, so the first load is not a storage write.
  await fetch(`${BASE_URL}/b/demo`);
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });

  const rows = [];
  for (const target of TARGETS) {
    const result = await lighthouse(`${BASE_URL}${target.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    const failing = CATEGORIES.flatMap((id) =>
      categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id].score < 1)
        .map((ref) => `${id}: ${ref.id} (${audits[ref.id].score}) ${audits[ref.id].title}`),
    );
    rows.push({ target, scores, failing, lcp: audits["largest-contentful-paint"]?.displayValue, cls: audits["cumulative-layout-shift"]?.displayValue });
  }

  const header = ["page", "Performance", "Accessibility", "Best Practices", "SEO"];
  // Performance is measured on this machine's CPU: on a busy one, Total Blocking Time can cost a few points.
  const load = `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
  console.log(`\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, ${CHROMIUM_PATH}, ${load}\n`);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.target.name} | ${row.scores.join(" | ")} |`);
  for (const row of rows) {
    console.log(`\n${row.target.name}: LCP ${row.lcp}, CLS ${row.cls}`);
    for (const line of row.failing) console.log(`  below 1: ${line}`);
  }
  if (rows.some((row) => row.failing.some((line) => line.startsWith("seo: is-crawlable")))) {
    console.log(
      "\nNote: share pages send `noindex` on purpose (they are private-ish links, kept out of search while\n" +
        "link previews still fetch them); Lighthouse's SEO category scores that one audit as a failure.",
    );
  }
} catch (error) {
  if (server) console.error(server.log());
  console.error(error);
  exitCode = 1;
} finally {
  await chrome?.kill();
  await server?.stop();
}
process.exit(exitCode);
