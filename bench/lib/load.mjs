/** Load generation with autocannon, with exact per-response latencies and status counts. */
import autocannon from "autocannon";
import { percentile } from "./numbers.mjs";

/**
 * Sends exactly `amount` requests over `connections` keep-alive connections and waits for every
 * answer, so "answered" is a number the server must agree with (row 6).
 * Latencies come from autocannon's per-response event in fractional milliseconds: its own histogram
 * rounds to whole milliseconds and skips non-2xx answers such as the CTA's 302.
 *
 * @example
 * const r = await loadTest({ url: "http://127.0.0.1:8795/healthz", amount: 2000 });
 * r.rps; r.p50; r.p99; r.statuses[200];
 */
export async function loadTest({ url, amount, connections = 10, headers = {}, timeoutSeconds = 10 }) {
  const latencies = [];
  const statuses = {};
  const started = performance.now();
  const instance = autocannon({ url, amount, connections, headers, timeout: timeoutSeconds, excludeErrorStats: false });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    url,
    amount,
    connections,
    answered: latencies.length,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

/**
 * Measures several targets on the same server in interleaved rounds, the order rotating each round
 * (A B C, B C A, C A B, …), so a slow patch of the shared machine lands on all of them; then pools
 * each target's rounds. With a `meter` (lib/process-cpu.mjs), each round also records the CPU the
 * server's processes used.
 *
 * @example
 * const { page, healthz } = await interleaved({ healthz: { url: h }, page: { url: p } }, { rounds: 4, amount: 500 });
 */
export async function interleaved(targets, { rounds, amount, connections, meter }) {
  const names = Object.keys(targets);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const before = meter?.read();
      const run = await loadTest({ ...targets[name], amount, connections });
      if (meter?.available) run.cpuMs = meter.since(before);
      runs[name].push(run);
    }
  }
  return Object.fromEntries(names.map((name) => [name, pool(runs[name])]));
}

/** Two targets interleaved: baseline, subject, then subject, baseline, and so on. */
export async function sideBySide({ subject, baseline, ...options }) {
  return interleaved({ baseline, subject }, options);
}

/** Rounds pooled: throughput from total answers over total time; percentiles as the rounds' median. */
function pool(runs) {
  const answered = runs.reduce((n, r) => n + r.answered, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const statuses = {};
  for (const r of runs) for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const mid = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  // CPU milliseconds per answered request, by process role, over all rounds.
  let cpuPerRequestMs = null;
  if (runs.every((r) => r.cpuMs)) {
    cpuPerRequestMs = {};
    for (const role of Object.keys(runs[0].cpuMs)) cpuPerRequestMs[role] = runs.reduce((n, r) => n + r.cpuMs[role], 0) / answered;
  }
  return {
    url: runs[0].url,
    rounds: runs.length,
    sent: runs.reduce((n, r) => n + r.amount, 0),
    answered,
    errors: runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    statuses,
    rps: answered / seconds,
    p50: mid("p50"),
    p99: mid("p99"),
    cpuPerRequestMs,
  };
}
