/** The funnel from a link being pasted to the app opening: four steps and the rate from each to the next. */

export interface FunnelInput {
  /** Link-preview fetches (one per chat a link is pasted into, roughly). */
  unfurls: number;
  humanViews: number;
  ctaTaps: number;
  appOpens: number;
}

export interface FunnelStep {
  key: keyof FunnelInput;
  label: string;
  value: number;
  /** This step over the previous one (0..∞: one unfurl can bring many readers); null for the first step or after a zero. */
  rateFromPrevious: number | null;
  /** The previous step's figure (null for the first step). */
  previousValue: number | null;
  /** What the rate is "of", for the words beside it. */
  previousLabel: string | null;
}

const STEPS: ReadonlyArray<{ key: keyof FunnelInput; label: string; noun: string }> = [
  { key: "unfurls", label: "Unfurls", noun: "unfurls" },
  { key: "humanViews", label: "Human views", noun: "views" },
  { key: "ctaTaps", label: "CTA taps", noun: "taps" },
  { key: "appOpens", label: "App opens", noun: "opens" },
];

/**
 * The funnel's steps in order.
 *
 * @example
 * buildFunnel({ unfurls: 10, humanViews: 40, ctaTaps: 4, appOpens: 1 })[2];
 * // { key: "ctaTaps", label: "CTA taps", value: 4, rateFromPrevious: 0.1, previousValue: 40, previousLabel: "views" }
 */
export function buildFunnel(input: FunnelInput): FunnelStep[] {
  return STEPS.map((step, index) => {
    const previous = index > 0 ? STEPS[index - 1]! : null;
    const previousValue = previous ? input[previous.key] : 0;
    return {
      key: step.key,
      label: step.label,
      value: input[step.key],
      rateFromPrevious: previous && previousValue > 0 ? input[step.key] / previousValue : null,
      previousValue: previous ? previousValue : null,
      previousLabel: previous?.noun ?? null,
    };
  });
}

/**
 * The sum of a record of counters.
 *
 * @example
 * sumOf({ ios: 2, android: 3, desktop: 1 }); // 6
 */
export function sumOf(counters: Readonly<Record<string, number>>): number {
  return Object.values(counters).reduce((total, value) => total + value, 0);
}
