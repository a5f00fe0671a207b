/** The arithmetic behind the dashboard's charts: a readable axis maximum and the bars' geometry, in viewBox units. */

/**
 * The smallest "round" number ≥ `value` whose half is a whole number (2, 4, 6, 10, 20, 40, 60,
 * 100, …), so the axis labels max, max/2 and 0 are all integers people can read at a glance.
 *
 * @example
 * niceMax(0); // 2
 * niceMax(7); // 10
 * niceMax(1234); // 2000
 */
export function niceMax(value: number): number {
  if (!(value > 2)) return 2;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [2, 4, 6, 10]) {
      if (step * magnitude >= value) return step * magnitude;
    }
  }
}

export interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot's height in viewBox units; widths are SLOT per bar. */
export const PLOT_HEIGHT = 100;
export const SLOT = 10;

/**
 * One bar per value, in a viewBox of `values.length * SLOT` × PLOT_HEIGHT, bottom-aligned. A
 * non-zero value gets at least a sliver (1 unit), so "a few" never looks like "none".
 *
 * @example
 * barShapes([0, 5, 10], 10); // [{ x: 1.5, y: 100, width: 7, height: 0 }, { x: 11.5, y: 50, width: 7, height: 50 }, { x: 21.5, y: 0, width: 7, height: 100 }]
 */
export function barShapes(values: readonly number[], max: number): BarShape[] {
  const gap = values.length > 60 ? 1 : 1.5;
  return values.map((value, index) => {
    const raw = max > 0 ? (Math.min(value, max) / max) * PLOT_HEIGHT : 0;
    const height = value > 0 ? Math.max(1, raw) : 0;
    return { x: index * SLOT + gap, y: PLOT_HEIGHT - height, width: SLOT - 2 * gap, height };
  });
}

/**
 * A fraction 0..1 as an SVG percentage length, rounded so markup stays short.
 *
 * @example
 * percentLength(0.4567); // "45.67%"
 */
export function percentLength(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return `${Math.round(clamped * 10_000) / 100}%`;
}
