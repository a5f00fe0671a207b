/** Middleware for GET/HEAD /b/:id: once the page has answered (200 or 304), decide what the request was and record it once. */
import type { MiddlewareHandler } from "hono";
import { getConfig } from "../config";
import { classifyRequest, requestTraits } from "../domain/classify-request";
import { ctaChannel } from "../domain/cta-channel";
import { detectInAppBrowser } from "../domain/in-app-browsers";
import { detectPlatform } from "../domain/platform";
import { isPlausibleShareId } from "../domain/share-id";
import type { AppEnv } from "../env";
import { buildStatsEvent } from "./build-event";
import { recordEvent } from "./record-event";

/**
 * Where the reader came from, classified as the call to action classifies a tap (in-app browser,
 * then referrer), with no placement: "direct" when nothing says.
 */
function viewChannel(request: Request, env: Parameters<typeof getConfig>[0]): string {
  const referer = request.headers.get("referer");
  const inAppBrowser = detectInAppBrowser(request.headers.get("user-agent"), referer);
  return ctaChannel({ inAppBrowser, referer, publicOrigin: getConfig(env).publicOrigin, placement: "other" });
}

/**
 * Records a page view (human or not, unfurls per platform) for every briefing page answered with
 * 200, or 304 to a browser revalidating its copy. The event is enqueued before the response
 * leaves, so an answered view is never lost; 404, 410 and 503 pages count nothing. Mount it on
 * the page's own path:
 *
 * @example
 * app.use("/b/:id", recordPageViews()).route("/", page);
 */
export function recordPageViews(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    // A 304 is a reload the browser revalidated: still a page load.
    if (c.res.status !== 200 && c.res.status !== 304) return;
    const shareId = c.req.param("id");
    if (!shareId || !isPlausibleShareId(shareId)) return;
    const request = c.req.raw;
    const requestClass = classifyRequest(requestTraits(request));
    const platform = detectPlatform(request.headers.get("user-agent"), request.headers.get("sec-ch-ua-platform"));
    const event = await buildStatsEvent(c.env, { request, shareId, type: "view", requestClass, platform, placement: null, channel: viewChannel(request, c.env) });
    await recordEvent(c.env, event);
  };
}
