/** CSRF protection for the signed-in dashboard's form posts: same Origin, and the session's own token in the form. */
import type { MiddlewareHandler } from "hono";
import { MessagePage } from "../../templates/dashboard/message-page";
import { getConfig } from "../config";
import type { AppEnv } from "../env";
import { isSameOriginPost } from "./same-origin";
import { isValidCsrfToken } from "./session";

/**
 * Two checks, either of which stops a cross-site post on its own: the Origin header (browsers set
 * it, pages cannot) and a token bound to the session (`csrf` form field; another site cannot read
 * it). SameSite=Strict on the cookie is a third. A failure is a 403 page and changes nothing.
 * Runs after requireSession().
 *
 * @example
 * dashboard.post("/dashboard/shares/:id/revoke", requireCsrf(), handler);
 */
export function requireCsrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const config = getConfig(c.env);
    const form = await c.req.parseBody();
    const sameOrigin = isSameOriginPost(c.req.raw, config.publicOrigin);
    if (!sameOrigin || !(await isValidCsrfToken(config.dashboardSessionSecret!, c.var.dashboardSession, form.csrf))) {
      console.warn(JSON.stringify({ event: "dashboard_csrf_rejected", path: new URL(c.req.url).pathname, sameOrigin }));
      return c.html(
        MessagePage({
          appName: config.appName,
          nonce: c.var.cspNonce,
          status: 403,
          title: "This form could not be accepted",
          text: "It came from another site, or from a page older than your session. Nothing was changed. Go back, reload the page and try again.",
          link: { href: "/dashboard", label: "Back to the dashboard" },
        }),
        403,
      );
    }
    await next();
  };
}
