/** The stats document of `GET /api/shares/:id/stats` (the contract's exact shape), and how counters become it. */
import { z } from "zod";
import { RECORDED_PLACEMENTS } from "./cta-channel";
import { UNFURL_PLATFORMS } from "./link-preview-bots";
import { APP_OPEN_PLATFORMS, APP_OPEN_SOURCES } from "./app-open";
import { HUMAN_TAPS_PER_HOUR, HUMAN_VIEWS_PER_HOUR } from "./automation-rule";

/** How many days `daily` covers, ending today (UTC). */
export const DAILY_WINDOW_DAYS = 30;

const count = z.int().nonnegative();

export const ShareStatsSchema = z
  .strictObject({
    id: z.string(),
    views: z
      .strictObject({ human: count, total: count })
      .meta({ description: "Page loads. `total` includes crawlers, link-preview fetchers, HEAD and prefetches." }),
    unfurls: z.strictObject(Object.fromEntries(UNFURL_PLATFORMS.map((platform) => [platform, count])) as Record<
      (typeof UNFURL_PLATFORMS)[number],
      typeof count
    >),
    ctaClicks: z.strictObject({ ios: count, android: count, desktop: count }).meta({ description: "Human taps on the call to action." }),
    byPlacement: z
      .strictObject(Object.fromEntries(RECORDED_PLACEMENTS.map((placement) => [placement, count])) as Record<
        (typeof RECORDED_PLACEMENTS)[number],
        typeof count
      >)
      .meta({ description: "Human CTA taps per `?via=` placement; a missing or unknown `via` is `other`." }),
    uniqueVisitors: count.meta({ description: "Distinct (IP, user agent) pairs per UTC day, summed over days; neither is stored." }),
    suspectedAutomation: z.strictObject({ views: count, ctaClicks: count }).meta({
      description:
        `Views and taps answered and counted once, but not as human: past ${HUMAN_VIEWS_PER_HOUR} views per visitor and share, or ${HUMAN_TAPS_PER_HOUR} taps per visitor, share and placement, in one UTC hour.`,
    }),
    appOpens: z
      .strictObject({ ios: count, android: count })
      .meta({ description: "Distinct app installs that reported `POST /b/:id/opens` for this share (once per installId)." }),
    appOpensBySource: z
      .strictObject(Object.fromEntries(APP_OPEN_SOURCES.map((source) => [source, count])) as Record<(typeof APP_OPEN_SOURCES)[number], typeof count>)
      .meta({ description: "The same app opens by how the app found the share." }),
    daily: z
      .array(z.strictObject({ date: z.iso.date(), views: count, ctaClicks: count }))
      .meta({ description: "The last 30 UTC days, oldest first, today last: human views and human CTA taps." }),
  })
  .meta({ id: "ShareStats", description: "Exact counts, never sampled." });

export type ShareStats = z.infer<typeof ShareStatsSchema>;

/** What the counter Durable Object holds: named counters and per-day rows. */
export interface CounterSnapshot {
  counters: Record<string, number>;
  daily: Array<{ date: string; views: number; clicks: number }>;
}

/** Counter names, shared by the writer (event-counters.ts) and the reader below. */
export const counterName = {
  viewsHuman: "views.human",
  viewsTotal: "views.total",
  unfurl: (platform: string) => `unfurls.${platform}`,
  click: (platform: string) => `clicks.${platform}`,
  placement: (placement: string) => `placement.${placement}`,
  uniqueVisitors: "visitors.unique",
  /** Human page views by the channel the reader came through (referrer or in-app browser). */
  channel: (channel: string) => `channel.${channel}`,
  /** Distinct installs that reported opening the share, per platform. */
  open: (platform: string) => `opens.${platform}`,
  /** Human views and taps past a visitor's hourly allowance (src/domain/automation-rule.ts). */
  suspectedViews: "suspected.views",
  suspectedClicks: "suspected.clicks",
  /** Distinct installs that reported opening the share, per source (how the app found it). */
  openBySource: (source: string) => `opensBySource.${source}`,
} as const;

/**
 * The UTC date (YYYY-MM-DD) of a time in milliseconds: the day an event counts on.
 *
 * @example
 * utcDay(Date.parse("2026-11-26T23:30:00-02:00")); // "2026-11-27"
 */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Shapes a snapshot into the contract's document: every key present, zeros included, and the last
 * 30 days oldest first.
 *
 * @example
 * buildShareStats("q3V9-xk2LrT_", { counters: { "views.human": 3 }, daily: [] }, Date.now()).views; // { human: 3, total: 0 }
 */
export function buildShareStats(id: string, snapshot: CounterSnapshot, nowMs: number): ShareStats {
  const read = (name: string) => snapshot.counters[name] ?? 0;
  const byDate = new Map(snapshot.daily.map((row) => [row.date, row]));
  const daily = Array.from({ length: DAILY_WINDOW_DAYS }, (_, index) => {
    const date = utcDay(nowMs - (DAILY_WINDOW_DAYS - 1 - index) * 86_400_000);
    const row = byDate.get(date);
    return { date, views: row?.views ?? 0, ctaClicks: row?.clicks ?? 0 };
  });
  return {
    id,
    views: { human: read(counterName.viewsHuman), total: read(counterName.viewsTotal) },
    unfurls: Object.fromEntries(UNFURL_PLATFORMS.map((p) => [p, read(counterName.unfurl(p))])) as ShareStats["unfurls"],
    ctaClicks: { ios: read(counterName.click("ios")), android: read(counterName.click("android")), desktop: read(counterName.click("desktop")) },
    byPlacement: Object.fromEntries(RECORDED_PLACEMENTS.map((p) => [p, read(counterName.placement(p))])) as ShareStats["byPlacement"],
    uniqueVisitors: read(counterName.uniqueVisitors),
    suspectedAutomation: { views: read(counterName.suspectedViews), ctaClicks: read(counterName.suspectedClicks) },
    appOpens: Object.fromEntries(APP_OPEN_PLATFORMS.map((p) => [p, read(counterName.open(p))])) as ShareStats["appOpens"],
    appOpensBySource: Object.fromEntries(APP_OPEN_SOURCES.map((s) => [s, read(counterName.openBySource(s))])) as ShareStats["appOpensBySource"],
    daily,
  };
}
