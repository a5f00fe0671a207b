/** A fixed amount of CPU work, for checking the bench's CPU profile against a known cost. */

/**
 * Runs `iterations` rounds of xorshift32: integer work only, no allocation, no clock, so its cost
 * is the same wherever V8 runs it. The bench times it in Node (CPU time) and then finds it again
 * in the Worker's profile; `performance.now()` could not be used, since workerd freezes it during
 * execution.
 *
 * @example
 * burnCpu(5_000_000); // about 4 ms of one core on this machine; returns the final state
 */
export function burnCpu(iterations: number): number {
  let x = 0x9e3779b9 | 0;
  for (let i = 0; i < iterations; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}
