/** GET /dashboard (the overview of a range) and GET /dashboard/export.csv (the range's CSV, as the API serves it). */
import { Hono } from "hono";
import { MessagePage } from "../../../templates/dashboard/message-page";
import { OverviewPage } from "../../../templates/dashboard/overview-page";
import { getConfig } from "../../config";
import { csvDownloadHeaders } from "../../analytics/analytics-csv-export";
import { loadAnalytics, loadAnalyticsCsv } from "../../dashboard/data";
import { parseDateRange } from "../../dashboard/date-range";
import { overviewMetric, overviewModel } from "../../dashboard/overview-model";
import { shellContext } from "../../dashboard/require-session";
import { dashboardUrls } from "../../dashboard/urls";
import type { AppEnv } from "../../env";

const today = () => new Date().toISOString().slice(0, 10);

export const overview = new Hono<AppEnv>()
  .get("/dashboard", async (c) => {
    const day = today();
    const { range, error } = parseDateRange({ range: c.req.query("range"), from: c.req.query("from"), to: c.req.query("to") }, day);
    const metric = overviewMetric(c.req.query("metric"));
    const report = await loadAnalytics(c.env, range);
    const page = OverviewPage({
      ...(await shellContext(c)),
      range,
      rangeError: error,
      metric,
      today: day,
      model: overviewModel(report, metric),
    });
    return c.html(page, error ? 400 : 200);
  })
  .get("/dashboard/export.csv", async (c) => {
    const { range, error } = parseDateRange({ from: c.req.query("from"), to: c.req.query("to") }, today());
    const config = getConfig(c.env);
    if (error) {
      return c.html(
        MessagePage({
          appName: config.appName,
          nonce: c.var.cspNonce,
          status: 400,
          title: "No export for this range",
          text: error.message,
          link: { href: dashboardUrls.home, label: "Back to the overview" },
        }),
        400,
      );
    }
    return c.body(await loadAnalyticsCsv(c.env, range), 200, csvDownloadHeaders(range));
  });
