/** Limits failed authentication per client: past N failures in a window, every attempt is a 429 until it ends. */
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { WindowRule } from "../domain/request-window";
import { retryAfterSeconds } from "../domain/request-window";
import type { AppEnv } from "../env";
import { countInWindow, peekInWindow } from "../storage/request-windows";
import { ApiError } from "./api-error";
import { clientOf, limitKey } from "./limit-key";

export interface FailedAuthLimitOptions extends WindowRule {
  /** Names this limit, so that the API and the dashboard's sign-in count apart ("api", "dashboard-sign-in"). */
  scope: string;
  /**
   * Whether the route's outcome is a failed authentication: the error it threw (when it threw) or
   * the response it gave. A 401 by default.
   */
  isFailure?: (c: Context<AppEnv>, error: unknown) => boolean;
  /** The answer to a client over its limit; an API problem (429) by default. */
  onLimited?: (c: Context<AppEnv>, retryAfterSeconds: number) => Response | Promise<Response>;
}

function apiTooManyFailures(_c: Context<AppEnv>, seconds: number): Response {
  return new ApiError("rate_limited", `Too many failed authentication attempts from this client; retry in ${seconds} s.`, {
    headers: { "retry-after": String(seconds) },
  }).getResponse();
}

/**
 * Put it in front of the authentication it guards. It looks before the route runs: a client over
 * its limit gets 429 without its credentials being looked at, so a right guess during the lockout
 * learns nothing either. After the route, a failure (a 401 by default) is counted. The window
 * starts at the client's first failure and `Retry-After` is the real time to its end. A limiter that
 * cannot reach its storage lets the request through: it protects the service, it must not take it down.
 *
 * @example
 * api.use("/shares/*", failedAuthLimit({ scope: "api", limit: 30, windowSeconds: 60 }), bearerAuth());
 * // The dashboard's sign-in: src/dashboard/sign-in-limit.ts (10 failures in 15 minutes, answered with the sign-in page).
 */
export function failedAuthLimit(options: FailedAuthLimitOptions): MiddlewareHandler<AppEnv> {
  const { scope, limit, windowSeconds, isFailure = isUnauthorized, onLimited = apiTooManyFailures } = options;
  const rule = { limit, windowSeconds };
  return async (c, next) => {
    const key = await limitKey(`failed-auth:${scope}`, clientOf(c));
    const before = await peekInWindow(c.env, key, rule).catch((error: unknown) => logLimiterFailure(error));
    if (before?.limited && before.resetAt !== null) return onLimited(c, retryAfterSeconds(before.resetAt, Date.now()));
    let thrown: unknown = null;
    try {
      await next();
    } catch (error) {
      // Inside Hono's chain a thrown 401 arrives as c.res; composed by hand (apiGuard) it arrives thrown.
      thrown = error;
    }
    if (isFailure(c, thrown)) await countInWindow(c.env, key, rule).catch((error: unknown) => logLimiterFailure(error));
    if (thrown !== null) throw thrown;
  };
}

function isUnauthorized(c: Context<AppEnv>, error: unknown): boolean {
  if (error !== null) return error instanceof HTTPException && error.status === 401;
  return c.res.status === 401;
}

function logLimiterFailure(error: unknown): null {
  console.error(JSON.stringify({ event: "rate_limiter_failed", message: String(error) }));
  return null;
}
