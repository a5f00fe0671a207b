/** GET /dashboard (the overview of a range) and GET /dashboard/export.csv (the range's CSV, as the API serves it). */
import { Hono } from "hono";
import { MessagePage } from "../../../templates/dashboard/message-page";
import { OverviewPage } from "../../../templates/dashboard/overview-page";
import { getConfig } from "../../config";
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
    const csv = error ? null : await loadAnalyticsCsv(c.env, range);
    if (csv === null) {
      return c.html(
        MessagePage({
          appName: config.appName,
          nonce: c.var.cspNonce,
          status: error ? 404 : 503,
          title: error ? "No export for this range" : "Export is not available yet",
          text: error ? error.message : "This deployment cannot export analytics across shares yet.",
          link: { href: dashboardUrls.home, label: "Back to the overview" },
        }),
        error ? 404 : 503,
      );
    }
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="analytics-${range.from}-to-${range.to}.csv"`,
    });
  });
