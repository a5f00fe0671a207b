/** GET /dashboard/shares (the list), GET /dashboard/shares/:id (one share), POST …/revoke (CSRF-checked). */
import { Hono } from "hono";
import { MessagePage } from "../../../templates/dashboard/message-page";
import { type ShareFacts, SharePage } from "../../../templates/dashboard/share-page";
import { SharesPage } from "../../../templates/dashboard/shares-page";
import { getConfig, requireSetting } from "../../config";
import { loadShareIndexFacts, loadShareList } from "../../dashboard/data";
import { readListFilters } from "../../dashboard/list-filters";
import { requireCsrf } from "../../dashboard/require-csrf";
import { shellContext } from "../../dashboard/require-session";
import { shareMetric, shareModel } from "../../dashboard/share-model";
import { dashboardUrls } from "../../dashboard/urls";
import { isPlausibleShareId } from "../../domain/share-id";
import type { AppEnv } from "../../env";
import { ApiError } from "../../http/api-error";
import { readShareStats } from "../../stats/read-share-stats";
import { readShare, revokeShare } from "../../storage/share-store";
import { FORM_LIMIT } from "./sign-in";

const store = (c: { env: AppEnv["Bindings"]; executionCtx: { waitUntil(promise: Promise<unknown>): void } }) => ({
  env: c.env,
  waitUntil: (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise),
});

const originOf = (env: AppEnv["Bindings"]) => {
  const config = getConfig(env);
  return requireSetting(config, "PUBLIC_ORIGIN", config.publicOrigin);
};

export const shares = new Hono<AppEnv>()
  .get("/dashboard/shares", async (c) => {
    const { filters, error } = readListFilters(c.req.query());
    let page: Awaited<ReturnType<typeof loadShareList>> | null = null;
    let listError = error;
    if (!error) {
      try {
        page = await loadShareList(c.env, filters, originOf(c.env));
      } catch (thrown) {
        // The list refuses a forged or stale cursor with a 400 problem; here it is a sentence.
        if (!(thrown instanceof ApiError) || thrown.code !== "validation_failed") throw thrown;
        listError = "That page link is no longer valid for these filters. Start again from the newest shares.";
      }
    }
    return c.html(SharesPage({ ...(await shellContext(c)), filters, page, error: listError }), listError ? 400 : 200);
  })
  .get("/dashboard/shares/:id", async (c) => {
    const id = c.req.param("id");
    const config = getConfig(c.env);
    const notFound = () =>
      c.html(
        MessagePage({
          appName: config.appName,
          nonce: c.var.cspNonce,
          status: 404,
          title: "No share has this id",
          text: "It may be mistyped, or the share was never created.",
          link: { href: dashboardUrls.shares(), label: "All shares" },
        }),
        404,
      );
    if (!isPlausibleShareId(id)) return notFound();
    const [lookup, item, stats] = await Promise.all([readShare(store(c), id), loadShareIndexFacts(c.env, id), readShareStats(c.env, id)]);
    if (lookup.status === "missing" && item === null) return notFound();
    const path = `/b/${encodeURIComponent(id)}`;
    const live = lookup.status === "live" ? lookup.share : null;
    const facts: ShareFacts = {
      id,
      title: live?.briefing.title ?? item?.title ?? null,
      status: live ? "live" : lookup.status === "gone" ? lookup.reason : (item?.status ?? "revoked"),
      createdAt: live?.createdAt ?? item?.createdAt ?? null,
      updatedAt: live?.updatedAt ?? item?.updatedAt ?? null,
      expiresAt: live?.expiresAt ?? item?.expiresAt ?? null,
      lang: live?.briefing.lang ?? item?.lang ?? null,
      topic: live?.briefing.topic ?? item?.topic ?? null,
      sharer: live ? live.sharer : (item?.sharer ?? null),
      imageSrc: live ? `${path}/og.png?v=${encodeURIComponent(live.version)}` : `${path}/og.png`,
      pageHref: path,
      previewHref: `${path}/preview`,
    };
    const metric = shareMetric(c.req.query("metric"));
    return c.html(
      SharePage({ ...(await shellContext(c)), share: facts, model: shareModel(stats, metric), metric, justRevoked: c.req.query("revoked") === "1" }),
    );
  })
  .post("/dashboard/shares/:id/revoke", FORM_LIMIT, requireCsrf(), async (c) => {
    const id = c.req.param("id");
    const lookup = isPlausibleShareId(id) ? await revokeShare(store(c), id) : ({ status: "missing" } as const);
    if (lookup.status === "missing") return c.redirect(dashboardUrls.share(id), 303);
    return c.redirect(`${dashboardUrls.share(id)}?revoked=1`, 303);
  });
