/** Failed dashboard sign-ins per client: the API's failed-authentication limit, under its own scope, answered with the sign-in page. */
import type { Context, MiddlewareHandler } from "hono";
import type { WindowRule } from "../domain/request-window";
import type { AppEnv } from "../env";
import { failedAuthLimit } from "../http/failed-auth-limit";

/**
 * Ten wrong tokens from one client in 15 minutes, then every attempt waits for the window's end
 * (right tokens too, so a guess during the lockout learns nothing). Only failures count: a team
 * member who signs in often is never locked out, and a guesser, who only fails, is held to ten
 * guesses a quarter of an hour.
 */
export const SIGN_IN_FAILURE_RULE: WindowRule = { limit: 10, windowSeconds: 900 };

/**
 * Mount it on POST /dashboard/login, in front of the token check: a 401 from the route counts as a
 * failure. Counted in the REQUEST_WINDOWS Durable Object of the client's hashed address, so the
 * window is exact and `Retry-After` is the real time left. A limiter that cannot reach its storage
 * lets the attempt through: tokens are long random strings, the limit is a second line.
 *
 * @example
 * signIn.post("/dashboard/login", signInFailureLimit((c, seconds) => c.html(LimitedPage({ seconds }), 429)), handler);
 */
export function signInFailureLimit(onLimited: (c: Context<AppEnv>, retryAfterSeconds: number) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  return failedAuthLimit({ scope: "dashboard-sign-in", ...SIGN_IN_FAILURE_RULE, onLimited });
}
