/** The share API for the app's backend: bearer-authenticated JSON in, JSON or problem+json out. */
import { Hono, type MiddlewareHandler } from "hono";
import { getConfig, requireSetting } from "../config";
import { toShareDetail, toShareSummary } from "../domain/api-schemas";
import { ShareRequestSchema, ShareUpdateRequestSchema, type ShareRequest } from "../domain/briefing-schema";
import { openApiDocumentJson } from "../domain/openapi";
import type { ShareLookup } from "../domain/share";
import { isPlausibleShareId, newShareId } from "../domain/share-id";
import { canonicalJson, sha256Base64Url } from "../domain/share-version";
import type { AppEnv } from "../env";
import { analytics } from "./analytics";
import { ApiError } from "../http/api-error";
import { apiGuard } from "../http/api-guard";
import { ifNoneMatch } from "../http/conditional-get";
import { jsonBody } from "../http/json-body";
import { queryParams } from "../http/query-params";
import { prerenderOgCard } from "../render/og-card-prerender";
import { readShareStats } from "../stats/read-share-stats";
import { ShareListQuerySchema } from "../domain/share-list/list-query";
import { eraseSharer } from "../storage/erase-sharer";
import { claimIdempotencyKey } from "../storage/idempotency";
import { deleteStoredCards } from "../storage/og-card-store";
import { listShares } from "../storage/share-list";
import { type ShareContent, createShare, readShare, replaceShare, revokeShare } from "../storage/share-store";

/** Printable ASCII, as the IETF idempotency-key draft's examples use; long enough for a UUID or hash. */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

function contentOf(body: ShareRequest): ShareContent {
  return { briefing: body.briefing, sharer: body.sharer ?? null, expiresIn: body.expiresIn ?? null, deepLink: body.deepLink ?? null };
}

/** A path id of the wrong shape is a 404 before any storage read. */
function shareIdParam(id: string): string {
  if (!isPlausibleShareId(id)) throw new ApiError("not_found", "No share has this id.");
  return id;
}

function requireLive(lookup: ShareLookup, id: string) {
  if (lookup.status === "live") return lookup.share;
  const reason = lookup.status === "gone" ? ` (it was ${lookup.reason})` : "";
  throw new ApiError("not_found", `No live share with id ${id}${reason}.`);
}

const originOf = (env: AppEnv["Bindings"]) => {
  const config = getConfig(env);
  return requireSetting(config, "PUBLIC_ORIGIN", config.publicOrigin);
};

const store = (c: { env: AppEnv["Bindings"]; executionCtx: { waitUntil(promise: Promise<unknown>): void } }) => ({
  env: c.env,
  waitUntil: (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise),
});

/** How long any cache may keep the OpenAPI document; it changes only with a deploy, and the ETag makes a refetch cheap. */
const OPENAPI_CACHE_CONTROL = "public, max-age=300";

/** The OpenAPI document is public: it describes the API and holds no secret. */
const openapi = new Hono<AppEnv>().get("/openapi.json", async (c) => {
  const { json, etag } = await openApiDocumentJson(getConfig(c.env).publicOrigin);
  const headers = { "cache-control": OPENAPI_CACHE_CONTROL, etag };
  if (ifNoneMatch(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  return c.body(json, 200, { ...headers, "content-type": "application/json; charset=utf-8" });
});

/** Share data answers a bearer token: no cache, shared or private, may keep a copy (a route may say otherwise). */
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header("cache-control", "no-store");
  await next();
};

const shares = new Hono<AppEnv>()
  .use("/shares/*", apiGuard(), noStore)
  .get("/shares", queryParams(ShareListQuerySchema), async (c) => {
    return c.json(await listShares(c.env, c.req.valid("query"), originOf(c.env)), 200);
  })
  .post("/shares", jsonBody(ShareRequestSchema), async (c) => {
    const body = c.req.valid("json");
    const origin = originOf(c.env);
    let id = newShareId();
    const key = c.req.header("idempotency-key");
    if (key !== undefined) {
      if (!IDEMPOTENCY_KEY.test(key)) {
        throw new ApiError("bad_request", "Idempotency-Key must be 1–255 printable ASCII characters.");
      }
      const claim = await claimIdempotencyKey(c.env, key, await sha256Base64Url(canonicalJson(body)), id);
      if (claim.outcome === "conflict") {
        throw new ApiError("idempotency_conflict", "This Idempotency-Key was already used with a different body.");
      }
      id = claim.shareId;
    }
    const share = requireLive(await createShare(store(c), id, contentOf(body)), id);
    // The first crawler arrives seconds after the share: its card should already be stored.
    c.executionCtx.waitUntil(prerenderOgCard(share, c.env));
    return c.json(toShareSummary(share, origin), 201, { location: `/api/shares/${id}` });
  })
  .get("/shares/:id", async (c) => {
    const id = shareIdParam(c.req.param("id"));
    const origin = originOf(c.env);
    const share = requireLive(await readShare(store(c), id), id);
    return c.json(toShareDetail(share, origin), 200);
  })
  .put("/shares/:id", jsonBody(ShareUpdateRequestSchema), async (c) => {
    const id = shareIdParam(c.req.param("id"));
    const origin = originOf(c.env);
    const share = requireLive(await replaceShare(store(c), id, c.req.valid("json")), id);
    c.executionCtx.waitUntil(prerenderOgCard(share, c.env));
    return c.json(toShareSummary(share, origin), 200);
  })
  .delete("/shares/:id", async (c) => {
    const id = shareIdParam(c.req.param("id"));
    const lookup = await revokeShare(store(c), id);
    if (lookup.status === "missing") throw new ApiError("not_found", `No share with id ${id}.`);
    // The stored cards hold the briefing's words; from now on the card route answers the neutral card.
    c.executionCtx.waitUntil(
      deleteStoredCards(c.env, id).catch((error: unknown) =>
        console.error(JSON.stringify({ event: "og_card_delete_failed", id, error: String(error) })),
      ),
    );
    return c.body(null, 204);
  })
  .get("/shares/:id/stats", async (c) => {
    const id = shareIdParam(c.req.param("id"));
    // A revoked or expired share keeps its stats; only an id that never held a share is a 404.
    const lookup = await readShare(store(c), id);
    if (lookup.status === "missing") throw new ApiError("not_found", `No share with id ${id}.`);
    return c.json(await readShareStats(c.env, id), 200, { "cache-control": "no-store" });
  });

/** A sharer ref as the API accepts it on create: 1–64 characters. */
function sharerRefParam(ref: string): string {
  if (ref.length === 0 || [...ref].length > 64) {
    throw new ApiError("validation_failed", "The sharer ref must be 1–64 characters.", { errors: [{ path: "ref", message: "must be 1–64 characters" }] });
  }
  return ref;
}

const sharers = new Hono<AppEnv>()
  .use("/sharers/*", apiGuard(), noStore)
  .delete("/sharers/:ref", async (c) => {
    const ref = sharerRefParam(c.req.param("ref"));
    const revoked = await eraseSharer(store(c), ref);
    return c.json({ revoked }, 200);
  });

/**
 * The API sub-app, mounted at /api. Its type is exported as `ApiType` from src/index.ts for
 * hono/client.
 */
export const api = new Hono<AppEnv>().route("/", openapi).route("/", shares).route("/", sharers).route("/", analytics);
