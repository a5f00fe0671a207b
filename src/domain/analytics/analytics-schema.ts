/** The documents of `GET /api/analytics` (the contract's exact shape) and its query, one zod schema each. */
import { z } from "zod";
import { RECORDED_PLACEMENTS } from "../cta-channel";
import { UNFURL_PLATFORMS } from "../link-preview-bots";

const count = z.int().nonnegative();
const keyed = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, count])) as Record<K[number], typeof count>);

/** The channels always listed in `byChannel` (zeros included); any other channel counted is listed too. */
export const LISTED_CHANNELS = ["whatsapp", "instagram", "x", "facebook", "linkedin", "telegram", "direct", "web"] as const;

export const AnalyticsQuerySchema = z.strictObject({
  from: z.iso.date().optional().meta({ description: "First UTC day, inclusive. Default: 29 days before `to`." }),
  to: z.iso.date().optional().meta({ description: "Last UTC day, inclusive. Default: today (UTC). At most 400 days after `from`." }),
});

export const AnalyticsDaySchema = z.strictObject({
  date: z.iso.date(),
  sharesCreated: count,
  views: count.meta({ description: "Human page views." }),
  unfurls: count.meta({ description: "Link-preview fetches, every platform." }),
  ctaClicks: count.meta({ description: "Human CTA taps, every platform." }),
  appOpens: count.meta({ description: "Distinct installs that reported opening a share." }),
});

export const AnalyticsSchema = z
  .strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    totals: z.strictObject({
      sharesCreated: count,
      views: z.strictObject({ human: count, total: count }),
      unfurls: keyed(UNFURL_PLATFORMS),
      ctaClicks: z.strictObject({ ios: count, android: count, desktop: count }),
      byPlacement: keyed(RECORDED_PLACEMENTS),
      byChannel: z
        .record(z.string(), count)
        .meta({ description: "Where human readers came from (human page views by referrer or in-app browser); `direct` when nothing says." }),
      appOpens: z.strictObject({ ios: count, android: count }),
    }),
    daily: z.array(AnalyticsDaySchema).meta({ description: "Every day of the range, oldest first, zeros included; adds up to `totals`." }),
    topShares: z
      .array(z.strictObject({ id: z.string(), title: z.string().nullable(), views: count, ctaClicks: count }))
      .meta({ description: "At most 10 shares, by CTA taps then human views in the range; `title` is null once erased or unknown." }),
  })
  .meta({ id: "Analytics", description: "Exact totals across every share for UTC days from..to, never sampled." });

export type Analytics = z.infer<typeof AnalyticsSchema>;
export type AnalyticsDay = z.infer<typeof AnalyticsDaySchema>;
