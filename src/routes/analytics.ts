/** GET /api/analytics and its CSV: exact totals across shares for a UTC day range, bearer-authenticated. */
import { Hono } from "hono";
import { analyticsCsv, csvDownloadHeaders } from "../analytics/analytics-csv-export";
import { getAnalytics } from "../analytics/get-analytics";
import { AnalyticsQuerySchema } from "../domain/analytics/analytics-schema";
import { type DateRange, resolveDateRange } from "../domain/analytics/date-range";
import type { AppEnv } from "../env";
import { ApiError } from "../http/api-error";
import { apiGuard } from "../http/api-guard";
import { queryParams } from "../http/query-params";

/** `?from&to` as a range, or a 400 naming the parameter at fault. */
function rangeOf(query: { from?: string | undefined; to?: string | undefined }): DateRange {
  const resolved = resolveDateRange(query, Date.now());
  if ("problem" in resolved) {
    const { path, message } = resolved.problem;
    throw new ApiError("validation_failed", `Query parameter ${path} ${message}.`, { errors: [resolved.problem] });
  }
  return resolved.range;
}

/** The analytics sub-app, mounted at /api with the share routes. */
export const analytics = new Hono<AppEnv>()
  .use("/analytics", apiGuard())
  .use("/analytics.csv", apiGuard())
  .get("/analytics", queryParams(AnalyticsQuerySchema), async (c) => {
    const range = rangeOf(c.req.valid("query"));
    return c.json(await getAnalytics(c.env, range), 200, { "cache-control": "no-store" });
  })
  .get("/analytics.csv", queryParams(AnalyticsQuerySchema), async (c) => {
    const range = rangeOf(c.req.valid("query"));
    return c.body(await analyticsCsv(c.env, range), 200, csvDownloadHeaders(range));
  });
