/** A request limit per key (per API token by default), with Retry-After the real time to the window's end. */
import type { Context, MiddlewareHandler } from "hono";
import { type WindowRule, retryAfterSeconds } from "../domain/request-window";
import type { AppEnv } from "../env";
import { countInWindow } from "../storage/request-windows";
import { ApiError } from "./api-error";
import { limitKey } from "./limit-key";

export interface RateLimitOptions extends Partial<WindowRule> {
  /** Names this limit, so two limits on one key count apart; "api-token" by default (600 a minute). */
  scope?: string;
  /** What to count by; the bearer token by default (hashed before it is used). */
  subject?: (c: Context<AppEnv>) => string;
  /** What the 429's detail says. */
  detail?: string;
}

const bearerToken = (c: Context<AppEnv>) => /^Bearer[ ]+(\S+)/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";

/**
 * Counts every request under its key in a window that starts at the key's first request, and
 * answers 429 once the count passes `limit`. Counting happens in one Durable Object per key (see
 * RequestWindowDurableObject): it is exact, and it knows when the window ends, so Retry-After is
 * the real number of seconds left. (The Workers Rate Limiting binding answers only a boolean, so
 * a Retry-After from it could only be a guess.) A limiter that fails lets the request through:
 * the limit protects us, it must not take the API down.
 *
 * @example
 * api.use("*", bearerAuth(), rateLimit({ scope: "api-token", limit: 600, windowSeconds: 60 }));
 */
export function rateLimit(options: RateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const { scope = "api-token", subject = bearerToken, detail = "This token sent too many requests; retry later.", limit = 600, windowSeconds = 60 } = options;
  const rule = { limit, windowSeconds };
  return async (c, next) => {
    let verdict = null;
    try {
      verdict = await countInWindow(c.env, await limitKey(scope, subject(c)), rule);
    } catch (error) {
      console.error(JSON.stringify({ event: "rate_limiter_failed", message: String(error) }));
    }
    if (verdict?.limited && verdict.resetAt !== null) {
      throw new ApiError("rate_limited", detail, { headers: { "retry-after": String(retryAfterSeconds(verdict.resetAt, Date.now())) } });
    }
    await next();
  };
}
