/** Turns the rollup rows of a range into the analytics document: every key present, every day listed. */
import { RECORDED_PLACEMENTS } from "../cta-channel";
import { UNFURL_PLATFORMS } from "../link-preview-bots";
import { counterName } from "../share-stats";
import { type Analytics, type AnalyticsDay, LISTED_CHANNELS } from "./analytics-schema";
import { type DateRange, daysOf } from "./date-range";

/** One app-wide counter on one day, as stored in `analytics_daily`. */
export interface DailyCounterRow {
  date: string;
  counter: string;
  value: number;
}

export interface AnalyticsRows {
  counters: DailyCounterRow[];
  sharesCreated: Array<{ date: string; count: number }>;
  topShares: Analytics["topShares"];
}

const CLICK_PLATFORMS = ["ios", "android", "desktop"] as const;
const OPEN_PLATFORMS = ["ios", "android"] as const;

/**
 * The analytics document of a range. Totals are the sums of the daily figures, so `daily` always
 * adds up to `totals`; counters this version does not show are ignored, not an error.
 *
 * @example
 * buildAnalytics({ from: "2026-11-01", to: "2026-11-30" }, { counters: [{ date: "2026-11-02", counter: "views.human", value: 3 }], sharesCreated: [], topShares: [] }).totals.views;
 * // { human: 3, total: 0 }
 */
export function buildAnalytics(range: DateRange, rows: AnalyticsRows): Analytics {
  const sums = new Map<string, number>();
  const perDay = new Map<string, Map<string, number>>();
  for (const { date, counter, value } of rows.counters) {
    sums.set(counter, (sums.get(counter) ?? 0) + value);
    const day = perDay.get(date) ?? new Map<string, number>();
    day.set(counter, (day.get(counter) ?? 0) + value);
    perDay.set(date, day);
  }
  const total = (name: string) => sums.get(name) ?? 0;
  const created = new Map(rows.sharesCreated.map((row) => [row.date, row.count]));

  const byChannel: Record<string, number> = Object.fromEntries(LISTED_CHANNELS.map((channel) => [channel, 0]));
  const channelPrefix = counterName.channel("");
  for (const [name, value] of [...sums].sort(([a], [b]) => a.localeCompare(b))) {
    if (name.startsWith(channelPrefix)) byChannel[name.slice(channelPrefix.length)] = value;
  }

  const daily = daysOf(range).map((date): AnalyticsDay => {
    const day = perDay.get(date);
    const read = (name: string) => day?.get(name) ?? 0;
    const add = (names: readonly string[]) => names.reduce((sum, name) => sum + read(name), 0);
    return {
      date,
      sharesCreated: created.get(date) ?? 0,
      views: read(counterName.viewsHuman),
      unfurls: add(UNFURL_PLATFORMS.map(counterName.unfurl)),
      ctaClicks: add(CLICK_PLATFORMS.map(counterName.click)),
      appOpens: add(OPEN_PLATFORMS.map(counterName.open)),
    };
  });

  const keyed = <K extends string>(keys: readonly K[], name: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, total(name(key))])) as Record<K, number>;

  return {
    from: range.from,
    to: range.to,
    totals: {
      sharesCreated: daily.reduce((sum, day) => sum + day.sharesCreated, 0),
      views: { human: total(counterName.viewsHuman), total: total(counterName.viewsTotal) },
      unfurls: keyed(UNFURL_PLATFORMS, counterName.unfurl),
      ctaClicks: keyed(CLICK_PLATFORMS, counterName.click),
      byPlacement: keyed(RECORDED_PLACEMENTS, counterName.placement),
      byChannel,
      appOpens: keyed(OPEN_PLATFORMS, counterName.open),
    },
    daily,
    topShares: rows.topShares,
  };
}
