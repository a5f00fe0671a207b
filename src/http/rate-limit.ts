/** A per-token request limit on the API, backed by the Workers Rate Limiting binding. */
import type { MiddlewareHandler } from "hono";
import { sha256Base64Url } from "../domain/share-version";
import type { AppEnv } from "../env";
import { ApiError } from "./api-error";

/**
 * Answers 429 with Retry-After once a token exceeds the binding's limit. The key is a hash of the
 * token, so the token itself never leaves the Worker. A limiter that fails lets the request through:
 * the limit protects us, it must not take the API down.
 *
 * @example
 * api.use("*", bearerAuth(), rateLimit({ retryAfterSeconds: 60 }));
 */
export function rateLimit(options: { retryAfterSeconds: number }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = /^Bearer[ ]+(\S+)/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    let allowed = true;
    try {
      ({ success: allowed } = await c.env.API_RATE_LIMITER.limit({ key: await sha256Base64Url(token, 22) }));
    } catch (error) {
      console.error(JSON.stringify({ event: "rate_limiter_failed", message: String(error) }));
    }
    if (!allowed) {
      throw new ApiError("rate_limited", "This token sent too many requests; retry later.", {
        headers: { "retry-after": String(options.retryAfterSeconds) },
      });
    }
    await next();
  };
}
