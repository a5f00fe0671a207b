/** The queues of wrangler.toml, by name: `queue()` dispatches on `batch.queue`. */
export const QUEUES = {
  /** Every answered page view and CTA click. */
  stats: "briefing-share-stats",
  /** Signed click deliveries to CLICK_WEBHOOK_URL. */
  clickWebhooks: "briefing-share-click-webhooks",
} as const;

