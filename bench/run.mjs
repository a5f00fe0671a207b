/**
 * `npm run bench`: starts the Worker in workerd (wrangler dev on 127.0.0.1:8795), measures rows 1–6 of
 * issue 6 side by side in one run, prints one table, and on a full run writes bench/results.json and
 * the growth chart docs/bench-growth.svg. `--only og` (npm run bench:og) runs just the card row;
 * `--only cpu` (npm run bench:cpu) just row 7, the Worker's billable CPU from a profile of its isolate;
 * `--only analytics` (npm run bench:analytics) just row 8, the analytics and list queries on a seeded D1.
 * It measures a snapshot of the committed HEAD; `--working-tree` measures uncommitted edits instead.
 * The card row (bench/og-card.mjs) restarts its own wrangler dev on 127.0.0.1:8792 for cold isolates.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { growthChartSvg } from "./lib/growth-chart.mjs";
import { loadTest } from "./lib/load.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { cpuMeter } from "./lib/process-cpu.mjs";
import { snapshotHead } from "./lib/snapshot.mjs";
import { formatTable } from "./lib/table.mjs";
import { startWorker } from "./lib/worker-server.mjs";
import { benchAnalytics } from "./rows/analytics.mjs";
import { benchCard } from "./rows/card.mjs";
import { benchCpu } from "./rows/cpu.mjs";
import { benchCta } from "./rows/cta.mjs";
import { benchGrowth } from "./rows/growth.mjs";
import { benchPage } from "./rows/page.mjs";
import { benchWeight } from "./rows/weight.mjs";

/** BENCH_PORT moves it when another run holds 8795 on a shared machine. */
const PORT = Number(process.env.BENCH_PORT ?? 8795);
/** The Worker's DevTools inspector, for row 7's CPU profile; BENCH_INSPECTOR_PORT moves it like BENCH_PORT. */
const INSPECTOR_PORT = Number(process.env.BENCH_INSPECTOR_PORT ?? 8796);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = new URL("./results.json", import.meta.url);
const CHART = new URL("../docs/bench-growth.svg", import.meta.url);
const ROW_NAMES = ["page", "cta", "og", "growth", "weight", "cpu", "analytics"];
/** Load shape: 10 keep-alive connections; each target gets ROUNDS rounds sized to about ROUND_SECONDS of healthz. */
const CONNECTIONS = 10;
const ROUNDS = 4;
const ROUND_SECONDS = 3;

class UsageError extends Error {}

function parseOnly(argv) {
  const i = argv.indexOf("--only");
  if (i === -1) return null;
  const names = (argv[i + 1] ?? "").split(",").map((n) => (n === "card" ? "og" : n === "exactness" ? "cta" : n));
  const unknown = names.filter((n) => !ROW_NAMES.includes(n));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of ${ROW_NAMES.join(", ")} (got "${argv[i + 1] ?? ""}")`);
  }
  return new Set(names);
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", () => reject(new Error(`port ${port} is busy: stop what listens there first`)));
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
}

/**
 * Warms the isolate, then sizes each load round so it lasts about ROUND_SECONDS at healthz speed:
 * a fixed count (not a duration) lets row 6 compare every answer the client got with the stats.
 */
async function calibrate(origin) {
  await loadTest({ url: `${origin}/healthz`, amount: 300, connections: CONNECTIONS });
  const probe = await loadTest({ url: `${origin}/healthz`, amount: 1000, connections: CONNECTIONS });
  const amount = Math.max(300, Math.min(8000, Math.round((probe.rps * ROUND_SECONDS) / 100) * 100));
  return { rounds: ROUNDS, amount, connections: CONNECTIONS };
}

/** Runs one row; a row that throws is reported as such, and the others still run. */
async function row(number, name, measure) {
  const started = performance.now();
  process.stderr.write(`row ${number} ${name}… `);
  try {
    const result = await measure();
    process.stderr.write(`${result.status} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    return { row: number, name, ...result };
  } catch (error) {
    process.stderr.write(`failed\n${String(error?.stack ?? error).split("\n").slice(0, 6).join("\n")}\n${error?.cause ? `cause: ${error.cause}\n` : ""}`);
    return { row: number, name, status: "failed", reason: `failed: ${String(error?.message ?? error).split("\n")[0]}` };
  }
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  const machine = describeMachine(ROOT);
  const code = await snapshotHead(ROOT, { workingTree: process.argv.includes("--working-tree") });
  machine.code = code.label;
  try {
    return await measure({ only, machine, code });
  } finally {
    await code.remove();
  }
}

async function measure({ only, machine, code }) {
  const wanted = (name) => !only || only.has(name);
  const needsServer = ["page", "cta", "growth", "cpu"].some(wanted);
  if (needsServer) await assertPortFree(PORT);
  if (wanted("cpu")) await assertPortFree(INSPECTOR_PORT);
  const results = [];

  // The build and the startup profile run before the server exists, so they do not disturb the load rows.
  if (wanted("weight")) results.push(await row(5, "weight", () => benchWeight({ cwd: code.dir })));

  let load = null;
  if (needsServer) {
    // CPU_CALIBRATION serves row 7's routes of known cost; the inspector lets it profile the isolate.
    const worker = await startWorker({
      port: PORT, cwd: code.dir, vars: { CPU_CALIBRATION: "on" }, inspectorPort: wanted("cpu") ? INSPECTOR_PORT : undefined,
    });
    const stop = () => worker.stop().finally(() => code.remove()).finally(() => process.exit(130));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      const { origin } = worker;
      const meter = cpuMeter(worker.pid, PORT);
      machine.wranglerReadyMs = Math.round(worker.readyMs);
      if (wanted("page") || wanted("cta")) load = await calibrate(origin);
      if (wanted("page")) results.push(await row(1, "page", () => benchPage({ origin, load, meter })));
      if (wanted("cta")) {
        const cta = await row(2, "cta", () => benchCta({ origin, load, meter }));
        results.push(cta);
        results.push(cta.exactness
          ? { row: 6, name: "exactness", ...cta.exactness }
          : { row: 6, name: "exactness", status: "skipped", reason: cta.reason ?? "the CTA row did not run" });
        delete cta.exactness;
      }
      if (wanted("growth")) results.push(await row(4, "growth", () => benchGrowth({ origin })));
      if (wanted("cpu")) results.push(await row(7, "cpu", () => benchCpu({ origin, inspectorPort: INSPECTOR_PORT, cwd: code.dir })));
    } finally {
      await worker.stop();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
  }
  // The card row restarts its own wrangler dev (cold isolates), so it runs after this server is gone.
  if (wanted("og")) results.push(await row(3, "card", () => benchCard({ port: PORT, cwd: code.dir })));
  // The analytics row serves its own seeded databases (10k, then 100k shares), one server each.
  if (wanted("analytics")) {
    if (!needsServer && !wanted("og")) await assertPortFree(PORT);
    results.push(await row(8, "analytics", () => benchAnalytics({ port: PORT, cwd: code.dir })));
  }

  results.sort((a, b) => a.row - b.row);
  machine.loadAverage1mAtEnd = Number((await import("node:os")).loadavg()[0].toFixed(2));
  const title =
    `briefing-share bench · ${machine.code} · ${machine.date.slice(0, 16).replace("T", " ")} UTC · ${machine.cores} cores ${machine.cpu} · ` +
    `${machine.memoryGiB} GiB · load ${machine.loadAverage1m}→${machine.loadAverage1mAtEnd} · node ${machine.node} · wrangler ${machine.wrangler}` +
    (load ? ` · ${load.connections} connections, ${load.rounds} interleaved rounds of ${load.amount} requests per target` : "");
  console.log(`\n${title}\n\n${formatTable(results)}\n`);

  if (only) {
    console.log(`(--only ${[...only].join(",")}: bench/results.json and the chart are written by full runs only)`);
    return;
  }
  const growth = results.find((r) => r.name === "growth" && r.status === "ok");
  if (growth) {
    await mkdir(new URL(".", CHART), { recursive: true });
    const caption = `${machine.date.slice(0, 10)} · ${machine.code} · ${machine.cores} cores ${machine.cpu} · 1-min load ${machine.loadAverage1m} · npm run bench`;
    await writeFile(CHART, growthChartSvg({ ...growth.chart, caption }));
  }
  const json = {
    machine,
    load,
    rows: results.map(({ row: n, name, status, reason, lines, json: data }) => ({ row: n, name, status, reason, table: lines, data })),
  };
  await writeFile(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote bench/results.json${growth ? " and docs/bench-growth.svg" : ""}`);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `npm run bench: ${error.message}` : (error?.stack ?? error));
  process.exitCode = 1;
});
