/** Exponential backoff for queue messages that failed: how long `message.retry()` waits. */

/**
 * 5 s, 10 s, 20 s … doubling per attempt, capped at `maxSeconds`.
 *
 * @example
 * retryDelaySeconds(3, 300); // 20
 */
export function retryDelaySeconds(attempts: number, maxSeconds: number, baseSeconds = 5): number {
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1));
}
