/** The overview's range of UTC days: a preset (7, 30, 90 days ending today) or custom from/to, validated as the API does. */
import { MAX_RANGE_DAYS, resolveDateRange } from "../domain/analytics/date-range";

export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export { MAX_RANGE_DAYS };
export const DEFAULT_PRESET: RangePreset = 30;

export interface DateRange {
  /** First UTC day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last UTC day, inclusive. */
  to: string;
  /** The preset it came from, or null for a custom range. */
  preset: RangePreset | null;
  days: number;
}

/** A range, or the default range plus what was wrong with the one asked for. */
export type RangeResult = { range: DateRange; error: null } | { range: DateRange; error: { field: "range" | "from" | "to"; message: string } };

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayMs(day: string): number | null {
  if (!ISO_DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-31 over to March; a real day survives the round trip.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? null : ms;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The preset range of `days` days ending on `today`.
 *
 * @example
 * presetRange(7, "2026-11-30"); // { from: "2026-11-24", to: "2026-11-30", preset: 7, days: 7 }
 */
export function presetRange(days: RangePreset, today: string): DateRange {
  const end = dayMs(today) ?? Date.now();
  return { from: isoDay(end - (days - 1) * DAY_MS), to: isoDay(end), preset: days, days };
}

/**
 * Reads `?range=7|30|90` or `?from=&to=` (custom wins when both dates are given).
 *
 * @example
 * parseDateRange({ from: "2026-11-01", to: "2026-11-30" }, "2026-12-01").range.days; // 30
 * parseDateRange({ from: "2026-11-30", to: "2026-11-01" }, "2026-12-01").error; // { field: "to", message: "…" }
 */
export function parseDateRange(query: { range?: string | undefined; from?: string | undefined; to?: string | undefined }, today: string): RangeResult {
  const fallback = presetRange(DEFAULT_PRESET, today);
  const from = query.from?.trim();
  const to = query.to?.trim();
  if (from || to) {
    if (!from) return { range: fallback, error: { field: "from", message: "Choose a start date." } };
    if (!to) return { range: fallback, error: { field: "to", message: "Choose an end date." } };
    const fromMs = dayMs(from);
    const toMs = dayMs(to);
    if (fromMs === null) return { range: fallback, error: { field: "from", message: "The start date must be a date (YYYY-MM-DD)." } };
    if (toMs === null) return { range: fallback, error: { field: "to", message: "The end date must be a date (YYYY-MM-DD)." } };
    if (toMs < fromMs) return { range: fallback, error: { field: "to", message: "The end date must be on or after the start date." } };
    const days = (toMs - fromMs) / DAY_MS + 1;
    if (days > MAX_RANGE_DAYS) return { range: fallback, error: { field: "to", message: `A range covers at most ${MAX_RANGE_DAYS} days.` } };
    // Whatever else the API refuses (a day in the future, before 2020), the dashboard refuses in its words.
    const api = resolveDateRange({ from, to }, (dayMs(today) ?? Date.now()) + DAY_MS / 2);
    if ("problem" in api) {
      const { path, message } = api.problem;
      return { range: fallback, error: { field: path, message: `The ${path === "from" ? "start" : "end"} date ${message}.` } };
    }
    return { range: { from, to, preset: null, days }, error: null };
  }
  if (query.range === undefined || query.range === "") return { range: fallback, error: null };
  const preset = RANGE_PRESETS.find((days) => String(days) === query.range);
  if (preset === undefined) return { range: fallback, error: { field: "range", message: `Choose ${RANGE_PRESETS.join(", ")} days or a custom range.` } };
  return { range: presetRange(preset, today), error: null };
}

/**
 * Every day from `from` to `to`, inclusive.
 *
 * @example
 * daysOf({ from: "2026-11-29", to: "2026-12-01" }); // ["2026-11-29", "2026-11-30", "2026-12-01"]
 */
export function daysOf(range: Pick<DateRange, "from" | "to">): string[] {
  const start = dayMs(range.from);
  const end = dayMs(range.to);
  if (start === null || end === null) return [];
  return Array.from({ length: Math.max(0, (end - start) / DAY_MS + 1) }, (_, index) => isoDay(start + index * DAY_MS));
}
