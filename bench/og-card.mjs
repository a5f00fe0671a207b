/**
 * The OG card benchmark (issue 4), measured in one run and printed side by side:
 *
 * - render, cold isolate: the first card a freshly started Worker draws (WebAssembly instantiation,
 *   font reads, layout, PNG encoding), one sample per restart;
 * - render, warm isolate: a card that is not stored yet, drawn by a Worker that has drawn before;
 * - stored fetch: the same cards again, read from KV (what every crawler after the first one gets);
 * - revalidation: a conditional GET answered 304;
 * - healthz on the same server: the floor any answer pays through wrangler dev's local proxy;
 * - Chromium: the same card's HTML (the same template, the same fonts) screenshotted to PNG by
 *   Debian's headless Chromium, the classic way to make OG images: first card after launch, then warm.
 *
 * The Worker runs in workerd through `wrangler dev` on 127.0.0.1:8792 (this module's own, restarted
 * for each cold sample, with persistent local storage). A render is forced by changing APP_TAGLINE
 * between restarts: the brand words are part of a stored card's key, so every stored card misses.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LOCAL_TOKEN } from "./lib/api-client.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium-flags.mjs";
import { WRANGLER_BIN, sleep } from "./lib/worker-server.mjs";
import { fmtKiB, fmtMs, median, round, timedFetch } from "./lib/numbers.mjs";

const OWN_PORT = 8792;
const STARTUP_TIMEOUT_MS = 90_000;
const WHATSAPP_LIMIT = 300 * 1024;

/** A realistic English briefing; `n` varies the title so every card is a different drawing. */
function benchBriefing(n) {
  const cite = (domain) => ({ label: domain, url: `https://www.${domain}/story/${n}` });
  return {
    title: `Regulators in three countries question AI lab over safety testing, report ${n + 1}`,
    summary:
      "A leading AI lab withdrew its newest model two days after launch, after an internal review found it could be steered into giving harmful advice. Regulators in the EU and UK asked for details.",
    summaryCitations: [cite("reuters.com"), cite("ft.com")],
    sections: [{ heading: "Why it matters", paragraphs: [{ text: "It is the first such withdrawal.", citations: [cite("theverge.com")] }] }],
    topic: "AI",
    publishedAt: "2026-04-07T08:00:00Z",
    lang: "en",
  };
}

/** Resolves when nothing listens on the port: another server there would answer our probes. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", () => reject(new Error(`port ${port} is busy: stop what listens there first`)));
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
}

/** `wrangler dev` on the given port with persistent storage in `stateDir`, so shares survive a restart. */
async function startIsolate({ cwd, stateDir, vars }) {
  await assertPortFree(OWN_PORT);
  const origin = `http://127.0.0.1:${OWN_PORT}`;
  const varArgs = Object.entries({ PUBLIC_ORIGIN: origin, ...vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const args = [WRANGLER_BIN, "dev", "--port", String(OWN_PORT), "--ip", "127.0.0.1", "--persist-to", stateDir, "--log-level", "warn", "--show-interactive-dev-session=false", ...varArgs];
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => (log = (log + chunk).slice(-10_000)));
  child.stderr.on("data", (chunk) => (log = (log + chunk).slice(-10_000)));
  let exited = false;
  child.on("exit", () => (exited = true));
  const answers = async () => {
    try {
      return (await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) })).ok;
    } catch {
      return false;
    }
  };
  // Stopped means the port is free again: a lingering workerd would answer the next start's probe.
  const stop = async () => {
    if (!exited) try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
    for (let waited = 0; (!exited || (await answers())) && waited < 8000; waited += 100) await sleep(100);
    try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
  };
  const started = performance.now();
  while (performance.now() - started < STARTUP_TIMEOUT_MS && !exited) {
    if (await answers()) return { origin, stop };
    await sleep(200);
  }
  await stop();
  throw new Error(`wrangler dev did not start on ${origin} (port busy?):\n${log.slice(-2000)}`);
}

async function createCardShare(origin, n) {
  const response = await fetch(`${origin}/api/shares`, {
    method: "POST",
    headers: { authorization: `Bearer ${LOCAL_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ briefing: benchBriefing(n) }),
  });
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`);
  const { imageUrl } = await response.json();
  const url = new URL(imageUrl);
  return url.pathname + url.search;
}

/** One card fetch; throws unless it is a PNG from the expected source ("rendered" or "stored"). */
async function cardFetch(origin, path, expected, init) {
  const result = await timedFetch(`${origin}${path}`, init);
  const source = /desc="(\w+)"/.exec(result.headers.get("server-timing") ?? "")?.[1] ?? "?";
  if (init?.headers && result.status === 304) return { ...result, source: "304" };
  if (result.status !== 200 || source !== expected) {
    throw new Error(`${path}: expected a ${expected} card, got HTTP ${result.status} from "${source}"`);
  }
  return { ...result, source };
}

/** A stored fetch of a card whose store (after its render's response) may still be finishing. */
async function storedFetch(origin, path, init) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await cardFetch(origin, path, "stored", init);
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(100);
    }
  }
}

/**
 * Everything in one run, interleaved so that machine load drifts alike on both sides: per warm
 * sample, satori renders card i, Chromium renders card i, then card i-1 is fetched stored and
 * revalidated. Cold samples restart the Worker; Chromium's cold figure is its launch plus first card.
 */
async function measure({ cwd, coldSamples, warmSamples, storedRounds, chrome }) {
  const stateDir = await mkdtemp(join(tmpdir(), "briefing-share-og-bench-"));
  try {
    // Seed the shares once; their pre-rendered cards are stored under the seed tagline's keys only.
    const seed = await startIsolate({ cwd, stateDir, vars: { APP_TAGLINE: "Bench seed" } });
    const paths = [];
    try {
      for (let n = 0; n < warmSamples + coldSamples; n++) paths.push(await createCardShare(seed.origin, n));
      await sleep(1500); // let the seed's background pre-renders finish before stopping it
    } finally {
      await seed.stop();
    }

    const result = { cold: [], warm: [], stored: [], revalidated: [], healthz: [], chromeWarm: [], pngBytes: 0 };
    for (let k = 0; k < coldSamples; k++) {
      const worker = await startIsolate({ cwd, stateDir, vars: { APP_TAGLINE: `Bench run ${Date.now()}-${k}` } });
      try {
        result.cold.push((await cardFetch(worker.origin, paths[warmSamples + k], "rendered")).ms);
        if (k > 0) continue;
        const warmPaths = paths.slice(0, warmSamples);
        const etags = [];
        for (const [i, path] of warmPaths.entries()) {
          const rendered = await cardFetch(worker.origin, path, "rendered");
          result.warm.push(rendered.ms);
          result.pngBytes = Math.max(result.pngBytes, rendered.body.length);
          if (chrome) result.chromeWarm.push(await chrome.render(1000 + i));
          if (i === 0) continue;
          const stored = await storedFetch(worker.origin, warmPaths[i - 1]);
          result.stored.push(stored.ms);
          etags[i - 1] = stored.headers.get("etag");
          const conditional = await cardFetch(worker.origin, warmPaths[i - 1], "stored", { headers: { "if-none-match": etags[i - 1] } });
          if (conditional.status !== 304) throw new Error(`revalidation answered ${conditional.status}`);
          result.revalidated.push(conditional.ms);
        }
        for (let round = 0; round < storedRounds; round++) {
          for (const [i, path] of warmPaths.slice(0, -1).entries()) {
            // The floor of any answer through wrangler dev's proxy, measured alongside.
            result.healthz.push((await timedFetch(`${worker.origin}/healthz`)).ms);
            result.stored.push((await storedFetch(worker.origin, path)).ms);
            result.revalidated.push((await cardFetch(worker.origin, path, "stored", { headers: { "if-none-match": etags[i] } })).ms);
          }
        }
      } finally {
        await worker.stop();
      }
    }
    return result;
  } finally {
    await rm(stateDir, { recursive: true, force: true });
  }
}

/** Bundles the card template and its model with esbuild (wrangler's own) for Node, to print its HTML. */
async function loadCardTemplate(cwd) {
  const require = createRequire(join(cwd, "package.json"));
  const esbuild = await import(pathToFileURL(require.resolve("esbuild")).href);
  const result = await esbuild.build({
    stdin: {
      contents: 'export { OgCard } from "./templates/og-card.tsx";\nexport { cardForBriefing } from "./src/domain/og-card-model.ts";\n',
      resolveDir: cwd,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * The card's HTML for Chromium: the same template and the same WOFF slices, by @font-face
 * unicode-range. `div{display:flex}` stands in for satori's rule that every <div> is a flex box, and
 * clamped blocks get the `overflow: hidden` a browser needs to clamp (satori clamps without it).
 */
function cardHtml({ OgCard, cardForBriefing }, cwd, n) {
  const ranges = (family) => JSON.parse(readFileSync(join(cwd, "public", "fonts", family, "unicode-ranges.json"), "utf8"));
  const faces = [];
  for (const [family, css, weights] of [["source-serif-4", "Card Serif", [700]], ["inter", "Card Sans", [400, 600]]]) {
    for (const [subset, range] of Object.entries(ranges(family))) {
      for (const weight of weights) {
        const file = pathToFileURL(join(cwd, "public", "fonts", family, `${family}-${subset}-${weight}-normal.woff`)).href;
        faces.push(`@font-face{font-family:"${css}";font-weight:${weight};src:url("${file}") format("woff");unicode-range:${range}}`);
      }
    }
  }
  const card = cardForBriefing(benchBriefing(n), { appName: "Scout", appTagline: "Be the smartest in the room" });
  const body = String(OgCard({ card, fonts: { serif: '"Card Serif", "Card Sans"', sans: '"Card Sans"' } }));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${faces.join("")}html,body{margin:0}*{box-sizing:border-box}div{display:flex}[style*=line-clamp]{overflow:hidden}</style></head><body>${body}</body></html>`;
}

/**
 * Opens headless Chromium on the card's HTML: `cold` is its launch plus the first card; `render(n)`
 * screenshots card n to PNG and resolves with the milliseconds it took. Null without Chromium.
 */
async function openChromium(cwd) {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const template = await loadCardTemplate(cwd);
  const playwright = await import(pathToFileURL(createRequire(join(cwd, "package.json")).resolve("playwright-core")).href);
  const chromium = playwright.chromium ?? playwright.default.chromium; // CommonJS: named or default export
  const dir = await mkdtemp(join(tmpdir(), "briefing-share-og-chromium-"));
  const fileFor = async (n) => {
    const file = join(dir, `card-${n}.html`);
    await writeFile(file, cardHtml(template, cwd, n));
    return pathToFileURL(file).href;
  };
  let pngBytes = 0;
  const shoot = async (page, url) => {
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: 1200, height: 630 } });
    pngBytes = Math.max(pngBytes, png.length);
  };
  const firstUrl = await fileFor(0);
  const launchedAt = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await shoot(page, firstUrl);
  const cold = performance.now() - launchedAt;
  return {
    cold,
    get pngBytes() {
      return pngBytes;
    },
    async render(n) {
      const url = await fileFor(n);
      const started = performance.now();
      await shoot(page, url);
      return performance.now() - started;
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "");

/**
 * Runs the card benchmark and returns the table's lines (with side-by-side ratios) and raw JSON.
 * `port` and `origin` name the suite's own server, which this row does not load: the card needs
 * restarts, so it runs its own `wrangler dev` on 127.0.0.1:8792 from `cwd` (default: this checkout).
 *
 * @example
 * const { lines } = await benchOgCard({ port: 8795 });
 */
export async function benchOgCard({ port, cwd = fileURLToPath(new URL("..", import.meta.url)), coldSamples = 3, warmSamples = 12, storedRounds = 2 } = {}) {
  const chrome = await openChromium(cwd);
  let worker;
  try {
    worker = await measure({ cwd, coldSamples, warmSamples, storedRounds, chrome });
  } finally {
    await chrome?.close();
  }
  const cold = median(worker.cold);
  const warm = median(worker.warm);
  const stored = median(worker.stored);
  const revalidated = median(worker.revalidated);
  const healthz = median(worker.healthz);
  const n = (values) => `n=${values.length}`;
  const lines = [
    { measure: `render, cold isolate (${n(worker.cold)})`, value: fmtMs(cold), baseline: `stored fetch ${fmtMs(stored)}`, ratio: ratio(cold, stored) },
    { measure: `render, warm isolate (${n(worker.warm)})`, value: fmtMs(warm), baseline: `stored fetch ${fmtMs(stored)}`, ratio: ratio(warm, stored) },
    { measure: `stored fetch, KV (${n(worker.stored)})`, value: fmtMs(stored), baseline: `warm render ${fmtMs(warm)}`, ratio: ratio(stored, warm) },
    { measure: `revalidation 304 (${n(worker.revalidated)})`, value: fmtMs(revalidated), baseline: `stored fetch ${fmtMs(stored)}`, ratio: ratio(revalidated, stored) },
    { measure: `healthz, same server (${n(worker.healthz)})`, value: fmtMs(healthz), baseline: `stored fetch ${fmtMs(stored)}`, ratio: ratio(healthz, stored) },
    {
      measure: "card weight (largest)",
      value: fmtKiB(worker.pngBytes),
      baseline: chrome ? `Chromium ${fmtKiB(chrome.pngBytes)}` : "",
      ratio: chrome ? ratio(worker.pngBytes, chrome.pngBytes) : "",
      goal: "≤ 300 KiB",
      verdict: worker.pngBytes <= WHATSAPP_LIMIT ? "yes" : "NO",
    },
  ];
  if (chrome) {
    const chromeWarm = median(worker.chromeWarm);
    lines.push(
      { measure: "Chromium: launch + first card (n=1)", value: fmtMs(chrome.cold), baseline: `satori cold ${fmtMs(cold)}`, ratio: ratio(chrome.cold, cold) },
      { measure: `Chromium: warm card (${n(worker.chromeWarm)})`, value: fmtMs(chromeWarm), baseline: `satori warm ${fmtMs(warm)}`, ratio: ratio(chromeWarm, warm) },
    );
  } else {
    lines.push({ measure: "Chromium", value: `skipped: ${CHROMIUM_PATH} not installed (apt-get install -y chromium)` });
  }
  const ms = (values) => values.map((v) => round(v, 2));
  return {
    status: "ok",
    lines,
    json: {
      suitePort: port ?? null,
      workerPort: OWN_PORT,
      satori: { coldMs: ms(worker.cold), warmMs: ms(worker.warm), storedMs: ms(worker.stored), revalidatedMs: ms(worker.revalidated), healthzMs: ms(worker.healthz), largestPngBytes: worker.pngBytes },
      chromium: chrome ? { launchPlusFirstMs: round(chrome.cold, 2), warmMs: ms(worker.chromeWarm), largestPngBytes: chrome.pngBytes } : null,
      medians: { coldMs: round(cold), warmMs: round(warm), storedMs: round(stored), revalidatedMs: round(revalidated), healthzMs: round(healthz) },
    },
  };
}
