/**
 * Reads a V8 CPU profile of the Worker's isolate: which module each sample's code came from (the
 * bundle's esbuild `// path` comments), which part of the Worker it ran for (the fetch handler,
 * a Durable Object, the queue consumer), and the functions with the most self samples.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Modules whose code runs on Cloudflare as a Durable Object or a queue consumer, billed apart from the fetch. */
const ELSEWHERE = [
  { bucket: "durableObjects", test: (module) => /durable-object\.ts$/.test(module) },
  { bucket: "queueConsumer", test: (module) => /src\/stats\/(queue-handler|stats-consumer|webhook-consumer)\.ts$/.test(module) },
];
const CALIBRATION_MODULES = ["src/routes/cpu-calibration.ts", "src/domain/cpu-burn.ts"];
const SPECIAL = { "(idle)": "idle", "(program)": "program", "(garbage collector)": "gc", "(root)": "program" };

/**
 * The bundle `wrangler dev` built in `cwd` (`.wrangler/tmp/dev-*\/index.js`, the newest), as a
 * function from a 0-based line to the source module esbuild put there.
 *
 * @example
 * const moduleAt = bundleModules(codeDir); moduleAt(47778); // "src/domain/cpu-burn.ts"
 */
export function bundleModules(cwd) {
  const tmp = join(cwd, ".wrangler", "tmp");
  const dirs = readdirSync(tmp).filter((d) => d.startsWith("dev-")).map((d) => join(tmp, d));
  const newest = dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`no wrangler dev bundle under ${tmp}`);
  const lines = readFileSync(join(newest, "index.js"), "utf8").split("\n");
  const starts = [];
  lines.forEach((line, i) => {
    // esbuild names each module on a comment line; a symlinked node_modules (the bench's snapshot)
    // shows as a relative path through it, so keep what follows the last node_modules/.
    const m = /^\/\/ (\S+\.(?:[cm]?js|tsx?|json))$/.exec(line);
    if (m) starts.push([i, m[1].includes("node_modules/") ? m[1].slice(m[1].lastIndexOf("node_modules/")) : m[1].replace(/^(\.\.\/)+/, "")]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = "(bundle prelude)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) { found = starts[mid][1]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
}

/** A short module label: `zod/v4/core/schemas.js`, `src/stats/record-event.ts`. */
const shortModule = (module) => module.replace(/^node_modules\//, "").replace(/\/dist\//, "/");

/**
 * Counts a profile's samples by bucket and by function. A sample's bucket is the first of: V8's
 * own states (`idle`, `program`, `gc`), `ruler` (inside the calibration ruler's handler), a Durable
 * Object or the queue consumer when any frame of its stack is in one, else `fetch`. Samples are
 * counted, not timed: on a loaded machine V8's time between two samples includes the time the
 * thread was descheduled, while each sample is still a fair draw of what the isolate was running.
 *
 * @example
 * const counts = classifySamples(profile, bundleModules(codeDir));
 * counts.buckets.fetch; counts.functions.get("parse (zod/v4/core/schemas.js)");
 */
export function classifySamples(profile, moduleAt) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const moduleOf = (node) => (node.callFrame.url ? moduleAt(node.callFrame.lineNumber) : null);
  const bucketOf = new Map();
  const classify = (node) => {
    const special = SPECIAL[node.callFrame.functionName];
    if (special && !node.callFrame.url) return special;
    // The ruler's handler, or burnCpu and its helper when V8 did not inline them into it.
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      if (!CALIBRATION_MODULES.includes(moduleOf(frame))) break;
      if (frame.callFrame.functionName === "calibrationRuler") return "ruler";
    }
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const module = moduleOf(byId.get(id));
      const elsewhere = module && ELSEWHERE.find((e) => e.test(module));
      if (elsewhere) return elsewhere.bucket;
    }
    return "fetch";
  };
  const buckets = { fetch: 0, ruler: 0, durableObjects: 0, queueConsumer: 0, gc: 0, program: 0, idle: 0 };
  const functions = new Map();
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!bucketOf.has(id)) bucketOf.set(id, classify(node));
    const bucket = bucketOf.get(id);
    buckets[bucket] += 1;
    if (bucket === "fetch") {
      const module = moduleOf(node);
      const name = `${node.callFrame.functionName || "(anonymous)"}${module ? ` (${shortModule(module)})` : " (native)"}`;
      functions.set(name, (functions.get(name) ?? 0) + 1);
    }
  }
  return { buckets, functions, samples: profile.samples.length };
}
