/** The stats queue's consumer: one Durable Object call per share per batch, acked only once applied. */
import type { Bindings } from "../env";
import { retryDelaySeconds } from "./retry-delay";
import { statsCounter } from "./record-event";
import { type ClickWebhookDelivery, type StatsEvent, StatsEventSchema, toWebhookEvent } from "./stats-event";
import { webhookConfig } from "./webhook-settings";

/** A batch whose counter is unreachable waits at most this long between tries (then the DLQ, see wrangler.toml). */
const MAX_RETRY_DELAY_SECONDS = 300;

interface ShareGroup {
  events: StatsEvent[];
  messages: Message<unknown>[];
  /** Once applied: the ids the counter rated suspected automation. */
  suspected?: ReadonlySet<string>;
}

/**
 * Consumes a batch: invalid messages are logged and dropped, the rest grouped by share and applied
 * in one call per share. A share whose call fails has its messages retried while the others are
 * acked, so a consumer failing half-way redelivers only what it did not apply, and what it did
 * apply is a duplicate by event id if it comes back anyway. Applied human clicks are handed to the
 * webhook queue before their messages are acked, but not those rated suspected automation: the
 * webhook's taps are the stats' human `ctaClicks`.
 *
 * @example
 * export default { queue: (batch, env) => consumeStatsBatch(batch, env) };
 */
export async function consumeStatsBatch(batch: MessageBatch<unknown>, env: Bindings): Promise<void> {
  const groups = new Map<string, ShareGroup>();
  for (const message of batch.messages) {
    const parsed = StatsEventSchema.safeParse(message.body);
    if (!parsed.success) {
      console.error(JSON.stringify({ event: "stats_message_invalid", messageId: message.id, issues: parsed.error.issues.length }));
      message.ack();
      continue;
    }
    const group = groups.get(parsed.data.shareId) ?? { events: [], messages: [] };
    group.events.push(parsed.data);
    group.messages.push(message);
    groups.set(parsed.data.shareId, group);
  }

  const applied: ShareGroup[] = [];
  await Promise.all(
    [...groups].map(async ([shareId, group]) => {
      try {
        const result = await statsCounter(env, shareId).apply(group.events);
        applied.push({ ...group, suspected: new Set(result.suspected) });
      } catch (error) {
        console.error(JSON.stringify({ event: "stats_apply_failed", shareId, events: group.events.length, message: String(error) }));
        for (const message of group.messages) message.retry({ delaySeconds: retryDelaySeconds(message.attempts, MAX_RETRY_DELAY_SECONDS) });
      }
    }),
  );

  const handedOver = await handToWebhook(env, applied);
  for (const group of applied) {
    for (const message of group.messages) {
      if (handedOver) message.ack();
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts, MAX_RETRY_DELAY_SECONDS) });
    }
  }
}

/** Queues one signed-webhook delivery for the batch's human clicks (suspected ones left out); false if that send failed. */
async function handToWebhook(env: Bindings, groups: ShareGroup[]): Promise<boolean> {
  const config = webhookConfig(env);
  if (!config.enabled) {
    if (config.problem) console.warn(JSON.stringify({ event: "click_webhook_disabled", problem: config.problem }));
    return true;
  }
  const clicks = groups.flatMap((group) =>
    group.events.filter((event) => event.type === "click" && event.audience === "human" && !group.suspected?.has(event.id)),
  );
  if (clicks.length === 0) return true;
  const delivery: ClickWebhookDelivery = { deliveryId: crypto.randomUUID(), type: "cta_clicks", events: clicks.map(toWebhookEvent) };
  try {
    await env.CLICK_WEBHOOKS.send(delivery, { contentType: "json" });
    return true;
  } catch (error) {
    console.error(JSON.stringify({ event: "click_webhook_enqueue_failed", clicks: clicks.length, message: String(error) }));
    return false;
  }
}
