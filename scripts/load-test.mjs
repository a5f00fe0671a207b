#!/usr/bin/env node
/**
 * A bounded local load test: starts `wrangler dev` on 127.0.0.1:8794 with fresh storage, sends about
 * 40 s of mixed page / card / CTA / API traffic with autocannon (a fixed number of requests, sized by
 * a short warm-up, so that none is in flight when the run ends), waits for the stats queue to drain,
 * then checks that nothing answered 5xx and that every click and view answered was counted exactly
 * once, in each share's stats and in GET /api/analytics (D1's rollups, once the counters' outboxes
 * have flushed): readers come from distinct addresses (each a visitor of its own), one client hammers
 * the CTA (its taps beyond the hourly allowance count as suspected automation, still exactly once),
 * and the app reports opens with a few installIds again and again (each install counts once). Stops
 * the server and exits 0 (pass) or 1 (fail) by itself.
 *
 *   npm run test:load                     # LOAD_SECONDS=20 npm run test:load for a shorter run
 */
import autocannon from "autocannon";
import { startWorker } from "../bench/lib/worker-server.mjs";

const PORT = 8794;
const BASE = `http://127.0.0.1:${PORT}`;
/** The README's local-only token drives the load; a second token reads the stats, so the load's own rate limit never blocks the check. */
const LOAD_TOKEN = "local-dev-token";
const STATS_TOKEN = "load-test-stats-token";
const DURATION_SECONDS = Number(process.env.LOAD_SECONDS ?? 40);
/** Two shared cores: a handful of connections saturates the Worker without starving the machine. */
const CONNECTIONS = 8;
const SHARES = 4;
const DRAIN_TIMEOUT_MS = 60_000;

const UA = {
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  android: "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  desktop: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  whatsapp: "WhatsApp/2.24.22.78 A",
  googlebot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
};

/**
 * One cycle of traffic, repeated by every connection. `counts` says what each answered request must
 * add to the stats: human clicks and views count, bots, link previews and prefetches do not.
 */
/** Install ids per share that the app reports again and again: each (share, installId) must count once. */
const INSTALLS_PER_SHARE = 3;
/** The one client that hammers the CTA; every other request comes from an address of its own. */
const HAMMER_IP = "198.51.100.250";

const MIX = [
  { kind: "page:human", path: (s) => `/b/${s.id}`, headers: { "user-agent": UA.iphone }, counts: { view: "human" } },
  { kind: "card", path: (s) => `/b/${s.id}/og.png?v=${s.version}`, headers: { "user-agent": UA.whatsapp } },
  { kind: "cta:ios", path: (s) => `/b/${s.id}/get?via=banner`, headers: { "user-agent": UA.iphone }, counts: { click: "ios" } },
  { kind: "page:whatsapp", path: (s) => `/b/${s.id}`, headers: { "user-agent": UA.whatsapp }, counts: { view: "whatsapp" } },
  { kind: "cta:android", path: (s) => `/b/${s.id}/get?via=footer`, headers: { "user-agent": UA.android }, counts: { click: "android" } },
  { kind: "api:get", path: (s) => `/api/shares/${s.id}`, headers: { authorization: `Bearer ${LOAD_TOKEN}` } },
  { kind: "cta:desktop", path: (s) => `/b/${s.id}/get?via=inline`, headers: { "user-agent": UA.desktop }, counts: { click: "desktop" } },
  { kind: "cta:bot", path: (s) => `/b/${s.id}/get?via=banner`, headers: { "user-agent": UA.googlebot } },
  { kind: "cta:prefetch", path: (s) => `/b/${s.id}/get?via=banner`, headers: { "user-agent": UA.iphone, "sec-purpose": "prefetch" } },
  { kind: "page:desktop", path: (s) => `/b/${s.id}`, headers: { "user-agent": UA.desktop }, counts: { view: "human" } },
  { kind: "cta:hammer", path: (s) => `/b/${s.id}/get?via=hero`, headers: { "user-agent": UA.iphone }, ip: HAMMER_IP, counts: { click: "hammer" } },
  {
    kind: "opens:dup",
    method: "POST",
    path: (s) => `/b/${s.id}/opens`,
    headers: { "content-type": "application/json", "user-agent": "Scout/1.0 CFNetwork" },
    open: true,
  },
];

/** A fresh documentation-range address per request: a distinct reader, as on the real network. */
const randomIp = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

async function createShare(n) {
  const body = {
    briefing: {
      title: `Load test briefing ${n}`,
      summary: "A briefing created by the load test, to be read, unfurled and tapped many times.",
      summaryCitations: [{ label: "example.com", url: "https://example.com/" }],
      sections: [{ heading: "Why it matters", paragraphs: [{ text: "Clicks answered must equal clicks counted." }] }],
    },
    sharer: { name: "Load", ref: `load-${n}` },
  };
  const response = await fetch(`${BASE}/api/shares`, {
    method: "POST",
    headers: { authorization: `Bearer ${LOAD_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return response.json();
}

async function readStats(id) {
  const response = await fetch(`${BASE}/api/shares/${id}/stats`, { headers: { authorization: `Bearer ${STATS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`stats of ${id}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * What the stats of all shares add up to, in the same terms as the expectations. iOS taps and the
 * hammer's suspected taps are compared as one sum (each answered tap counted once, as human or not);
 * the split between them is checked on its own after the drain.
 */
async function counted(shares) {
  const total = { iosAndSuspected: 0, ios: 0, android: 0, desktop: 0, human: 0, whatsapp: 0, views: 0, opens: 0 };
  for (const share of shares) {
    const stats = await readStats(share.id);
    total.iosAndSuspected += stats.ctaClicks.ios + stats.suspectedAutomation.ctaClicks;
    total.ios += stats.ctaClicks.ios;
    total.android += stats.ctaClicks.android;
    total.desktop += stats.ctaClicks.desktop;
    total.human += stats.views.human;
    total.whatsapp += stats.unfurls.whatsapp;
    total.views += stats.views.total;
    total.opens += stats.appOpens.ios + stats.appOpens.android;
  }
  return total;
}

/** The same figures from GET /api/analytics (the last 30 days: the whole life of this fresh server). */
async function analyticsCounted() {
  const response = await fetch(`${BASE}/api/analytics`, { headers: { authorization: `Bearer ${STATS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`analytics: ${response.status} ${await response.text()}`);
  const { totals } = await response.json();
  return {
    ios: totals.ctaClicks.ios,
    android: totals.ctaClicks.android,
    desktop: totals.ctaClicks.desktop,
    human: totals.views.human,
    whatsapp: totals.unfurls.whatsapp,
    views: totals.views.total,
    opens: totals.appOpens.ios + totals.appOpens.android,
  };
}

async function suspectedClicks(shares) {
  let total = 0;
  for (const share of shares) total += (await readStats(share.id)).suspectedAutomation.ctaClicks;
  return total;
}

/**
 * Runs exactly `amount` requests. Not a duration: when a duration ends, autocannon drops the requests
 * still in flight, which the Worker may have answered and counted, and the comparison would be off.
 */
function runLoad(shares, tally, amount) {
  const requests = MIX.map((entry) => ({
    method: entry.method ?? "GET",
    headers: entry.headers,
    setupRequest(request, context) {
      const share = shares[Math.floor(Math.random() * shares.length)];
      const headers = { ...entry.headers, "cf-connecting-ip": entry.ip ?? randomIp() };
      if (!entry.open) return { ...request, path: entry.path(share), headers };
      // The same few installs of each share report again and again; one of them is a (share, installId) pair.
      const installId = share.installIds[Math.floor(Math.random() * INSTALLS_PER_SHARE)];
      context.pair = `${share.id} ${installId}`;
      const platform = installId.endsWith("0") ? "android" : "ios";
      return { ...request, path: entry.path(share), headers, body: JSON.stringify({ installId, platform, source: "clipboard" }) };
    },
    onResponse(status, _body, context) {
      const row = (tally[entry.kind] ??= { answered: 0, byStatus: {}, pairs: new Set() });
      row.answered += 1;
      row.byStatus[status] = (row.byStatus[status] ?? 0) + 1;
      if (entry.open && status === 202) row.pairs.add(context.pair);
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: BASE, connections: CONNECTIONS, amount, timeout: 30, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** Answered requests that must have been counted: status below 500 (the Worker answered them). */
function expectedCounts(tally) {
  const expected = { iosAndSuspected: 0, android: 0, desktop: 0, human: 0, whatsapp: 0, views: 0, opens: tally["opens:dup"]?.pairs.size ?? 0 };
  for (const entry of MIX) {
    const row = tally[entry.kind];
    if (!row || !entry.counts) continue;
    const answered = Object.entries(row.byStatus).reduce((sum, [status, n]) => sum + (Number(status) < 500 ? n : 0), 0);
    // A page counts as a view only when it answered 200.
    const pages = row.byStatus[200] ?? 0;
    if (entry.counts.click === "ios" || entry.counts.click === "hammer") expected.iosAndSuspected += answered;
    else if (entry.counts.click) expected[entry.counts.click] += answered;
    if (entry.counts.view === "human") expected.human += pages;
    if (entry.counts.view === "whatsapp") expected.whatsapp += pages;
    if (entry.counts.view) expected.views += pages;
  }
  return expected;
}

function pick(object, keys) {
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

async function waitForDrain(read, expected) {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  let latest = await read();
  while (Date.now() < deadline && JSON.stringify(latest) !== JSON.stringify(expected)) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    latest = await read();
  }
  return latest;
}

function printReport(tally, result, expected, got, analytics) {
  console.log(`\n${result.requests.total} requests in ${result.duration.toFixed(1)} s over ${CONNECTIONS} connections (${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms), after a warm-up`);
  console.log("kind              answered  by status");
  for (const entry of MIX) {
    const row = tally[entry.kind] ?? { answered: 0, byStatus: {} };
    console.log(`${entry.kind.padEnd(17)} ${String(row.answered).padStart(8)}  ${JSON.stringify(row.byStatus)}`);
  }
  console.log("\nanswered vs counted (share stats) vs analytics (D1)");
  for (const key of Object.keys(got)) {
    const inAnalytics = key in analytics;
    const mark = (!(key in expected) || expected[key] === got[key]) && (!inAnalytics || analytics[key] === got[key]) ? "ok" : "MISMATCH";
    console.log(
      `  ${key.padEnd(15)} answered ${String(expected[key] ?? "-").padStart(6)}  counted ${String(got[key]).padStart(6)}  analytics ${String(inAnalytics ? analytics[key] : "-").padStart(6)}  ${mark}`,
    );
  }
}

async function main() {
  const worker = await startWorker({
    port: PORT,
    cwd: process.cwd(),
    vars: { API_TOKENS: `${LOAD_TOKEN},${STATS_TOKEN}` },
  });
  const stopOnSignal = () => worker.stop().then(() => process.exit(130));
  process.on("SIGINT", stopOnSignal);
  process.on("SIGTERM", stopOnSignal);
  try {
    const shares = [];
    for (let n = 0; n < SHARES; n++) {
      const share = await createShare(n);
      shares.push({ ...share, installIds: Array.from({ length: INSTALLS_PER_SHARE }, () => crypto.randomUUID()) });
    }
    const tally = {};
    // A short warm-up measures what this machine sustains; the main run sizes itself to last DURATION_SECONDS.
    const warmUp = await runLoad(shares, tally, CONNECTIONS * MIX.length * 5);
    const rate = warmUp.requests.total / Math.max(warmUp.duration, 0.1);
    const cycles = Math.max(1, Math.round((rate * DURATION_SECONDS) / (CONNECTIONS * MIX.length)));
    const result = await runLoad(shares, tally, cycles * CONNECTIONS * MIX.length);
    const expected = expectedCounts(tally);
    const got = await waitForDrain(() => counted(shares), expected);
    // D1 must equal the shares' own stats (the contract's invariant), human iOS taps included.
    const analytics = await waitForDrain(analyticsCounted, pick(got, ["ios", "android", "desktop", "human", "whatsapp", "views", "opens"]));
    printReport(tally, result, expected, got, analytics);

    const failures = [];
    const fiveXx = MIX.flatMap((entry) =>
      Object.entries(tally[entry.kind]?.byStatus ?? {}).filter(([status]) => Number(status) >= 500).map(([status, n]) => `${entry.kind}: ${n} × ${status}`),
    );
    if (fiveXx.length) failures.push(`5xx answers: ${fiveXx.join(", ")}`);
    if (result.errors || result.timeouts) failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts (an unanswered tap cannot be compared)`);
    for (const key of Object.keys(expected)) {
      if (expected[key] !== got[key]) failures.push(`${key}: ${expected[key]} answered, ${got[key]} counted`);
    }
    for (const key of Object.keys(analytics)) {
      if (analytics[key] !== got[key]) failures.push(`${key}: ${got[key]} in the shares' stats, ${analytics[key]} in GET /api/analytics`);
    }
    if (expected.iosAndSuspected + expected.android + expected.desktop === 0) failures.push("no click was answered: the load did not reach the CTA");
    // The hammer's taps beyond 5 per share and placement per hour must be suspected, not human
    // (at most two hours' allowances per share if the run straddles the hour).
    const hammered = tally["cta:hammer"]?.answered ?? 0;
    const suspected = await suspectedClicks(shares);
    const allowance = 2 * 5 * SHARES;
    console.log(`  hammer    answered ${String(hammered).padStart(6)}  suspected ${String(suspected).padStart(6)}  (at most ${allowance} may count as human)`);
    if (suspected < hammered - allowance || suspected > hammered) failures.push(`hammer: ${hammered} taps answered, ${suspected} counted as suspected automation`);
    const opens = tally["opens:dup"];
    console.log(`  opens     answered ${String(opens?.answered ?? 0).padStart(6)}  distinct installs ${expected.opens}, counted ${got.opens}`);
    if (!opens || opens.answered <= expected.opens) failures.push("the load sent no duplicate opens reports");
    if (failures.length) {
      console.error(`\nFAIL\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("\nPASS: zero 5xx; every click and view answered was counted exactly once, in the shares' stats and in GET /api/analytics.");
    }
  } finally {
    await worker.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
