/** The Worker's `queue()` handler: routes each batch to its consumer by queue name. */
import type { Bindings } from "../env";
import { QUEUES } from "./queue-names";
import { consumeStatsBatch } from "./stats-consumer";
import { deliverClickWebhooks } from "./webhook-consumer";

/**
 * Dispatches a batch. A batch from a queue we do not know is retried, not acked, so a
 * misconfigured consumer binding loses nothing.
 *
 * @example
 * export default { fetch: app.fetch, queue: handleQueue };
 */
export async function handleQueue(batch: MessageBatch<unknown>, env: Bindings): Promise<void> {
  switch (batch.queue) {
    case QUEUES.stats:
      return consumeStatsBatch(batch, env);
    case QUEUES.clickWebhooks:
      return deliverClickWebhooks(batch, env);
    default:
      console.error(JSON.stringify({ event: "unknown_queue", queue: batch.queue, messages: batch.messages.length }));
      batch.retryAll({ delaySeconds: 60 });
  }
}
