/** GET /b/:id: the briefing page, and its 404/410 pages. */
import { Hono } from "hono";
import { BriefingPage } from "../../templates/briefing-page";
import { ErrorPage } from "../../templates/error-page";
import { getConfig } from "../config";
import { isPlausibleShareId } from "../domain/share-id";
import type { AppEnv } from "../env";
import { readShareForReaders } from "../storage/reader-share";

export const page = new Hono<AppEnv>().get("/b/:id", async (c) => {
  const config = getConfig(c.env);
  const id = c.req.param("id");
  if (!isPlausibleShareId(id)) return c.html(ErrorPage({ status: 404, appName: config.appName }), 404);
  const store = { env: c.env, waitUntil: (p: Promise<unknown>) => c.executionCtx.waitUntil(p) };
  const lookup = await readShareForReaders(store, id, config.demoShare);
  if (lookup.status === "missing") return c.html(ErrorPage({ status: 404, appName: config.appName }), 404);
  if (lookup.status === "gone") return c.html(ErrorPage({ status: 410, appName: config.appName }), 410);
  return c.html(BriefingPage({ share: lookup.share, appName: config.appName }));
});
