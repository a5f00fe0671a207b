/** First middleware of every /dashboard URL: private, uncached, unindexed; 503 naming the variable when the dashboard cannot work. */
import type { MiddlewareHandler } from "hono";
import { MessagePage } from "../../templates/dashboard/message-page";
import { getConfig } from "../config";
import type { AppEnv } from "../env";

/**
 * Without DASHBOARD_SESSION_SECRET nothing can be signed, and without API_TOKENS nobody can sign
 * in: either way every dashboard URL answers 503 with a page that names the variable (and no data).
 *
 * @example
 * dashboard.use("/dashboard/*", dashboardGuard());
 */
export function dashboardGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.header("cache-control", "no-store");
    c.header("x-robots-tag", "noindex, nofollow");
    // The search words and share ids in dashboard URLs stay on this origin.
    c.header("referrer-policy", "same-origin");
    const config = getConfig(c.env);
    const missing = config.dashboardSessionSecret === null ? "DASHBOARD_SESSION_SECRET" : config.apiTokens.length === 0 ? "API_TOKENS" : null;
    if (missing !== null) {
      console.error(JSON.stringify({ event: "dashboard_not_configured", variable: missing, problem: config.problems[missing] }));
      return c.html(
        MessagePage({
          appName: config.appName,
          nonce: c.var.cspNonce,
          status: 503,
          title: "The dashboard is not set up",
          text: `Configuration variable ${missing} ${config.problems[missing] ?? "is not set"}. Set it (a secret: wrangler secret put ${missing}) and reload.`,
        }),
        503,
      );
    }
    await next();
  };
}
