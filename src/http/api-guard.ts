/** What stands in front of every authenticated API route: failed-auth limit per client, bearer token, per-token rate. */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { bearerAuth } from "./bearer-auth";
import { failedAuthLimit } from "./failed-auth-limit";
import { rateLimit } from "./rate-limit";

/**
 * A client (an IPv4 address or an IPv6 /64) may fail authentication 30 times a minute: a backend
 * with a stale token sees its 401s, a token-guessing client is refused within a second.
 */
export const FAILED_AUTH_RULE = { limit: 30, windowSeconds: 60 };
/** Requests per token: 600 a minute, ten a second on average, well above the app backend's needs. */
export const TOKEN_RATE_RULE = { limit: 600, windowSeconds: 60 };

/**
 * The one guard of the API's authenticated routes, in order: a client over its failed-auth limit
 * is refused (429) before its token is looked at; then the bearer token; then the token's rate.
 *
 * @example
 * api.use("/shares/*", apiGuard(), noStore);
 * api.get("/stats/lost-events", apiGuard(), handler);
 */
export function apiGuard(): MiddlewareHandler<AppEnv> {
  const limitFailures = failedAuthLimit({ scope: "api", ...FAILED_AUTH_RULE });
  const authenticate = bearerAuth();
  const limitRate = rateLimit({ scope: "api-token", ...TOKEN_RATE_RULE });
  // Only the outermost may answer by returning a Response (a client over its limit); the inner
  // two answer by throwing, so nothing they return is dropped here.
  const done = () => undefined;
  return (c, next) => limitFailures(c, () => authenticate(c, () => limitRate(c, next).then(done)).then(done));
}
