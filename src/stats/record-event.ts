/** The producer: enqueue an event durably before the response, or write its counter directly if the queue fails. */
import type { Bindings } from "../env";
import { guarded } from "../storage/storage-error";
import { sendGrouped } from "./group-commit";
import { parkLostEvent } from "./lost-events";
import type { StatsEvent } from "./stats-event";

export type RecordOutcome = "queued" | "direct" | "lost";

/**
 * The counter Durable Object of a share (one per share id).
 *
 * @example
 * await statsCounter(env, "q3V9-xk2LrT_").apply(events);
 */
export function statsCounter(env: Bindings, shareId: string) {
  return env.STATS_COUNTERS.get(env.STATS_COUNTERS.idFromName(shareId));
}

/**
 * Records one event. It joins the isolate's open group of events (see group-commit.ts), whose
 * `sendBatch` resolves only once the queue has stored every message of the batch, so an answered
 * request is not lost if this isolate dies afterwards. If the batch fails, the same event (same id)
 * goes straight to the share's counter; should the send have succeeded after all, the consumer's
 * copy is a duplicate by id and changes nothing.
 *
 * @example
 * await recordEvent(c.env, event); // "queued"
 */
export async function recordEvent(env: Bindings, event: StatsEvent): Promise<RecordOutcome> {
  try {
    // Bounded: a send that hangs must not hold the reader's redirect; it falls back like a failure.
    await guarded("Queue send", () => sendGrouped(env.STATS_EVENTS, event));
    return "queued";
  } catch (queueError) {
    try {
      await guarded("Durable Object counter write", () => statsCounter(env, event.shareId).apply([event]));
      console.warn(JSON.stringify({ event: "stats_queue_send_failed", fallback: "direct", id: event.id, message: String(queueError) }));
      return "direct";
    } catch (directError) {
      // Answered but not counted. The alert is this log line (a stable event name an operator
      // alerts on); the count is the event parked in KV, readable at GET /api/stats/lost-events.
      const parked = await parkLostEvent(env, event);
      console.error(
        JSON.stringify({
          event: "stats_event_lost",
          id: event.id,
          shareId: event.shareId,
          type: event.type,
          parked,
          queueError: String(queueError),
          directError: String(directError),
        }),
      );
      return "lost";
    }
  }
}
