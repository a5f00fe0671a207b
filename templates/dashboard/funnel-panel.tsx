/** The funnel unfurls → human views → CTA taps → app opens, with the rate from each step to the next. */
import { formatCount, formatRate } from "../../src/dashboard/format";
import type { FunnelStep } from "../../src/dashboard/funnel";
import { ColumnBar } from "./charts";

export interface FunnelPanelProps {
  steps: readonly FunnelStep[];
  /** Words under the title, e.g. the range. */
  note?: string;
}

/**
 * Each step says its figure and its rate in words, so the bars can stay decorative.
 *
 * @example
 * <FunnelPanel steps={buildFunnel({ unfurls: 10, humanViews: 40, ctaTaps: 4, appOpens: 1 })} />
 */
export function FunnelPanel({ steps, note }: FunnelPanelProps) {
  const max = Math.max(0, ...steps.map((step) => step.value));
  return (
    <section class="panel" aria-labelledby="funnel-title">
      <div class="panel__head">
        <h2 class="panel__title" id="funnel-title">
          Funnel
        </h2>
        {note ? <p class="panel__note">{note}</p> : null}
      </div>
      <ol class="funnel">
        {steps.map((step) => {
          const rate = step.previousValue === null ? null : formatRate(step.value, step.previousValue);
          return (
            <li class="funnel__step" data-step={step.key}>
              <span class="funnel__label">{step.label}</span>
              <span class="funnel__value" data-figure={step.key}>
                {formatCount(step.value)}
              </span>
              <ColumnBar fraction={max > 0 ? step.value / max : 0} />
              {step.previousLabel === null ? (
                <span class="funnel__rate funnel__rate--none">Where it starts</span>
              ) : rate === null ? (
                <span class="funnel__rate funnel__rate--none">No {step.previousLabel} yet</span>
              ) : (
                <span class="funnel__rate">
                  {rate} of {step.previousLabel}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
