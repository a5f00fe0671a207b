/**
 * The card's two engines side by side (issue 11): satori 0.63, which draws the cards now, and satori
 * 0.32, which it replaced (kept as the benchmark-only devDependency `satori-0.32`). Both run in one
 * bench Worker (bench/engines/) on the same Latin, CJK and emoji cards, with the same fonts, emoji
 * images and resvg, so only the engine differs:
 *
 * - first render of an isolate: a freshly started Worker's first card, the engines taking turns going
 *   first across restarts (wall time, and the Worker's CPU time from /proc);
 * - warm render: interleaved rounds in one isolate whose order alternates, per card kind; wall time
 *   per card and the Worker's CPU per card (the steadier figure on a shared, loaded machine).
 *
 * The Worker runs in workerd through `wrangler dev --config bench/engines/wrangler.toml` on
 * 127.0.0.1:8798.
 */
import { cpuMeter } from "./lib/process-cpu.mjs";
import { fmtMs, median, round, timedFetch } from "./lib/numbers.mjs";
import { startWorker } from "./lib/worker-server.mjs";

/** Its own port (the app bench uses 8795 and 8792); BENCH_ENGINES_PORT overrides it. */
const PORT = Number(process.env.BENCH_ENGINES_PORT ?? 8798);
const CONFIG = "bench/engines/wrangler.toml";
const ENGINES = { new: "satori 0.63", old: "satori 0.32" };
const CARDS = { latin: "Latin", cjk: "CJK (Japanese)", emoji: "emoji" };

async function render(origin, engine, card, n) {
  const result = await timedFetch(`${origin}/render?engine=${engine}&card=${card}&n=${n}`);
  if (result.status !== 200 || result.headers.get("content-type") !== "image/png") {
    throw new Error(`${engine} ${card} #${n}: HTTP ${result.status} ${new TextDecoder().decode(result.body).slice(0, 300)}`);
  }
  return result;
}

/** First card of a fresh isolate, `samples` per engine, alternating which engine a restart measures. */
async function coldRenders(cwd, samples) {
  const out = { new: { ms: [], cpuMs: [] }, old: { ms: [], cpuMs: [] } };
  for (let k = 0; k < samples * 2; k++) {
    const engine = k % 2 === 0 ? "new" : "old";
    const worker = await startWorker({ port: PORT, cwd, config: CONFIG });
    try {
      const meter = cpuMeter(worker.pid, PORT);
      const before = meter.read();
      out[engine].ms.push((await render(worker.origin, engine, "latin", 1000 + k)).ms);
      if (meter.available) out[engine].cpuMs.push(meter.since(before).worker);
    } finally {
      await worker.stop();
    }
  }
  return out;
}

/** Warm renders in one isolate: every card kind, engines interleaved, order alternating per round. */
async function warmRenders(cwd, rounds, perRound) {
  const out = {};
  for (const card of Object.keys(CARDS)) out[card] = { new: { ms: [], cpuMs: [] }, old: { ms: [], cpuMs: [] } };
  const worker = await startWorker({ port: PORT, cwd, config: CONFIG });
  try {
    const meter = cpuMeter(worker.pid, PORT);
    // Warm-up: both engines instantiated, every card's fonts read, once.
    for (const card of Object.keys(CARDS)) for (const engine of ["new", "old"]) await render(worker.origin, engine, card, 0);
    let n = 1;
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ["new", "old"] : ["old", "new"];
      for (const card of Object.keys(CARDS)) {
        for (const engine of order) {
          const before = meter.read();
          for (let i = 0; i < perRound; i++) out[card][engine].ms.push((await render(worker.origin, engine, card, n++)).ms);
          if (meter.available) out[card][engine].cpuMs.push(meter.since(before).worker / perRound);
        }
      }
    }
  } finally {
    await worker.stop();
  }
  return out;
}

const ratio = (a, b) => (b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : "");
const both = (label, key, fresh, old) => ({
  measure: `${label} (${key === "ms" ? "wall" : "Worker CPU"}, n=${fresh[key].length}+${old[key].length})`,
  value: `${ENGINES.new} ${fmtMs(median(fresh[key]))}`,
  baseline: `${ENGINES.old} ${fmtMs(median(old[key]))}`,
  ratio: ratio(median(fresh[key]), median(old[key])),
});

/**
 * Runs the comparison and returns the card row's extra lines (new engine / old engine ratios) and raw JSON.
 *
 * @example
 * const { lines } = await benchEngines({ cwd: repoRoot });
 */
export async function benchEngines({ cwd, coldSamples = 3, warmRounds = 4, perRound = 3 }) {
  const cold = await coldRenders(cwd, coldSamples);
  const warm = await warmRenders(cwd, warmRounds, perRound);
  const lines = [
    both("engines: first render of an isolate, Latin", "ms", cold.new, cold.old),
    ...(cold.new.cpuMs.length ? [both("engines: first render of an isolate, Latin", "cpuMs", cold.new, cold.old)] : []),
  ];
  for (const [card, label] of Object.entries(CARDS)) {
    lines.push(both(`engines: warm render, ${label}`, "ms", warm[card].new, warm[card].old));
    if (warm[card].new.cpuMs.length) lines.push(both(`engines: warm render, ${label}`, "cpuMs", warm[card].new, warm[card].old));
  }
  const medians = (samples) => ({ ms: round(median(samples.ms)), cpuMs: round(median(samples.cpuMs)) });
  const json = {
    engines: ENGINES,
    cold: { new: medians(cold.new), old: medians(cold.old), samples: cold },
    warm: Object.fromEntries(Object.entries(warm).map(([card, s]) => [card, { new: medians(s.new), old: medians(s.old), samples: s }])),
  };
  return { lines, json };
}
