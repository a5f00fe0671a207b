/** The dashboard sub-app: every /dashboard URL, guarded; the sign-in page is the only one open without a session. */
import { Hono } from "hono";
import { dashboardGuard } from "../../dashboard/dashboard-guard";
import { requireSession } from "../../dashboard/require-session";
import type { AppEnv } from "../../env";
import { overview } from "./overview";
import { shares } from "./shares";
import { signIn, signOut } from "./sign-in";

/**
 * Order matters: the guard (503 without configuration, no-store) runs for every URL; the sign-in
 * routes answer before requireSession; everything registered after it needs a session.
 *
 * @example
 * app.route("/", dashboard);
 */
export const dashboard = new Hono<AppEnv>()
  .use("/dashboard", dashboardGuard())
  .use("/dashboard/*", dashboardGuard())
  .route("/", signIn)
  .use("/dashboard", requireSession())
  .use("/dashboard/*", requireSession())
  .route("/", signOut)
  .route("/", overview)
  .route("/", shares);
