/** Lets a request through only with a valid, unrevoked dashboard session; otherwise 303 to the sign-in page. */
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { ShellContext } from "../../templates/dashboard/dashboard-shell";
import { getConfig } from "../config";
import type { AppEnv } from "../env";
import { isDashboardSessionRevoked } from "../storage/dashboard-sessions";
import { type DashboardSession, SESSION_COOKIE, csrfToken, verifySession } from "./session";
import { dashboardUrls } from "./urls";

/**
 * A GET comes back to the page it asked for after signing in (`?next=`); a POST without a session
 * cannot be replayed, so it goes to the sign-in page alone. A cookie that was sent but is no longer
 * valid (expired, forged, signed out, its token rotated away) is cleared.
 *
 * @example
 * dashboard.use("/dashboard/*", requireSession());
 */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = await currentSession(c);
    if (session === null) {
      const url = new URL(c.req.url);
      const next = c.req.method === "GET" ? url.pathname + url.search : undefined;
      if (cookie !== undefined) c.header("set-cookie", expiredSessionCookie(), { append: true });
      const location = dashboardUrls.login(next === dashboardUrls.home ? undefined : next);
      return c.redirect(cookie !== undefined ? `${location}${location.includes("?") ? "&" : "?"}notice=session-ended` : location, 303);
    }
    c.set("dashboardSession", session);
    await next();
  };
}

/**
 * The request's valid, unrevoked session, or null.
 *
 * @example
 * if (await currentSession(c)) return c.redirect("/dashboard", 303);
 */
export async function currentSession(c: Context<AppEnv>): Promise<DashboardSession | null> {
  const config = getConfig(c.env);
  const session = await verifySession(config.dashboardSessionSecret!, getCookie(c, SESSION_COOKIE), config.apiTokens, Date.now());
  if (session === null || (await isDashboardSessionRevoked(c.env, session.id))) return null;
  return session;
}

/** A Set-Cookie that deletes the session cookie (same attributes, Max-Age=0). */
export function expiredSessionCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict`;
}

/**
 * What every signed-in page's shell needs: the brand, the nonce, the session's CSRF token.
 *
 * @example
 * return c.html(OverviewPage({ ...(await shellContext(c)), … }));
 */
export async function shellContext(c: Context<AppEnv>): Promise<ShellContext> {
  const config = getConfig(c.env);
  return { appName: config.appName, nonce: c.var.cspNonce, csrf: await csrfToken(config.dashboardSessionSecret!, c.var.dashboardSession) };
}
