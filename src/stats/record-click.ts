/** Click recording: decide first (human? HEAD? prefetch? bot?), then record once, before the redirect leaves. */
import type { CtaTap } from "../domain/cta-tap";
import type { Bindings } from "../env";
import { buildStatsEvent } from "./build-event";
import { type RecordOutcome, recordEvent } from "./record-event";

/**
 * Records a CTA tap on a share if, and only if, a human made it. HEAD requests, prefetches, bots
 * and link-preview fetchers get the same answer but count nothing.
 *
 * @example
 * await recordClick(c.env, c.req.raw, shareId, describeCtaTap(c.req.raw, origin)); // "queued"
 */
export async function recordClick(env: Bindings, request: Request, shareId: string, tap: CtaTap): Promise<RecordOutcome | "skipped"> {
  if (tap.requestClass.kind !== "human") return "skipped";
  const event = await buildStatsEvent(env, {
    request,
    shareId,
    type: "click",
    requestClass: tap.requestClass,
    platform: tap.platform,
    placement: tap.placement,
    channel: tap.channel,
  });
  return recordEvent(env, event);
}
