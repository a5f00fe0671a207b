/** GET/POST /dashboard/login and POST /dashboard/logout: the token form, the signed session cookie, sign-out. */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { setCookie } from "hono/cookie";
import { LoginPage, type LoginNotice } from "../../../templates/dashboard/login-page";
import { getConfig } from "../../config";
import { currentSession, expiredSessionCookie } from "../../dashboard/require-session";
import { isSameOriginPost } from "../../dashboard/same-origin";
import { requireCsrf } from "../../dashboard/require-csrf";
import { SESSION_COOKIE, issueSession } from "../../dashboard/session";
import { signInFailureLimit } from "../../dashboard/sign-in-limit";
import { dashboardUrls, safeNextPath } from "../../dashboard/urls";
import type { AppEnv } from "../../env";
import { matchesAnyToken } from "../../http/bearer-auth";
import { revokeDashboardSession } from "../../storage/dashboard-sessions";

/** A sign-in form is a token and a path; anything bigger is not ours. */
export const FORM_LIMIT = bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.text("Form too large.", 413) });

/** The notices a GET may ask for; the error notices only come from a POST's answer. */
const GET_NOTICES = new Set<LoginNotice>(["signed-out", "session-ended"]);

function formString(value: unknown, max: number): string | undefined {
  return typeof value === "string" && value.length <= max ? value : undefined;
}

/** The answer to a client past its failed sign-ins: the form again, saying how long to wait. */
const tooManyFailures = signInFailureLimit((c, retryAfterSeconds) => {
  c.header("retry-after", String(retryAfterSeconds));
  const page = LoginPage({ appName: getConfig(c.env).appName, nonce: c.var.cspNonce, next: safeNextPath(undefined), notice: "rate-limited", retryAfterSeconds, localToken: null });
  return c.html(page, 429);
});

/** The sign-in page, public: it shows nothing but the form. */
export const signIn = new Hono<AppEnv>()
  .get("/dashboard/login", async (c) => {
    const config = getConfig(c.env);
    const notice = c.req.query("notice") as LoginNotice;
    const next = safeNextPath(c.req.query("next"));
    // Already signed in (a bookmark, the back button): straight on.
    if (await currentSession(c)) return c.redirect(next, 303);
    return c.html(
      LoginPage({
        appName: config.appName,
        nonce: c.var.cspNonce,
        next,
        notice: GET_NOTICES.has(notice) ? notice : null,
        localToken: config.demoShare && config.apiTokens.includes("local-dev-token") ? "local-dev-token" : null,
      }),
    );
  })
  .post("/dashboard/login", FORM_LIMIT, tooManyFailures, async (c) => {
    const config = getConfig(c.env);
    const form = await c.req.parseBody();
    const next = safeNextPath(formString(form.next, 1000));
    const page = (notice: LoginNotice, status: 401 | 403) =>
      c.html(LoginPage({ appName: config.appName, nonce: c.var.cspNonce, next, notice, localToken: null }), status);

    if (!isSameOriginPost(c.req.raw, config.publicOrigin)) return page("forbidden", 403);
    const token = formString(form.token, 512)?.trim() ?? "";
    if (!token || !(await matchesAnyToken(token, config.apiTokens))) return page("wrong-token", 401);

    const { session, cookieValue } = await issueSession(config.dashboardSessionSecret!, token, Date.now());
    setCookie(c, SESSION_COOKIE, cookieValue, {
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
      path: "/",
      maxAge: session.expiresAt - session.issuedAt,
      expires: new Date(session.expiresAt * 1000),
    });
    return c.redirect(next, 303);
  });

/** Sign-out needs the session (mounted after requireSession) and its CSRF token. */
export const signOut = new Hono<AppEnv>().post("/dashboard/logout", FORM_LIMIT, requireCsrf(), async (c) => {
  await revokeDashboardSession(c.env, c.var.dashboardSession, Date.now());
  c.header("set-cookie", expiredSessionCookie());
  return c.redirect(`${dashboardUrls.login()}?notice=signed-out`, 303);
});
