/** How the dashboard writes numbers, rates and days: English, grouped digits, UTC dates. */

const counts = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const shortDay = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** @example formatCount(12345); // "12,345" */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** For axis labels, where space is short. @example formatCompact(12_345); // "12.3K" */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/**
 * `part` as a percentage of `whole`, one decimal under 10 %; null when `whole` is 0 (a rate of
 * nothing is not 0 %).
 *
 * @example
 * formatRate(1, 3); // "33%"
 * formatRate(1, 40); // "2.5%"
 * formatRate(5, 0); // null
 */
export function formatRate(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const percent = (part / whole) * 100;
  const digits = percent > 0 && percent < 10 ? 1 : 0;
  return `${percent.toFixed(digits)}%`;
}

/** @example formatDay("2026-11-14"); // "Nov 14" */
export function formatDay(day: string): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}

/** @example formatLongDay("2026-11-14"); // "Nov 14, 2026" */
export function formatLongDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** @example formatDateTime("2026-11-14T09:30:00Z"); // "Nov 14, 2026, 9:30 AM" */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

/**
 * The range in words, without repeating the year when both ends share it.
 *
 * @example
 * formatRange("2026-11-01", "2026-11-30"); // "Nov 1 – Nov 30, 2026"
 */
export function formatRange(from: string, to: string): string {
  if (from === to) return formatLongDay(from);
  return from.slice(0, 4) === to.slice(0, 4) ? `${formatDay(from)} – ${formatLongDay(to)}` : `${formatLongDay(from)} – ${formatLongDay(to)}`;
}
