#!/usr/bin/env node
/**
 * `npm run lighthouse`: starts `wrangler dev` on port 8791 with the demo share, runs Lighthouse
 * (mobile, its default simulated throttling) with Debian's Chromium on the demo share, an Arabic
 * (right-to-left) and a Japanese share page, the home page and the dashboard's overview and share
 * list (signed in through its form first), prints the four category scores side by side, and
 * stops everything it started.
 *
 * CHROME_PATH overrides the browser (default /usr/bin/chromium).
 */
import { cpus, loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../bench/lib/chromium-flags.mjs";
import { startWorker } from "../bench/lib/worker-server.mjs";

// LIGHTHOUSE_PORT moves it, for two checkouts on one machine.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 8791);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
/** The dashboard is signed in with this token; its session cookie goes with every Lighthouse request. */
const TOKEN = "lighthouse-token";
/** Share pages in a right-to-left and a CJK language, created through the API before the runs. */
const LANGUAGE_BRIEFINGS = {
  ar: {
    lang: "ar",
    topic: "تقنية",
    publishedAt: "2026-11-26T08:00:00Z",
    title: "مختبر ذكاء اصطناعي يسحب نموذج GPT-5 بعد 48 ساعة من إطلاقه",
    summary: "قرر مختبر رائد سحب أحدث نماذجه بعد أن رصد باحثون سلوكاً غير متوقع في اختبارات السلامة.",
    summaryCitations: [{ label: "reuters.com", url: "https://www.reuters.com/" }],
    sections: [{ heading: "لماذا يهم", paragraphs: [{ text: "إنها المرة الأولى التي يُسحب فيها نموذج بهذا الحجم خلال يومين.", citations: [{ label: "aljazeera.net", url: "https://www.aljazeera.net/" }] }] }],
  },
  ja: {
    lang: "ja",
    topic: "テクノロジー",
    publishedAt: "2026-11-26T08:00:00Z",
    title: "大手AI研究所、最新モデルを公開48時間後に撤回",
    summary: "安全性テストで予期しない挙動が見つかったため、研究所は最新モデルの提供を一時停止すると発表した。",
    summaryCitations: [{ label: "nikkei.com", url: "https://www.nikkei.com/" }],
    sections: [{ heading: "なぜ重要か", paragraphs: [{ text: "この規模のモデルが公開直後に撤回されるのは初めてだ。", citations: [{ label: "nhk.or.jp", url: "https://www3.nhk.or.jp/" }] }] }],
  },
};

/** Creates a share through the API and returns its page's path. */
async function createShare(briefing) {
  const response = await fetch(`${BASE_URL}/api/shares`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ briefing }),
  });
  if (response.status !== 201) throw new Error(`POST /api/shares answered ${response.status}: ${await response.text()}`);
  return new URL((await response.json()).url).pathname;
}

/** Signs in through the dashboard's form, as a browser would (same Origin), and returns the Cookie header. */
async function signIn() {
  const response = await fetch(`${BASE_URL}/dashboard/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE_URL },
    body: new URLSearchParams({ token: TOKEN, next: "/dashboard" }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("__Host-dashboard-session="));
  if (response.status !== 303 || !cookie) throw new Error(`dashboard sign-in failed: ${response.status}`);
  return cookie.split(";")[0];
}

/** A share with a few readers, so the overview has figures to draw. */
async function seedActivity() {
  await fetch(`${BASE_URL}/b/demo`);
  for (const [index, ua] of ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "WhatsApp/2.23.20.0"].entries()) {
    await fetch(`${BASE_URL}/b/demo`, { headers: { "user-agent": ua, "cf-connecting-ip": `203.0.113.${index + 1}` } });
  }
}
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

let chrome;
let server;
let exitCode = 0;
try {
  server = await startWorker({
    port: PORT,
    cwd: process.cwd(),
    vars: { DEMO_SHARE: "on", API_TOKENS: TOKEN, DASHBOARD_SESSION_SECRET: "lighthouse-dashboard-secret-0123456789" },
  });
  // Seeds the demo share before Lighthouse measures, so the first load is not a storage write.
  await seedActivity();
  const cookie = await signIn();
  const TARGETS = [
    { name: "share page /b/demo", path: "/b/demo" },
    { name: "share page in Arabic", path: await createShare(LANGUAGE_BRIEFINGS.ar) },
    { name: "share page in Japanese", path: await createShare(LANGUAGE_BRIEFINGS.ja) },
    { name: "home page /", path: "/" },
    { name: "dashboard overview /dashboard", path: "/dashboard", signedIn: true },
    { name: "dashboard shares /dashboard/shares", path: "/dashboard/shares", signedIn: true },
  ];
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });

  const rows = [];
  for (const target of TARGETS) {
    const result = await lighthouse(`${BASE_URL}${target.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      ...(target.signedIn ? { extraHeaders: { cookie } } : {}),
    });
    if (result.lhr.finalDisplayedUrl !== `${BASE_URL}${target.path}`) throw new Error(`${target.name} ended at ${result.lhr.finalDisplayedUrl}`);
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
