/** The range control: 7/30/90-day links and a custom from/to form, all plain GET (no script needed). */
import { MAX_RANGE_DAYS, RANGE_PRESETS, type DateRange } from "../../src/dashboard/date-range";
import { dashboardUrls } from "../../src/dashboard/urls";

export interface RangePickerProps {
  range: DateRange;
  /** Kept across range changes. */
  metric: string;
  /** What was wrong with the asked-for range; shown by its field. */
  error: { field: "range" | "from" | "to"; message: string } | null;
  /** Today (UTC): the custom form's latest date. */
  today: string;
}

/**
 * @example
 * <RangePicker range={range} metric="views" error={null} today="2026-12-01" />
 */
export function RangePicker({ range, metric, error, today }: RangePickerProps) {
  const custom = range.preset === null || error !== null;
  const errorId = error ? "range-error" : undefined;
  return (
    <div class="toolbar">
      <nav class="segmented" aria-label="Range">
        {RANGE_PRESETS.map((days) => (
          <a
            href={dashboardUrls.overview({ from: "", to: "", preset: days }, metric)}
            aria-current={range.preset === days && error === null ? "page" : undefined}
          >
            {days} days
          </a>
        ))}
      </nav>
      <details class={range.preset === null ? "custom-range custom-range--active" : "custom-range"} open={error !== null ? true : undefined}>
        <summary class="link-button">Custom</summary>
        <form class="custom-range__form" method="get" action={dashboardUrls.home}>
          <input type="hidden" name="metric" value={metric} />
          <div class="field">
            <label for="range-from">From</label>
            <input
              class="input"
              id="range-from"
              name="from"
              type="date"
              value={custom ? range.from : ""}
              max={today}
              required
              aria-invalid={error?.field === "from" ? "true" : undefined}
              aria-describedby={error?.field === "from" ? errorId : undefined}
            />
          </div>
          <div class="field">
            <label for="range-to">To</label>
            <input
              class="input"
              id="range-to"
              name="to"
              type="date"
              value={custom ? range.to : ""}
              required
              aria-invalid={error?.field === "to" ? "true" : undefined}
              aria-describedby={error?.field === "to" ? errorId : undefined}
            />
          </div>
          <button class="button button--small" type="submit">
            Apply
          </button>
          <p class="panel__note">UTC days, at most {MAX_RANGE_DAYS}.</p>
        </form>
      </details>
    </div>
  );
}
