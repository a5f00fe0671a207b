/**
 * Row 8: the overview query (GET /api/analytics, the default 30 days) and the share list's first
 * page (GET /api/shares) on a local D1 seeded with 10 000 and then 100 000 shares and 90 days of
 * rollups, side by side with /healthz on the same server, one request at a time (each figure is
 * the cost of one request), and how each grows from 10k to 100k shares.
 */
import { fmtMs, median, percentile, round, timedFetch } from "../lib/numbers.mjs";
import { LOCAL_TOKEN } from "../lib/api-client.mjs";
import { ACTIVE_DAYS_PER_SHARE, SEED_DAYS, seedLocalD1 } from "../lib/seed-analytics.mjs";
import { startWorker } from "../lib/worker-server.mjs";

export const ANALYTICS_SIZES = [10_000, 100_000];
const WARMUP = 3;
const SAMPLES = 20;
const auth = { authorization: `Bearer ${LOCAL_TOKEN}` };

/** Round-robin samples of each target, so a busy moment of the shared machine lands on all of them. */
async function sample(origin, targets) {
  const times = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let round = 0; round < WARMUP + SAMPLES; round++) {
    for (const [name, path] of Object.entries(targets)) {
      const r = await timedFetch(`${origin}${path}`, { headers: auth });
      if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}: ${new TextDecoder().decode(r.body).slice(0, 200)}`);
      if (round >= WARMUP) times[name].push(r.ms);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, ms]) => [name, { p50: median(ms), p90: percentile([...ms].sort((a, b) => a - b), 0.9) }]),
  );
}

/** One size: seed a fresh folder, serve it, measure, stop (the folder goes with the server). */
async function measureSize({ port, cwd, shares }) {
  const { stateDir, seedMs } = await seedLocalD1({ cwd, shares });
  const worker = await startWorker({ port, cwd, stateDir });
  try {
    const listProbe = await fetch(`${worker.origin}/api/shares?limit=50`, { headers: auth });
    await listProbe.arrayBuffer();
    const targets = { healthz: "/healthz", analytics: "/api/analytics" };
    if (listProbe.status === 200) targets.list = "/api/shares?limit=50";
    const times = await sample(worker.origin, targets);
    return { shares, seedMs, times, listAvailable: listProbe.status === 200 };
  } finally {
    await worker.stop();
  }
}

export async function benchAnalytics({ port, cwd }) {
  const runs = [];
  for (const shares of ANALYTICS_SIZES) runs.push(await measureSize({ port, cwd, shares }));
  const [small, large] = runs;
  const lines = [];
  const label = (n) => `${n / 1000}k shares`;
  for (const run of runs) {
    const h = run.times.healthz;
    for (const name of ["analytics", "list"]) {
      const t = run.times[name];
      if (!t) continue;
      lines.push({
        measure: `${name === "analytics" ? "GET /api/analytics (30 days)" : "GET /api/shares first page (50)"}, ${label(run.shares)}: p50 (p90)`,
        value: `${fmtMs(t.p50)} (${fmtMs(t.p90)})`,
        baseline: `healthz ${fmtMs(h.p50)} (${fmtMs(h.p90)})`,
        ratio: `${round(t.p50 / h.p50, 1)}×`,
      });
    }
  }
  for (const name of ["analytics", "list"]) {
    if (!small.times[name] || !large.times[name]) continue;
    lines.push({
      measure: `${name} growth 10k→100k shares (p50 minus healthz)`,
      value: `×${round((large.times[name].p50 - large.times.healthz.p50) / Math.max(0.01, small.times[name].p50 - small.times.healthz.p50), 1)}`,
      baseline: `shares in the 30-day range ×10 too`,
    });
  }
  if (!small.listAvailable) lines.push({ measure: "GET /api/shares", value: "not measured: the list route is not on this commit" });
  lines.push({
    measure: "seed (wrangler d1 migrations apply + execute --local)",
    value: runs.map((r) => `${label(r.shares)} ${round(r.seedMs / 1000, 0)} s`).join(", "),
    baseline: `${SEED_DAYS} days, ${ACTIVE_DAYS_PER_SHARE} active days × 6 counters per share`,
  });
  return {
    status: "ok",
    lines,
    json: { sizes: runs.map(({ shares, seedMs, times }) => ({ shares, seedMs: Math.round(seedMs), times })) },
  };
}
