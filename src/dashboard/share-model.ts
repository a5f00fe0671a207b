/** What a share's dashboard page shows, from its stats document (`GET /api/shares/:id/stats`): the same figures. */
import type { ShareStats } from "../domain/share-stats";
import { type Breakdown, toBreakdown } from "./breakdown";
import { formatCount, formatRate } from "./format";
import { type FunnelStep, buildFunnel, sumOf } from "./funnel";

export const SHARE_METRICS = [
  { key: "views", label: "Human views", unit: "human views" },
  { key: "ctaClicks", label: "CTA taps", unit: "CTA taps" },
] as const;

export type ShareMetric = (typeof SHARE_METRICS)[number]["key"];

/** @example shareMetric("ctaClicks"); // "ctaClicks" */
export function shareMetric(raw: string | undefined): ShareMetric {
  return SHARE_METRICS.find((metric) => metric.key === raw)?.key ?? "views";
}

/** App opens, for stats documents that carry them (the contract's `appOpens`); 0 where a deployment does not count them yet. */
function appOpensOf(stats: ShareStats): Record<string, number> {
  const appOpens = (stats as ShareStats & { appOpens?: Record<string, number> }).appOpens;
  return appOpens ?? {};
}

export interface ShareModel {
  tiles: Array<{ key: string; label: string; value: string; note: string | null }>;
  funnel: FunnelStep[];
  daily: { points: Array<{ date: string; value: number }>; headers: string[]; rows: Array<{ date: string; values: number[] }> };
  breakdowns: { unfurls: Breakdown; platform: Breakdown; placement: Breakdown };
}

/**
 * @example
 * const model = shareModel(await readShareStats(env, id), "views");
 * model.funnel[1].value === stats.views.human; // true
 */
export function shareModel(stats: ShareStats, metric: ShareMetric): ShareModel {
  const unfurls = sumOf(stats.unfurls);
  const ctaTaps = sumOf(stats.ctaClicks);
  const appOpens = sumOf(appOpensOf(stats));
  return {
    tiles: [
      { key: "unfurls", label: "Unfurls", value: formatCount(unfurls), note: "Link previews fetched" },
      { key: "humanViews", label: "Human views", value: formatCount(stats.views.human), note: `${formatCount(stats.views.total)} page loads in all` },
      { key: "uniqueVisitors", label: "Unique visitors", value: formatCount(stats.uniqueVisitors), note: "Distinct per day, summed" },
      { key: "ctaTaps", label: "CTA taps", value: formatCount(ctaTaps), note: formatRate(ctaTaps, stats.views.human) ? `${formatRate(ctaTaps, stats.views.human)} of human views` : null },
      { key: "appOpens", label: "App opens", value: formatCount(appOpens), note: null },
    ],
    funnel: buildFunnel({ unfurls, humanViews: stats.views.human, ctaTaps, appOpens }),
    daily: {
      points: stats.daily.map((day) => ({ date: day.date, value: day[metric] })),
      headers: SHARE_METRICS.map((m) => m.label),
      rows: stats.daily.map((day) => ({ date: day.date, values: SHARE_METRICS.map((m) => day[m.key]) })),
    },
    breakdowns: {
      unfurls: toBreakdown(stats.unfurls),
      platform: toBreakdown(stats.ctaClicks),
      placement: toBreakdown(stats.byPlacement),
    },
  };
}
