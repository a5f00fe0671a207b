/** Every dashboard URL, as paths on this origin; query strings built with URLSearchParams, never by hand. */
import type { DateRange } from "./date-range";
import type { ShareListFilters } from "./report-types";

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The query that reproduces a range: `range=7` for a preset, `from`/`to` for a custom one. */
function rangeParams(range: Pick<DateRange, "from" | "to" | "preset">): Record<string, string> {
  return range.preset !== null ? { range: String(range.preset) } : { from: range.from, to: range.to };
}

export const dashboardUrls = {
  home: "/dashboard",
  login: (next?: string) => withQuery("/dashboard/login", { next }),
  logout: "/dashboard/logout",
  overview: (range: Pick<DateRange, "from" | "to" | "preset">, metric?: string) => withQuery("/dashboard", { ...rangeParams(range), metric }),
  shares: (filters: ShareListFilters = {}) =>
    withQuery("/dashboard/shares", { q: filters.q, status: filters.status, sharer: filters.sharerRef, cursor: filters.cursor }),
  share: (id: string, metric?: string) => withQuery(`/dashboard/shares/${encodeURIComponent(id)}`, { metric }),
  revoke: (id: string) => `/dashboard/shares/${encodeURIComponent(id)}/revoke`,
  /** The CSV of a range, the same file as `GET /api/analytics.csv`, under the session. */
  exportCsv: (range: Pick<DateRange, "from" | "to">) => withQuery("/dashboard/export.csv", { from: range.from, to: range.to }),
};

/**
 * Where to go after signing in: a dashboard path only (no other origin, no `//host`, no `\`, no `..`), else
 * the overview. Keeps the sign-in form from being an open redirect.
 *
 * @example
 * safeNextPath("/dashboard/shares?q=ai"); // "/dashboard/shares?q=ai"
 * safeNextPath("//evil.example/dashboard"); // "/dashboard"
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || next.length > 1000) return dashboardUrls.home;
  if (!/^\/dashboard(?:[/?]|$)/.test(next) || /[\\\s]|\/\/|\.\.|%2f|%5c|%2e/i.test(next)) return dashboardUrls.home;
  return next;
}
