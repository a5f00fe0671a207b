/**
 * Row 5: the bundle Cloudflare would receive (`wrangler deploy --dry-run --outdir`), raw and gzipped,
 * and the Worker's startup CPU time from `wrangler check startup`, which profiles it locally in workerd.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { fmtKiB, median, round } from "../lib/numbers.mjs";
import { verdict } from "../lib/table.mjs";
import { WRANGLER_BIN } from "../lib/worker-server.mjs";

const run = promisify(execFile);
/** Issue 6's goal: the Free plan's historical compressed-size limit, so the Worker fits every plan. */
export const GZIP_GOAL_BYTES = 3 * 1024 * 1024;
const STARTUP_SAMPLES = 3;

const wrangler = (args, cwd) =>
  run(process.execPath, [WRANGLER_BIN, ...args], { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });

/** Every uploaded module (the script and any .wasm or data modules); source maps and README excluded. */
async function bundleSizes(outdir) {
  const files = (await readdir(outdir)).filter((f) => !f.endsWith(".map") && f !== "README.md");
  let raw = 0;
  let gzipped = 0;
  const modules = [];
  for (const file of files) {
    const bytes = await readFile(join(outdir, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzipped += gz;
    modules.push({ file, bytes: bytes.length, gzipBytes: gz });
  }
  return { raw, gzipped, modules: modules.sort((a, b) => b.bytes - a.bytes) };
}

/** "Active: 43.2 ms" from `wrangler check startup`: CPU time the global scope took, idle excluded. */
async function startupMs(cwd, scratch) {
  const samples = [];
  for (let i = 0; i < STARTUP_SAMPLES; i++) {
    const { stdout, stderr } = await wrangler(["check", "startup", "--outfile", join(scratch, `startup-${i}.cpuprofile`)], cwd);
    const active = /Active:\s*([\d.]+)\s*ms/.exec(stdout + stderr);
    if (active) samples.push(Number(active[1]));
  }
  return samples;
}

export async function benchWeight({ cwd }) {
  const scratch = await mkdtemp(join(tmpdir(), "briefing-share-weight-"));
  try {
    const outdir = join(scratch, "out");
    const { stdout } = await wrangler(["deploy", "--dry-run", "--outdir", outdir], cwd);
    const reported = /Total Upload:\s*([\d.]+ \w+) \/ gzip:\s*([\d.]+ \w+)/.exec(stdout);
    const sizes = await bundleSizes(outdir);
    let startup = [];
    let startupError = null;
    try {
      startup = await startupMs(cwd, scratch);
    } catch (error) {
      startupError = String(error.message ?? error).split("\n")[0];
    }
    const startupMedian = startup.length ? median(startup) : null;
    const met = sizes.gzipped <= GZIP_GOAL_BYTES;
    // wrangler names extra modules "<sha1>-<file>"; the file name is what a reader recognises.
    const [top] = sizes.modules;
    const lines = [
      { measure: "bundle raw", value: fmtKiB(sizes.raw), baseline: reported ? `wrangler: ${reported[1]}` : "" },
      { measure: "bundle gzipped", value: fmtKiB(sizes.gzipped), baseline: reported ? `wrangler: ${reported[2]}` : "", ratio: (sizes.gzipped / GZIP_GOAL_BYTES).toFixed(2), goal: "≤ 3 MiB", verdict: verdict(met) },
      { measure: "largest module", value: `${top.file.replace(/^[0-9a-f]{40}-/, "")} ${fmtKiB(top.bytes)}`, baseline: `of ${sizes.modules.length} modules` },
      startupMedian === null
        ? { measure: "startup CPU", value: `not measured: ${startupError ?? "no figure in wrangler's output"}` }
        : { measure: "startup CPU", value: `${startupMedian.toFixed(1)} ms`, baseline: `median of ${startup.length}, local workerd`, goal: "< 1 s (Workers limit)", verdict: verdict(startupMedian < 1000) },
    ];
    return {
      status: "ok",
      lines,
      json: {
        rawBytes: sizes.raw, gzipBytes: sizes.gzipped, modules: sizes.modules, goalGzipBytes: GZIP_GOAL_BYTES, met,
        wranglerReported: reported ? { raw: reported[1], gzip: reported[2] } : null,
        startupCpuMs: startup.map((s) => round(s, 1)), startupCpuMedianMs: startupMedian,
      },
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
