/**
 * Row 8: the overview query (GET /api/analytics, the default 30 days) and the share list's first
 * page (GET /api/shares) on a local D1 seeded with 10 000 and then 100 000 shares and 90 days of
 * rollups, side by side with /healthz on the same server, one request at a time (each figure is
 * the cost of one request), and how each grows from 10k to 100k shares. A third database holds the
 * 10k shares plus 90 000 whose activity all lies before the 30-day range: the overview should cost
 * what it costs at 10k, since it reads only the range's rows.
 */
import { fmtMs, median, percentile, round, timedFetch } from "../lib/numbers.mjs";
import { LOCAL_TOKEN } from "../lib/api-client.mjs";
import { ACTIVE_DAYS_PER_SHARE, SEED_DAYS, seedLocalD1 } from "../lib/seed-analytics.mjs";
import { startWorker } from "../lib/worker-server.mjs";

/** The seeded databases: `shares` spread over 90 days, plus `outsideRange` active only before the 30-day range. */
export const ANALYTICS_SEEDS = [
  { shares: 10_000, outsideRange: 0 },
  { shares: 100_000, outsideRange: 0 },
  { shares: 10_000, outsideRange: 90_000 },
];
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
async function measureSize({ port, cwd, shares, outsideRange }) {
  const { stateDir, seedMs } = await seedLocalD1({ cwd, shares, outsideRange });
  const worker = await startWorker({ port, cwd, stateDir });
  try {
    const listProbe = await fetch(`${worker.origin}/api/shares?limit=50`, { headers: auth });
    await listProbe.arrayBuffer();
    const targets = { healthz: "/healthz", analytics: "/api/analytics" };
    if (listProbe.status === 200) targets.list = "/api/shares?limit=50";
    const times = await sample(worker.origin, targets);
    return { shares, outsideRange, seedMs, times, listAvailable: listProbe.status === 200 };
  } finally {
    await worker.stop();
  }
}

export async function benchAnalytics({ port, cwd }) {
  const runs = [];
  for (const seed of ANALYTICS_SEEDS) runs.push(await measureSize({ port, cwd, ...seed }));
  const [small, large, mostlyOutside] = runs;
  const lines = [];
  const label = (run) =>
    run.outsideRange === 0 ? `${run.shares / 1000}k shares` : `${(run.shares + run.outsideRange) / 1000}k shares, ${run.outsideRange / 1000}k of them before the range`;
  for (const run of runs) {
    const h = run.times.healthz;
    for (const name of ["analytics", "list"]) {
      const t = run.times[name];
      if (!t) continue;
      lines.push({
        measure: `${name === "analytics" ? "GET /api/analytics (30 days)" : "GET /api/shares first page (50)"}, ${label(run)}: p50 (p90)`,
        value: `${fmtMs(t.p50)} (${fmtMs(t.p90)})`,
        baseline: `healthz ${fmtMs(h.p50)} (${fmtMs(h.p90)})`,
        ratio: `${round(t.p50 / h.p50, 1)}×`,
      });
    }
  }
  // Growth net of the server's own per-request cost (healthz), so the figure is the query's.
  const growth = (to, name) =>
    `×${round((to.times[name].p50 - to.times.healthz.p50) / Math.max(0.01, small.times[name].p50 - small.times.healthz.p50), 1)}`;
  for (const name of ["analytics", "list"]) {
    if (!small.times[name] || !large.times[name]) continue;
    lines.push({ measure: `${name} growth 10k→100k shares (p50 minus healthz)`, value: growth(large, name), baseline: `shares in the 30-day range ×10 too` });
    lines.push({
      measure: `${name} growth 10k→100k shares, the 90k added before the range`,
      value: growth(mostlyOutside, name),
      baseline: `shares in the 30-day range ×1: ×1 expected`,
    });
  }
  if (!small.listAvailable) lines.push({ measure: "GET /api/shares", value: "not measured: the list route is not on this commit" });
  lines.push({
    measure: "seed (wrangler d1 migrations apply + execute --local)",
    value: runs.map((r) => `${label(r)} ${round(r.seedMs / 1000, 0)} s`).join("; "),
    baseline: `${SEED_DAYS} days, ${ACTIVE_DAYS_PER_SHARE} active days × 6 counters per share`,
  });
  return {
    status: "ok",
    lines,
    json: { sizes: runs.map(({ shares, outsideRange, seedMs, times }) => ({ shares, outsideRange, seedMs: Math.round(seedMs), times })) },
  };
}
