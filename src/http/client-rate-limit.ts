/** A per-client request limit for public endpoints the app calls, keyed by a hash of the client's IP. */
import type { MiddlewareHandler } from "hono";
import { sha256Base64Url } from "../domain/share-version";
import type { AppEnv, Bindings } from "../env";
import { ApiError } from "./api-error";

export interface ClientRateLimitOptions {
  /** Which Workers Rate Limiting binding holds the count. */
  binding: (env: Bindings) => RateLimit;
  /** The binding's period: the longest a client has to wait for its window to end. */
  retryAfterSeconds: number;
}

/**
 * Answers 429 with Retry-After once a client IP (Cloudflare's `CF-Connecting-IP`) exceeds the
 * binding's limit. The key is a hash, so the address goes nowhere; a request without an address
 * (only in local tests) shares one key. A limiter that fails lets the request through: the limit
 * protects us, it must not take the endpoint down.
 *
 * @example
 * app.post("/b/:id/opens", clientRateLimit({ binding: (env) => env.OPENS_RATE_LIMITER, retryAfterSeconds: 60 }), handler);
 */
export function clientRateLimit({ binding, retryAfterSeconds }: ClientRateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ip = c.req.header("cf-connecting-ip") ?? "unknown";
    let allowed = true;
    try {
      ({ success: allowed } = await binding(c.env).limit({ key: await sha256Base64Url(`client\n${ip}`, 22) }));
    } catch (error) {
      console.error(JSON.stringify({ event: "client_rate_limiter_failed", message: String(error) }));
    }
    if (!allowed) {
      throw new ApiError("rate_limited", "This client sent too many requests; retry later.", {
        headers: { "retry-after": String(retryAfterSeconds) },
      });
    }
    await next();
  };
}
