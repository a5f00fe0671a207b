/** The click-webhook queue's consumer: one signed POST per message, retried with backoff, dead-lettered at last. */
import type { Bindings } from "../env";
import { retryDelaySeconds } from "./retry-delay";
import { SIGNATURE_HEADER, signWebhook } from "./webhook-signature";
import { webhookConfig } from "./webhook-settings";

/** Tries before a delivery is dead-lettered: with the backoff below, about eight hours of retrying. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
const MAX_WEBHOOK_DELAY_SECONDS = 3600;
const WEBHOOK_TIMEOUT_MS = 10_000;

export type DeliveryResult = { ok: true } | { ok: false; reason: string };

/** POSTs one delivery, signed at send time so every retry carries a fresh timestamp. */
async function post(url: string, secret: string, body: string, attempt: number, send: typeof fetch): Promise<DeliveryResult> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await send(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "briefing-share-webhook/1",
        [SIGNATURE_HEADER]: await signWebhook(secret, timestamp, body),
        "x-briefing-attempt": String(attempt),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? { ok: true } : { ok: false, reason: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
}

/**
 * Delivers a batch of webhook messages. A 2xx acks the message; anything else retries it after
 * 5 s, 10 s, 20 s … (capped at an hour); after MAX_WEBHOOK_ATTEMPTS it goes to the dead-letter
 * queue with the last error, where nothing is lost and an operator can replay it. Delivery is
 * at least once: the receiver dedupes by event id.
 *
 * @example
 * await deliverClickWebhooks(batch, env);
 */
export async function deliverClickWebhooks(batch: MessageBatch<unknown>, env: Bindings, send: typeof fetch = fetch): Promise<void> {
  const config = webhookConfig(env);
  if (!config.enabled) {
    // Switched off since the message was queued: keep it (dead-letter), do not drop clicks silently.
    console.warn(JSON.stringify({ event: "click_webhook_disabled", problem: config.problem ?? "CLICK_WEBHOOK_URL is not set" }));
    await Promise.all(batch.messages.map((message) => deadLetter(env, message, "webhook not configured")));
    return;
  }
  await Promise.all(
    batch.messages.map(async (message) => {
      const result = await post(config.settings.url, config.settings.secret, JSON.stringify(message.body), message.attempts, send);
      if (result.ok) {
        message.ack();
        return;
      }
      console.warn(JSON.stringify({ event: "click_webhook_failed", messageId: message.id, attempts: message.attempts, reason: result.reason }));
      if (message.attempts >= MAX_WEBHOOK_ATTEMPTS) await deadLetter(env, message, result.reason);
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts, MAX_WEBHOOK_DELAY_SECONDS) });
    }),
  );
}

async function deadLetter(env: Bindings, message: Message<unknown>, reason: string): Promise<void> {
  try {
    await env.CLICK_WEBHOOK_DEAD_LETTERS.send(
      { failedAt: new Date().toISOString(), attempts: message.attempts, reason, delivery: message.body },
      { contentType: "json" },
    );
    console.error(JSON.stringify({ event: "click_webhook_dead_lettered", messageId: message.id, attempts: message.attempts, reason }));
    message.ack();
  } catch (error) {
    // The dead-letter queue is unreachable too: keep the message in its own queue.
    console.error(JSON.stringify({ event: "click_webhook_dead_letter_failed", messageId: message.id, message: String(error) }));
    message.retry({ delaySeconds: MAX_WEBHOOK_DELAY_SECONDS });
  }
}
