/**
 * The JSON shapes the dashboard shows, as the contract gives them ("Analytics", `GET /api/shares`):
 * the pages are typed by these, so they show exactly what the API answers.
 */

export interface AnalyticsTotals {
  sharesCreated: number;
  views: { human: number; total: number };
  unfurls: Record<string, number>;
  ctaClicks: { ios: number; android: number; desktop: number };
  byPlacement: Record<string, number>;
  byChannel: Record<string, number>;
  appOpens: { ios: number; android: number };
}

export interface AnalyticsDay {
  date: string;
  sharesCreated: number;
  views: number;
  unfurls: number;
  ctaClicks: number;
  appOpens: number;
}

export interface AnalyticsReport {
  from: string;
  to: string;
  totals: AnalyticsTotals;
  daily: AnalyticsDay[];
  topShares: Array<{ id: string; title: string | null; views: number; ctaClicks: number }>;
}

export type ShareListStatus = "live" | "revoked" | "expired";

export interface ShareListItem {
  id: string;
  url: string;
  title: string | null;
  lang: string;
  topic: string | null;
  status: ShareListStatus;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  sharer: { name?: string; ref?: string } | null;
  views: { human: number };
  ctaClicks: { ios: number; android: number; desktop: number };
}

export interface ShareListPage {
  shares: ShareListItem[];
  nextCursor: string | null;
}

export interface ShareListFilters {
  q?: string;
  status?: ShareListStatus;
  sharerRef?: string;
  cursor?: string;
  limit?: number;
}
