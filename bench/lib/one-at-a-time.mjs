/** Latency of a few requests one at a time, round-robin, so a busy moment lands on all of them. */
import { median, timedFetch } from "./numbers.mjs";

/**
 * Median milliseconds of each step, sampled `rounds` times in turn. Every answer must have the
 * step's expected status, so a breakdown never silently times an error page.
 *
 * @example
 * await oneAtATime([{ name: "healthz", url, status: 200 }, { name: "page", url: pageUrl, status: 200 }], 60);
 * // [{ name: "healthz", ms: 5.1 }, { name: "page", ms: 9.8 }]
 */
export async function oneAtATime(steps, rounds) {
  const samples = steps.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, step] of steps.entries()) {
      const r = await timedFetch(step.url, { headers: step.headers ?? {}, redirect: "manual" });
      if (r.status !== step.status) throw new Error(`${step.name}: expected ${step.status}, got ${r.status}`);
      samples[i].push(r.ms);
    }
  }
  return steps.map((step, i) => ({ name: step.name, ms: median(samples[i]) }));
}
