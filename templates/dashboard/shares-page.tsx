/** The list of shares: search by title, filter by status and sharer ref, newest first, paged by cursor. */
import { formatCount, formatDateTime } from "../../src/dashboard/format";
import { sumOf } from "../../src/dashboard/funnel";
import type { ShareListFilters, ShareListPage, ShareListStatus } from "../../src/dashboard/report-types";
import { dashboardUrls } from "../../src/dashboard/urls";
import { type ShellContext, DashboardShell } from "./dashboard-shell";
import { StatusBadge } from "./status-badge";

export interface SharesPageProps extends ShellContext {
  filters: ShareListFilters;
  /** null when the filters were refused (`error` says why). */
  page: ShareListPage | null;
  /** A filter the list refused, in words (a forged cursor, a too-long search). */
  error: string | null;
}

const STATUS_OPTIONS: ReadonlyArray<{ value: ShareListStatus | ""; label: string }> = [
  { value: "", label: "Any status" },
  { value: "live", label: "Live" },
  { value: "revoked", label: "Revoked" },
  { value: "expired", label: "Expired" },
];

function sharerText(sharer: { name?: string; ref?: string } | null): string | null {
  if (!sharer) return null;
  if (sharer.name && sharer.ref) return `${sharer.name} (${sharer.ref})`;
  return sharer.name ?? sharer.ref ?? null;
}

/**
 * @example
 * <SharesPage appName="Scout" nonce={nonce} csrf={csrf} filters={{ q: "ai" }} page={page} error={null} />
 */
export function SharesPage({ filters, page, error, ...shell }: SharesPageProps) {
  const filtered = Boolean(filters.q || filters.status || filters.sharerRef);
  return (
    <DashboardShell {...shell} title="Shares" current="shares">
      <div class="page-head">
        <div class="page-head__text">
          <h1 class="page-title">Shares</h1>
          <p class="page-sub">Every shared briefing, newest first, with its all-time figures.</p>
        </div>
      </div>
      <form class="panel filters" method="get" action={dashboardUrls.shares()} role="search" aria-label="Shares">
        <div class="field">
          <label for="filter-q">Title contains</label>
          <input class="input" id="filter-q" name="q" type="search" value={filters.q ?? ""} maxlength={200} placeholder="e.g. interest rates" />
        </div>
        <div class="field">
          <label for="filter-status">Status</label>
          <select class="select" id="filter-status" name="status">
            {STATUS_OPTIONS.map((option) => (
              <option value={option.value} selected={(filters.status ?? "") === option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-sharer">Sharer ref</label>
          <input class="input" id="filter-sharer" name="sharer" type="text" value={filters.sharerRef ?? ""} maxlength={64} autocomplete="off" />
        </div>
        <div class="toolbar">
          <button class="button button--small" type="submit">
            Search
          </button>
          {filtered ? (
            <a class="link-button" href={dashboardUrls.shares()}>
              Clear
            </a>
          ) : null}
        </div>
      </form>
      {error ? (
        <p class="notice-box notice-box--error" role="alert">
          {error}
        </p>
      ) : null}
      {page === null ? null : (
        <section class="panel" aria-labelledby="list-title">
          <div class="panel__head">
            <h2 class="panel__title" id="list-title">
              {filtered ? "Matching shares" : "All shares"}
            </h2>
            <p class="panel__note">{filters.cursor ? "Older shares" : "Newest first"}</p>
          </div>
          {page.shares.length === 0 ? (
            <p class="empty">{filtered ? "No share matches these filters." : "No shares yet. They appear here as soon as the app creates one."}</p>
          ) : (
            <table class="table table--cards" data-share-list>
              <thead>
                <tr>
                  <th scope="col">Share</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col" class="num">
                    Human views
                  </th>
                  <th scope="col" class="num">
                    CTA taps
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.shares.map((share) => {
                  const sharer = sharerText(share.sharer);
                  return (
                    <tr data-share-id={share.id}>
                      <th scope="row">
                        <a class="share-title" href={dashboardUrls.share(share.id)}>
                          {share.title ?? "(erased)"}
                        </a>
                        <span class="share-meta">
                          {[share.topic, share.lang, sharer ? `shared by ${sharer}` : null].filter(Boolean).join(" · ")}
                        </span>
                      </th>
                      <td class="cell-inline">
                        <StatusBadge status={share.status} />
                      </td>
                      <td class="share-meta cell-inline">{formatDateTime(share.createdAt)}</td>
                      <td class="num" data-label="Views">
                        <strong>{formatCount(share.views.human)}</strong>
                      </td>
                      <td class="num" data-label="Taps">
                        <strong>{formatCount(sumOf(share.ctaClicks))}</strong>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {filters.cursor || page.nextCursor ? (
            <nav class="pager" aria-label="Pages">
              {filters.cursor ? (
                <a class="link-button" href={dashboardUrls.shares({ ...filters, cursor: undefined })}>
                  Newest shares
                </a>
              ) : (
                <span />
              )}
              {page.nextCursor ? (
                <a class="link-button" href={dashboardUrls.shares({ ...filters, cursor: page.nextCursor })} rel="next">
                  Older shares
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </DashboardShell>
  );
}
