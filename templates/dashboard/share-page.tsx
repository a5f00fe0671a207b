/** One share: its card, facts, links to the page and the preview inspector, its funnel and daily chart, and revoke. */
import { formatDateTime } from "../../src/dashboard/format";
import type { ShareListStatus } from "../../src/dashboard/report-types";
import { SHARE_METRICS, type ShareMetric, type ShareModel } from "../../src/dashboard/share-model";
import { dashboardUrls } from "../../src/dashboard/urls";
import { BreakdownPanel } from "./breakdown-panel";
import { DailyPanel } from "./daily-panel";
import { type ShellContext, DashboardShell } from "./dashboard-shell";
import { FunnelPanel } from "./funnel-panel";
import { StatTiles } from "./stat-tiles";
import { StatusBadge } from "./status-badge";

export interface ShareFacts {
  id: string;
  /** null once revoked without an index row to remember it, or erased. */
  title: string | null;
  status: ShareListStatus;
  createdAt: string | null;
  updatedAt: string | null;
  expiresAt: string | null;
  lang: string | null;
  topic: string | null;
  sharer: { name?: string; ref?: string } | null;
  /** Path of the card: the versioned og.png of a live share, the neutral card otherwise. */
  imageSrc: string;
  pageHref: string;
  previewHref: string;
}

export interface SharePageProps extends ShellContext {
  share: ShareFacts;
  model: ShareModel;
  metric: ShareMetric;
  /** Set right after a revoke, to say it worked. */
  justRevoked: boolean;
}

function Fact({ term, value }: { term: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * @example
 * <SharePage appName="Scout" nonce={nonce} csrf={csrf} share={facts} model={shareModel(stats, "views")} metric="views" justRevoked={false} />
 */
export function SharePage({ share, model, metric, justRevoked, ...shell }: SharePageProps) {
  const title = share.title ?? `Share ${share.id}`;
  const sharer = share.sharer ? [share.sharer.name, share.sharer.ref ? `ref ${share.sharer.ref}` : null].filter(Boolean).join(" · ") : null;
  return (
    <DashboardShell {...shell} title={title} current="shares">
      <div class="page-head">
        <div class="page-head__text">
          <p class="breadcrumb">
            <a href={dashboardUrls.shares()}>Shares</a> / {share.id}
          </p>
          <h1 class="page-title">{title}</h1>
          <p class="page-sub">
            <StatusBadge status={share.status} />
          </p>
        </div>
      </div>
      {justRevoked ? (
        <p class="notice-box notice-box--ok" role="status">
          The share is revoked: its page now answers 410 and its card is the neutral one. Its figures stay.
        </p>
      ) : null}
      <div class="share-hero">
        <img class="share-card" src={share.imageSrc} alt={`The link preview card of “${title}”`} width="1200" height="630" />
        <section class="panel" aria-labelledby="facts-title">
          <h2 class="panel__title" id="facts-title">
            Details
          </h2>
          <dl class="facts">
            <Fact term="Id" value={share.id} />
            <Fact term="Created" value={share.createdAt ? formatDateTime(share.createdAt) : null} />
            <Fact term="Updated" value={share.updatedAt && share.updatedAt !== share.createdAt ? formatDateTime(share.updatedAt) : null} />
            <Fact term="Expires" value={share.expiresAt ? formatDateTime(share.expiresAt) : share.status === "live" ? "Never" : null} />
            <Fact term="Topic" value={share.topic} />
            <Fact term="Language" value={share.lang} />
            <Fact term="Shared by" value={sharer} />
          </dl>
          <div class="actions">
            <a class="button button--small" href={share.pageHref}>
              Open the page
            </a>
            {share.status === "live" ? (
              <a class="button button--small button--ghost" href={share.previewHref}>
                Preview inspector
              </a>
            ) : null}
          </div>
          {share.status === "live" ? (
            <details class="danger-zone">
              <summary>Revoke this share…</summary>
              <p class="danger-zone__text">
                The page will answer 410 Gone to everyone, the card becomes the neutral one, and the link cannot be brought back. Its figures stay.
              </p>
              <form method="post" action={dashboardUrls.revoke(share.id)}>
                <input type="hidden" name="csrf" value={shell.csrf} />
                <button class="button button--small button--danger" type="submit">
                  Revoke the share
                </button>
              </form>
            </details>
          ) : null}
        </section>
      </div>
      <StatTiles tiles={model.tiles} label="All-time figures" />
      <FunnelPanel steps={model.funnel} note="All time; each rate is of the step before" />
      <DailyPanel
        title="Last 30 days"
        selected={metric}
        metrics={SHARE_METRICS.map((m) => ({ key: m.key, label: m.label, unit: m.unit, href: dashboardUrls.share(share.id, m.key) }))}
        points={model.daily.points}
        table={{ headers: model.daily.headers, rows: model.daily.rows }}
      />
      <div class="grid-2">
        <BreakdownPanel id="platform" title="Platform" valueLabel="CTA taps" unit="CTA taps" breakdown={model.breakdowns.platform} empty="No CTA taps yet." />
        <BreakdownPanel id="placement" title="Placement" valueLabel="CTA taps" unit="CTA taps" breakdown={model.breakdowns.placement} empty="No CTA taps yet." />
        <BreakdownPanel id="unfurls" title="Unfurl platform" valueLabel="Unfurls" unit="unfurls" breakdown={model.breakdowns.unfurls} empty="No link previews yet." />
      </div>
    </DashboardShell>
  );
}
