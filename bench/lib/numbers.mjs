/** Small number helpers shared by the rows: percentiles, timing, formatting. */

/** The q-quantile (0..1) of an ascending array, nearest-rank. */
export function percentile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => percentile([...values].sort((a, b) => a - b), 0.5);

/** Milliseconds for one fetch until the whole body has arrived (what a reader or crawler waits for). */
export async function timedFetch(url, init) {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = new Uint8Array(await response.arrayBuffer());
  return { ms: performance.now() - started, status: response.status, headers: response.headers, body };
}

export const round = (n, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
export const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`);
export const fmtRps = (rps) => `${Math.round(rps)} req/s`;
export const fmtKiB = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);
