/** What the overview page shows, computed from one Analytics report: every figure is the report's own or a sum of it. */
import { type Breakdown, toBreakdown } from "./breakdown";
import { formatCount, formatRate } from "./format";
import { type FunnelStep, buildFunnel, sumOf } from "./funnel";
import type { AnalyticsReport } from "./report-types";

/** The metrics the daily chart can draw: the keys of an Analytics `daily` row. */
export const OVERVIEW_METRICS = [
  { key: "views", label: "Human views", unit: "human views" },
  { key: "ctaClicks", label: "CTA taps", unit: "CTA taps" },
  { key: "unfurls", label: "Unfurls", unit: "unfurls" },
  { key: "appOpens", label: "App opens", unit: "app opens" },
  { key: "sharesCreated", label: "Shares created", unit: "shares created" },
] as const;

export type OverviewMetric = (typeof OVERVIEW_METRICS)[number]["key"];

/**
 * The metric named by `?metric=`, or human views.
 *
 * @example
 * overviewMetric("ctaClicks"); // "ctaClicks"
 * overviewMetric("<script>"); // "views"
 */
export function overviewMetric(raw: string | undefined): OverviewMetric {
  return OVERVIEW_METRICS.find((metric) => metric.key === raw)?.key ?? "views";
}

export interface OverviewModel {
  tiles: Array<{ key: string; label: string; value: string; note: string | null }>;
  funnel: FunnelStep[];
  daily: {
    points: Array<{ date: string; value: number }>;
    headers: string[];
    rows: Array<{ date: string; values: number[] }>;
  };
  breakdowns: { channel: Breakdown; platform: Breakdown; placement: Breakdown; unfurls: Breakdown };
  topShares: AnalyticsReport["topShares"];
}

/**
 * @example
 * const model = overviewModel(await getAnalytics(env, range), "views");
 * model.funnel[1].value === report.totals.views.human; // true
 */
export function overviewModel(report: AnalyticsReport, metric: OverviewMetric): OverviewModel {
  const { totals } = report;
  const unfurls = sumOf(totals.unfurls);
  const ctaTaps = sumOf(totals.ctaClicks);
  const appOpens = sumOf(totals.appOpens);
  return {
    tiles: [
      { key: "sharesCreated", label: "Shares created", value: formatCount(totals.sharesCreated), note: null },
      { key: "unfurls", label: "Unfurls", value: formatCount(unfurls), note: "Link previews fetched" },
      { key: "humanViews", label: "Human views", value: formatCount(totals.views.human), note: `${formatCount(totals.views.total)} page loads in all` },
      { key: "ctaTaps", label: "CTA taps", value: formatCount(ctaTaps), note: null },
      { key: "tapRate", label: "Tap rate", value: formatRate(ctaTaps, totals.views.human) ?? "—", note: "CTA taps per human view" },
      { key: "appOpens", label: "App opens", value: formatCount(appOpens), note: null },
    ],
    funnel: buildFunnel({ unfurls, humanViews: totals.views.human, ctaTaps, appOpens }),
    daily: {
      points: report.daily.map((day) => ({ date: day.date, value: day[metric] })),
      headers: OVERVIEW_METRICS.map((m) => m.label),
      rows: report.daily.map((day) => ({ date: day.date, values: OVERVIEW_METRICS.map((m) => day[m.key]) })),
    },
    breakdowns: {
      channel: toBreakdown(totals.byChannel),
      platform: toBreakdown(totals.ctaClicks),
      placement: toBreakdown(totals.byPlacement),
      unfurls: toBreakdown(totals.unfurls),
    },
    topShares: report.topShares,
  };
}
