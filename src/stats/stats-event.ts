/** One counted thing (a page view, a CTA tap or an app open) as it travels through the queue; its id makes it count once. */
import { z } from "zod";
import { APP_OPEN_SOURCES } from "../domain/app-open";
import { RECORDED_PLACEMENTS } from "../domain/cta-channel";
import { UNFURL_PLATFORMS } from "../domain/link-preview-bots";
import { PATH_ID_PATTERN } from "../domain/share-id";

export const StatsEventSchema = z.strictObject({
  /** Schema version, so a consumer can tell old messages still in the queue after a deploy. */
  v: z.literal(1),
  /** Assigned before the send: a retried delivery or a fallback write carries the same id. */
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  shareId: z.string().regex(PATH_ID_PATTERN),
  type: z.enum(["view", "click", "open"]),
  /** When the request was answered (ms since epoch); decides the UTC day it counts on. */
  at: z.int().nonnegative(),
  audience: z.enum(["human", "unfurl", "bot", "head", "prefetch"]),
  unfurl: z.enum(UNFURL_PLATFORMS).nullable(),
  platform: z.enum(["ios", "android", "desktop"]),
  placement: z.enum(RECORDED_PLACEMENTS).nullable(),
  channel: z.string().regex(/^[a-z0-9-]{1,24}$/).nullable(),
  /** HMAC of IP and user agent under the day's secret salt (humans only); never the IP or the UA. */
  visitor: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** ISO country code from request.cf, for the webhook: clicks only (views carry null). */
  country: z.string().regex(/^[A-Z0-9]{2}$/).nullable(),
  /**
   * App opens only: SHA-256 of the share id and the app's installId, so an install counts once per
   * share for ever; the installId itself never enters the queue. Defaults keep messages sent
   * before opens existed valid.
   */
  install: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
  /** App opens only: how the app found the share. */
  source: z.enum(APP_OPEN_SOURCES).nullable().default(null),
});

export type StatsEvent = z.infer<typeof StatsEventSchema>;

/** A click as the webhook delivers it to the app's backend. */
export interface ClickWebhookEvent {
  id: string;
  shareId: string;
  at: string;
  platform: StatsEvent["platform"];
  placement: string | null;
  channel: string | null;
  country: string | null;
}

/** The body of one webhook delivery (one queue message, one signed POST). */
export interface ClickWebhookDelivery {
  deliveryId: string;
  type: "cta_clicks";
  events: ClickWebhookEvent[];
}

/**
 * What the app's backend receives for one click: no visitor hash, no audience (only human clicks
 * are sent), an ISO date.
 *
 * @example
 * toWebhookEvent(event); // { id, shareId, at: "2026-11-26T12:00:00.000Z", platform: "ios", placement: "banner", channel: "whatsapp", country: "FR" }
 */
export function toWebhookEvent(event: StatsEvent): ClickWebhookEvent {
  return {
    id: event.id,
    shareId: event.shareId,
    at: new Date(event.at).toISOString(),
    platform: event.platform,
    placement: event.placement,
    channel: event.channel,
    country: event.country,
  };
}
