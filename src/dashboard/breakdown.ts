/** A breakdown (by channel, platform, placement…): named counters as rows, biggest first, with their share of the total. */
import { labelFor } from "./labels";

export interface BreakdownRow {
  key: string;
  label: string;
  value: number;
  /** value / total, 0..1. */
  share: number;
}

export interface Breakdown {
  rows: BreakdownRow[];
  total: number;
}

/**
 * Rows for every non-zero counter, biggest first, ties by label so the order is stable.
 *
 * @example
 * toBreakdown({ ios: 3, android: 1, desktop: 0 }).rows.map((row) => row.label); // ["iOS", "Android"]
 */
export function toBreakdown(counters: Readonly<Record<string, number>>): Breakdown {
  const total = Object.values(counters).reduce((sum, value) => sum + value, 0);
  const rows = Object.entries(counters)
    .filter(([, value]) => value > 0)
    .map(([key, value]) => ({ key, label: labelFor(key), value, share: total > 0 ? value / total : 0 }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return { rows, total };
}
