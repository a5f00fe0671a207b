/**
 * The dashboard's charts: pure functions from numbers to inline SVG. Each SVG is decorative
 * (aria-hidden); the figures are always also in text or a table beside it.
 */
import { PLOT_HEIGHT, SLOT, barShapes, niceMax, percentLength } from "../../src/dashboard/chart-scale";
import { formatCompact, formatCount, formatDay } from "../../src/dashboard/format";

export interface DailyPoint {
  date: string;
  value: number;
}

export interface DailyBarsProps {
  points: readonly DailyPoint[];
  /** The unit in each bar's tooltip, e.g. "views". */
  unit: string;
}

/**
 * Bars per day with three gridlines, the y labels (max, half, 0) and the x labels (first, middle,
 * last day) in HTML, so text keeps its size whatever the chart's width. The SVG stretches
 * (preserveAspectRatio="none"); strokes keep one pixel (non-scaling-stroke).
 *
 * @example
 * <DailyBars points={[{ date: "2026-11-01", value: 4 }]} unit="views" />
 */
export function DailyBars({ points, unit }: DailyBarsProps) {
  const max = niceMax(Math.max(0, ...points.map((point) => point.value)));
  const bars = barShapes(
    points.map((point) => point.value),
    max,
  );
  const width = Math.max(1, points.length) * SLOT;
  const middle = points[Math.floor((points.length - 1) / 2)];
  return (
    <div class="chart__body" aria-hidden="true">
      <div class="chart__y">
        <span>{formatCompact(max)}</span>
        <span>{formatCompact(max / 2)}</span>
        <span>0</span>
      </div>
      <svg class="chart__svg" viewBox={`0 0 ${width} ${PLOT_HEIGHT}`} preserveAspectRatio="none" focusable="false">
        {[0, PLOT_HEIGHT / 2, PLOT_HEIGHT].map((y) => (
          <line class="chart__grid" x1="0" x2={width} y1={y} y2={y} vector-effect="non-scaling-stroke" />
        ))}
        {bars.map((bar, index) => {
          const point = points[index]!;
          return (
            <rect class="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
              <title>{`${formatDay(point.date)}: ${formatCount(point.value)} ${unit}`}</title>
            </rect>
          );
        })}
      </svg>
      {points.length > 0 ? (
        <div class="chart__x">
          <span>{formatDay(points[0]!.date)}</span>
          {points.length > 2 && middle ? <span>{formatDay(middle.date)}</span> : null}
          {points.length > 1 ? <span>{formatDay(points.at(-1)!.date)}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A horizontal bar filling `fraction` (0..1) of its box: the backdrop of a breakdown row.
 *
 * @example
 * <MeterBar fraction={0.42} />
 */
export function MeterBar({ fraction, class: className = "breakdown__bar" }: { fraction: number; class?: string }) {
  return (
    <svg class={className} aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={percentLength(fraction)} height="100%" rx="6" />
    </svg>
  );
}

/**
 * A vertical bar filling `fraction` of its height over a track: one step of the funnel.
 *
 * @example
 * <ColumnBar fraction={0.25} />
 */
export function ColumnBar({ fraction }: { fraction: number }) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const height = clamped > 0 ? Math.max(2, clamped * 100) : 0;
  return (
    <svg class="funnel__bar" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="chart-track" x="0" y="0" width="100" height="100" />
      <rect class="chart-bar" x="0" y={100 - height} width="100" height={height} />
    </svg>
  );
}
