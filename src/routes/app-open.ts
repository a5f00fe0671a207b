/** GET /b/:id/app.json and POST /b/:id/opens: what the app asks for a share, and its report of an open after an install. */
import { type Context, Hono } from "hono";
import { getConfig, requireSetting } from "../config";
import { AppOpenReportSchema, toAppShare } from "../domain/app-open";
import { isPlausibleShareId } from "../domain/share-id";
import type { AppEnv } from "../env";
import { ApiError } from "../http/api-error";
import { clientRateLimit } from "../http/client-rate-limit";
import { jsonBody } from "../http/json-body";
import { recordAppOpen } from "../stats/record-app-open";
import { readShareForReaders } from "../storage/reader-share";

/** Short enough that an edit or a revoke reaches the app within a minute, long enough to absorb a burst of opens. */
const APP_JSON_CACHE_CONTROL = "public, max-age=60";
/** The OPENS_RATE_LIMITER period in wrangler.toml: the longest a limited client waits. */
const OPENS_RETRY_AFTER_SECONDS = 60;

/** The live share behind a path id, or the 404 / 410 problem the app gets instead. */
async function liveShare(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  if (!isPlausibleShareId(id)) throw new ApiError("not_found", "No share has this id.");
  const store = { env: c.env, waitUntil: (p: Promise<unknown>) => c.executionCtx.waitUntil(p) };
  const lookup = await readShareForReaders(store, id, getConfig(c.env).demoShare);
  if (lookup.status === "missing") throw new ApiError("not_found", `No share with id ${id}.`);
  if (lookup.status === "gone") throw new ApiError("gone", `The share ${id} was ${lookup.reason}.`);
  return lookup.share;
}

/** A method the path does not serve, CORS preflights included: the app is not a web page, so no origin is allowed. */
const refuse = (allow: string) => (c: Context<AppEnv>) => {
  throw new ApiError("method_not_allowed", `${c.req.method} is not allowed here; use ${allow}.`, { headers: { allow } });
};

/**
 * Public, called by the app (never by pages): no cookies read or set, no Access-Control-* header.
 *
 * @example
 * app.route("/", appOpen);
 */
export const appOpen = new Hono<AppEnv>()
  .get("/b/:id/app.json", async (c) => {
    const share = await liveShare(c);
    const config = getConfig(c.env);
    const body = toAppShare(share, requireSetting(config, "PUBLIC_ORIGIN", config.publicOrigin));
    return c.json(body, 200, { "cache-control": APP_JSON_CACHE_CONTROL, "x-robots-tag": "noindex" });
  })
  .on(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "/b/:id/app.json", refuse("GET, HEAD"))
  .post(
    "/b/:id/opens",
    async (c, next) => {
      // A malformed id is a 404 before the limiter or the body is touched.
      if (!isPlausibleShareId(c.req.param("id"))) throw new ApiError("not_found", "No share has this id.");
      await next();
    },
    clientRateLimit({ binding: (env) => env.OPENS_RATE_LIMITER, retryAfterSeconds: OPENS_RETRY_AFTER_SECONDS }),
    jsonBody(AppOpenReportSchema),
    async (c) => {
      const share = await liveShare(c);
      const outcome = await recordAppOpen(c.env, share.id, c.req.valid("json"));
      // Unlike a tap, the app can retry, and a retry counts once: say so rather than lose it.
      if (outcome === "lost") {
        throw new ApiError("storage_unavailable", "The open could not be recorded; retry shortly.", { headers: { "retry-after": "30" } });
      }
      return c.body(null, 202, { "cache-control": "no-store" });
    },
  )
  .on(["GET", "PUT", "PATCH", "DELETE", "OPTIONS"], "/b/:id/opens", refuse("POST"));
