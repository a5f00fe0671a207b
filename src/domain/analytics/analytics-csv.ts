/** The CSV export's columns and cells: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
import { RECORDED_PLACEMENTS } from "../cta-channel";
import { UNFURL_PLATFORMS } from "../link-preview-bots";
import { counterName } from "../share-stats";
import { LISTED_CHANNELS } from "./analytics-schema";

/** The counters exported, one column each, named by their counter name (a stable header). */
export const CSV_COUNTERS: readonly string[] = [
  counterName.viewsHuman,
  counterName.viewsTotal,
  counterName.uniqueVisitors,
  ...UNFURL_PLATFORMS.map(counterName.unfurl),
  ...["ios", "android", "desktop"].map(counterName.click),
  ...RECORDED_PLACEMENTS.map(counterName.placement),
  ...LISTED_CHANNELS.map(counterName.channel),
  ...["ios", "android"].map(counterName.open),
];

/** Channels outside LISTED_CHANNELS, summed, so the channel columns add up to human views. */
export const OTHER_CHANNELS_COLUMN = "channel.(others)";

export const CSV_HEADER = ["date", "share_id", "title", ...CSV_COUNTERS, OTHER_CHANNELS_COLUMN] as const;

/**
 * One cell. A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return: OWASP's CSV injection list) is prefixed with a single quote; a cell holding
 * a quote, comma or line break is quoted, quotes doubled.
 *
 * @example
 * csvCell('=HYPERLINK("http://x")'); // "\"'=HYPERLINK(\"\"http://x\"\")\""
 * csvCell("AI model pulled");        // "AI model pulled"
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * The line of one share on one day, from its counters that day.
 *
 * @example
 * csvShareDayLine("2026-11-30", "q3V9-xk2LrT_", "AI model pulled", { "views.human": 3 }); // "2026-11-30,q3V9-xk2LrT_,AI model pulled,3,0,…\r\n"
 */
export function csvShareDayLine(date: string, shareId: string, title: string | null, counters: Readonly<Record<string, number>>): string {
  const channelPrefix = counterName.channel("");
  const listed = new Set<string>(LISTED_CHANNELS.map(counterName.channel));
  let otherChannels = 0;
  for (const [name, value] of Object.entries(counters)) if (name.startsWith(channelPrefix) && !listed.has(name)) otherChannels += value;
  return csvLine([date, shareId, title, ...CSV_COUNTERS.map((name) => counters[name] ?? 0), otherChannels]);
}
