/** The queues of wrangler.toml, by name: `queue()` dispatches on `batch.queue`. */
export const QUEUES = {
  /** Every answered page view and CTA click. */
  stats: "briefing-share-stats",
  /** Signed click deliveries to CLICK_WEBHOOK_URL. */
  clickWebhooks: "briefing-share-click-webhooks",
} as const;

/**
 * Backoff for a failed message: 5 s, 10 s, 20 s … capped at `maxSeconds`.
 *
 * @example
 * retryDelaySeconds(3, 300); // 20
 */
export function retryDelaySeconds(attempts: number, maxSeconds: number, baseSeconds = 5): number {
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1));
}
