/** The overview: the range's headline figures, funnel, daily chart, breakdowns and top shares. */
import type { DateRange } from "../../src/dashboard/date-range";
import { formatCount, formatRange, formatRate } from "../../src/dashboard/format";
import { OVERVIEW_METRICS, type OverviewMetric, type OverviewModel } from "../../src/dashboard/overview-model";
import { dashboardUrls } from "../../src/dashboard/urls";
import { BreakdownPanel } from "./breakdown-panel";
import { DailyPanel } from "./daily-panel";
import { type ShellContext, DashboardShell } from "./dashboard-shell";
import { FunnelPanel } from "./funnel-panel";
import { RangePicker } from "./range-picker";
import { StatTiles } from "./stat-tiles";

export interface OverviewPageProps extends ShellContext {
  range: DateRange;
  rangeError: { field: "range" | "from" | "to"; message: string } | null;
  metric: OverviewMetric;
  today: string;
  model: OverviewModel;
}

function TopShares({ shares }: { shares: OverviewModel["topShares"] }) {
  return (
    <section class="panel" aria-labelledby="top-title">
      <div class="panel__head">
        <h2 class="panel__title" id="top-title">
          Top shares
        </h2>
        <a class="panel__note" href={dashboardUrls.shares()}>
          All shares
        </a>
      </div>
      {shares.length === 0 ? (
        <p class="empty">No share was viewed or tapped in this range.</p>
      ) : (
        <table class="table table--cards" data-top-shares>
          <thead>
            <tr>
              <th scope="col">Share</th>
              <th scope="col" class="num">
                Human views
              </th>
              <th scope="col" class="num">
                CTA taps
              </th>
              <th scope="col" class="num">
                Tap rate
              </th>
            </tr>
          </thead>
          <tbody>
            {shares.map((share) => (
              <tr data-share-id={share.id}>
                <th scope="row">
                  <a class="share-title" href={dashboardUrls.share(share.id)}>
                    {share.title ?? "(erased)"}
                  </a>
                  <span class="share-meta">{share.id}</span>
                </th>
                <td class="num" data-label="Views">
                  <strong>{formatCount(share.views)}</strong>
                </td>
                <td class="num" data-label="Taps">
                  <strong>{formatCount(share.ctaClicks)}</strong>
                </td>
                <td class="num" data-label="Rate">
                  <strong>{formatRate(share.ctaClicks, share.views) ?? "—"}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * @example
 * <OverviewPage appName="Scout" nonce={nonce} csrf={csrf} range={range} rangeError={null} metric="views" today="2026-12-01" model={model} />
 */
export function OverviewPage({ range, rangeError, metric, today, model, ...shell }: OverviewPageProps) {
  const rangeText = formatRange(range.from, range.to);
  return (
    <DashboardShell {...shell} title="Overview" current="overview">
      <div class="page-head">
        <div class="page-head__text">
          <h1 class="page-title">Overview</h1>
          <p class="page-sub">
            {rangeText} · exact counts, UTC days
          </p>
        </div>
        <div class="toolbar">
          <RangePicker range={range} metric={metric} error={rangeError} today={today} />
          <a class="button button--small button--ghost" href={dashboardUrls.exportCsv(range)} download>
            Export CSV
          </a>
        </div>
      </div>
      {rangeError ? (
        <p class="notice-box notice-box--error" id="range-error" role="alert">
          {rangeError.message} Showing the last 30 days instead.
        </p>
      ) : null}
      <StatTiles tiles={model.tiles} label={`Totals, ${rangeText}`} />
      <FunnelPanel steps={model.funnel} note="Each rate is of the step before" />
      <DailyPanel
        title="Daily"
        selected={metric}
        metrics={OVERVIEW_METRICS.map((m) => ({ key: m.key, label: m.label, unit: m.unit, href: dashboardUrls.overview(range, m.key) }))}
        points={model.daily.points}
        table={{ headers: model.daily.headers, rows: model.daily.rows }}
      />
      <div class="grid-2">
        <BreakdownPanel id="channel" title="Channel" valueLabel="Human views" unit="human views" breakdown={model.breakdowns.channel} empty="No human views in this range." />
        <BreakdownPanel id="platform" title="Platform" valueLabel="CTA taps" unit="CTA taps" breakdown={model.breakdowns.platform} empty="No CTA taps in this range." />
        <BreakdownPanel id="placement" title="Placement" valueLabel="CTA taps" unit="CTA taps" breakdown={model.breakdowns.placement} empty="No CTA taps in this range." />
        <BreakdownPanel id="unfurls" title="Unfurl platform" valueLabel="Unfurls" unit="unfurls" breakdown={model.breakdowns.unfurls} empty="No link previews in this range." />
      </div>
      <TopShares shares={model.topShares} />
    </DashboardShell>
  );
}
