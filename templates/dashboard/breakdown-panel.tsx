/** One breakdown (channel, platform, placement, unfurl platform) as a ranked table with a bar behind each label. */
import type { Breakdown } from "../../src/dashboard/breakdown";
import { formatCount, formatRate } from "../../src/dashboard/format";
import { MeterBar } from "./charts";

export interface BreakdownPanelProps {
  /** Unique on the page: names the heading's id. */
  id: string;
  title: string;
  /** What the numbers count, as a column header: "Human views". */
  valueLabel: string;
  /** The same in running text: "human views", "CTA taps". */
  unit: string;
  breakdown: Breakdown;
  /** Shown when every counter is zero. */
  empty: string;
}

/**
 * @example
 * <BreakdownPanel id="platform" title="Platform" valueLabel="CTA taps" unit="CTA taps" breakdown={toBreakdown(totals.ctaClicks)} empty="No taps yet." />
 */
export function BreakdownPanel({ id, title, valueLabel, unit, breakdown, empty }: BreakdownPanelProps) {
  const top = breakdown.rows[0]?.value ?? 0;
  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <div class="panel__head">
        <h2 class="panel__title" id={`${id}-title`}>
          {title}
        </h2>
        <p class="panel__note">
          {formatCount(breakdown.total)} {unit}
        </p>
      </div>
      {breakdown.rows.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <table class="table breakdown" data-breakdown={id}>
          <thead class="visually-hidden">
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" class="num">
                {valueLabel}
              </th>
              <th scope="col" class="num share">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {breakdown.rows.map((row) => (
              <tr data-key={row.key}>
                <th scope="row">
                  <MeterBar fraction={top > 0 ? row.value / top : 0} />
                  <span class="breakdown__label">{row.label}</span>
                </th>
                <td class="num">{formatCount(row.value)}</td>
                <td class="num share">{formatRate(row.value, breakdown.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
