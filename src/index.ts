/** briefing-share: the Worker. Global middleware, the route modules, and one notFound / onError. */
import { Hono } from "hono";
import type { AppEnv, Bindings } from "./env";
import { handleScheduled } from "./analytics/retention";
import { ApiError } from "./http/api-error";
import { errorPageResponse } from "./http/html-page";
import { allowedMethods } from "./http/allowed-methods";
import { handleError } from "./http/on-error";
import { securityHeaders } from "./http/security-headers";
import { api } from "./routes/api";
import { cpuCalibration } from "./routes/cpu-calibration";
import { appOpen } from "./routes/app-open";
import { cta } from "./routes/cta";
import { dashboard } from "./routes/dashboard";
import { home } from "./routes/home";
import { lostEvents } from "./routes/lost-events";
import { ogImage } from "./routes/og-image";
import { page } from "./routes/page";
import { preview } from "./routes/preview";
import { wellKnown } from "./routes/well-known";
import { manifest } from "./routes/web-manifest";
import { handleQueue } from "./stats/queue-handler";
import { recordPageViews } from "./stats/record-page-views";

export { IdempotencyDurableObject } from "./storage/idempotency-durable-object";
export { RequestWindowDurableObject } from "./storage/request-window-durable-object";
export { ShareDurableObject } from "./storage/share-durable-object";
export { StatsCounterDurableObject } from "./stats/stats-counter-durable-object";
export { VisitorSaltDurableObject } from "./stats/visitor-salt-durable-object";

const app = new Hono<AppEnv>()
  .use("*", securityHeaders())
  .get("/healthz", (c) => c.text("ok", 200, { "cache-control": "no-store" }))
  .route("/", home)
  .route("/", wellKnown)
  .route("/", manifest)
  .route("/", cta)
  .route("/", appOpen)
  .route("/", ogImage)
  .route("/", preview)
  .route("/", cpuCalibration)
  .route("/api", lostEvents)
  .route("/", dashboard)
  .use("/b/:id", recordPageViews())
  .route("/", page);

// Before the API's own middleware, so an unsupported method is a 405 before any authentication.
app.use("/api/*", allowedMethods(() => app.routes));

/** The API's routes, exported for typed clients: `hc<ApiType>("https://share.example.app/api")`. */
const routes = app.route("/api", api);
export type ApiType = typeof api;
export type AppType = typeof routes;

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  if (path === "/api" || path.startsWith("/api/")) {
    return new ApiError("not_found", `No API route ${c.req.method} ${path}.`).getResponse();
  }
  return errorPageResponse(c, 404);
});

app.onError(handleError);

/** HTTP requests go to the Hono app; queue batches (stats, click webhooks) to their consumers; the daily cron prunes analytics. */
export default {
  fetch: app.fetch,
  queue: handleQueue,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Bindings>;
