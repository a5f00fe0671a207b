/** Turns an answered request into a stats event: id first, then everything counted about it. */
import type { RequestClass } from "../domain/classify-request";
import type { RecordedPlacement } from "../domain/cta-channel";
import type { Platform } from "../domain/platform";
import type { Bindings } from "../env";
import type { StatsEvent } from "./stats-event";
import { visitorHash } from "./visitor-hash";
import { webhookEnabled } from "./webhook-settings";

export interface EventInput {
  request: Request;
  shareId: string;
  type: StatsEvent["type"];
  requestClass: RequestClass;
  platform: Platform;
  placement: RecordedPlacement | null;
  channel: string | null;
  nowMs?: number;
}

/** Country from Cloudflare's edge (request.cf); "T1" (Tor) and "XX" (unknown) are kept as given. */
function countryOf(request: Request): string | null {
  const country: unknown = request.cf?.country;
  return typeof country === "string" && /^[A-Z0-9]{2}$/.test(country) ? country : null;
}

/**
 * Builds the event for one answered request. The visitor hash is computed here, at the edge, so
 * the IP and user agent never enter the queue; if the salt cannot be had, the event is still
 * counted, only without a visitor.
 *
 * @example
 * const event = await buildStatsEvent(env, { request: c.req.raw, shareId, type: "click", requestClass, platform, placement, channel });
 */
export async function buildStatsEvent(env: Bindings, input: EventInput): Promise<StatsEvent> {
  const { request, shareId, type, requestClass, platform, placement, channel } = input;
  const at = input.nowMs ?? Date.now();
  let visitor: string | null = null;
  if (requestClass.kind === "human") {
    try {
      visitor = await visitorHash(
        env,
        { shareId, ip: request.headers.get("cf-connecting-ip"), userAgent: request.headers.get("user-agent") ?? "" },
        at,
      );
    } catch (error) {
      console.error(JSON.stringify({ event: "visitor_salt_unavailable", shareId, message: String(error) }));
    }
  }
  return {
    v: 1,
    id: crypto.randomUUID(),
    shareId,
    type,
    at,
    audience: requestClass.kind,
    unfurl: requestClass.kind === "unfurl" ? requestClass.platform : null,
    platform,
    placement,
    channel,
    visitor,
    // Only clicks reach the webhook, the one reader of the country, and only when it is on: reading
    // request.cf makes the runtime build its whole object (a tenth of a tap's CPU in row 7's profile).
    // A click queued while the webhook was off reaches a webhook switched on since without a country.
    country: type === "click" && webhookEnabled(env) ? countryOf(request) : null,
    install: null,
    source: null,
  };
}
