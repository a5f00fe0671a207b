/** The daily chart panel: metric tabs (plain links), the bars, and the same figures as a table for everyone. */
import { formatCount, formatLongDay } from "../../src/dashboard/format";
import { type DailyPoint, DailyBars } from "./charts";

export interface DailyMetric {
  key: string;
  label: string;
  /** Lower-case unit for tooltips and the summary sentence ("views"). */
  unit: string;
  href: string;
}

export interface DailyPanelProps {
  title: string;
  metrics: readonly DailyMetric[];
  /** The key of the metric drawn. */
  selected: string;
  points: readonly DailyPoint[];
  /** Table columns: a header and one value per day, in the points' order. */
  table: { headers: readonly string[]; rows: ReadonlyArray<{ date: string; values: readonly number[] }> };
}

/**
 * @example
 * <DailyPanel title="Daily" metrics={…} selected="views" points={…} table={…} />
 */
export function DailyPanel({ title, metrics, selected, points, table }: DailyPanelProps) {
  const metric = metrics.find((m) => m.key === selected) ?? metrics[0]!;
  const total = points.reduce((sum, point) => sum + point.value, 0);
  const peak = points.reduce<DailyPoint | null>((best, point) => (best === null || point.value > best.value ? point : best), null);
  const summary =
    total === 0 || peak === null
      ? `No ${metric.unit} in these ${points.length} days.`
      : `${formatCount(total)} ${metric.unit} in ${points.length} days; the busiest day was ${formatLongDay(peak.date)} with ${formatCount(peak.value)}.`;
  return (
    <section class="panel" aria-labelledby="daily-title">
      <div class="panel__head">
        <h2 class="panel__title" id="daily-title">
          {title}
        </h2>
      </div>
      <ul class="chart__tabs" aria-label="Metric">
        {metrics.map((m) => (
          <li>
            <a class="chart__tab" href={m.href} aria-current={m.key === metric.key ? "true" : undefined}>
              {m.label}
            </a>
          </li>
        ))}
      </ul>
      <figure class="chart">
        <DailyBars points={points} unit={metric.unit} />
        <figcaption class="chart__caption">
          <strong>{metric.label} per day.</strong> {summary}
        </figcaption>
      </figure>
      <details class="disclosure">
        <summary>Show the figures as a table</summary>
        {/* Focusable: a region that scrolls must be reachable by keyboard (WCAG 2.1.1). A named <section> is a region landmark. */}
        <section class="table-scroll" tabindex={0} aria-label={`${title}: figures per day`}>
          <table class="table" data-daily-table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {table.headers.map((header) => (
                  <th scope="col" class="num">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr data-date={row.date}>
                  <th scope="row">{formatLongDay(row.date)}</th>
                  {row.values.map((value) => (
                    <td class="num">{formatCount(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </section>
  );
}
