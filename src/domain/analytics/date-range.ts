/** The UTC day range of an analytics query: defaults, limits, and the parameter to blame when it is wrong. */
import { utcDay } from "../share-stats";

/** The contract's longest range, in days (inclusive). */
export const MAX_RANGE_DAYS = 400;
/** The range when none is given: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;
/** Nothing was counted before this product existed; an earlier date is a typo. */
export const EARLIEST_DATE = "2020-01-01";

const DAY_MS = 86_400_000;

/** Inclusive UTC days, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export interface RangeProblem {
  path: "from" | "to";
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && utcDay(ms) === text;
}

/**
 * The day `days` after `date` (negative: before).
 *
 * @example
 * addDays("2026-11-30", 1); // "2026-12-01"
 */
export function addDays(date: string, days: number): string {
  return utcDay(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/**
 * Every day of a range, oldest first.
 *
 * @example
 * daysOf({ from: "2026-11-29", to: "2026-12-01" }); // ["2026-11-29", "2026-11-30", "2026-12-01"]
 */
export function daysOf({ from, to }: DateRange): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * Resolves `?from&to` into a range, or says which parameter is wrong and why: a malformed or
 * impossible date, a day before 2020 or after today (UTC), `from` after `to`, more than 400 days.
 * `to` defaults to today, `from` to 29 days before `to`.
 *
 * @example
 * resolveDateRange({}, Date.parse("2026-11-30T12:00:00Z")); // { range: { from: "2026-11-01", to: "2026-11-30" } }
 * resolveDateRange({ from: "2026-12-01", to: "2026-11-01" }, now); // { problem: { path: "from", message: "must not be after to (2026-11-01)" } }
 */
export function resolveDateRange(query: { from?: string | undefined; to?: string | undefined }, nowMs: number): { range: DateRange } | { problem: RangeProblem } {
  const today = utcDay(nowMs);
  for (const path of ["from", "to"] as const) {
    const value = query[path];
    if (value === undefined) continue;
    if (!isIsoDate(value)) return { problem: { path, message: "must be a UTC date written YYYY-MM-DD" } };
    if (value < EARLIEST_DATE) return { problem: { path, message: `must not be before ${EARLIEST_DATE}` } };
    if (value > today) return { problem: { path, message: `must not be after today (${today}, UTC)` } };
  }
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) return { problem: { path: "from", message: `must not be after to (${to})` } };
  if (from < addDays(to, -(MAX_RANGE_DAYS - 1))) {
    return { problem: { path: "from", message: `must be at most ${MAX_RANGE_DAYS} days before to, inclusive (${addDays(to, -(MAX_RANGE_DAYS - 1))} or later)` } };
  }
  return { range: { from, to } };
}
