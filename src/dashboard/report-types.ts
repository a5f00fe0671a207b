/**
 * The documents the dashboard shows are the API's own (`GET /api/analytics`, `GET /api/shares`),
 * typed by the API's schemas: one source of truth, so a page cannot drift from the API.
 */
import type { Analytics } from "../domain/analytics/analytics-schema";
import type { ShareListQuery, ShareStatus } from "../domain/share-list/list-query";
import type { ShareList, ShareListItem as ApiShareListItem } from "../domain/share-list/share-list-schema";

export type AnalyticsReport = Analytics;
export type ShareListStatus = ShareStatus;
export type ShareListItem = ApiShareListItem;
export type ShareListPage = ShareList;
export type ShareListFilters = ShareListQuery;
