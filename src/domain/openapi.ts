/** The OpenAPI 3.1 document of the share API, generated from the schemas the code validates with. */
import { z } from "zod";
import { AnalyticsQuerySchema, AnalyticsSchema } from "./analytics/analytics-schema";
import { ProblemSchema, ShareDetailSchema, ShareSummarySchema } from "./api-schemas";
import { ShareRequestSchema, ShareUpdateRequestSchema } from "./briefing-schema";
import { appPaths } from "./openapi-app-paths";
import { ShareListQuerySchema } from "./share-list/list-query";
import { ShareListSchema } from "./share-list/share-list-schema";
import { openApiExamples } from "./openapi-examples";
import { ShareStatsSchema } from "./share-stats";

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, example?: unknown) => ({ "application/json": { schema: ref(id), ...(example === undefined ? {} : { example }) } });
const problem = (description: string, example: unknown, headers?: JsonObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: ref("Problem"), example } },
});

const retryAfter = (description: string) => ({
  "Retry-After": { description, schema: { type: "integer", minimum: 1 }, example: 42 },
});

/** Every component with an `id` in its zod metadata, written the way OpenAPI refers to them. */
function componentSchemas(): JsonObject {
  // Reference the schemas so their metadata is registered before the registry is read.
  void [ShareRequestSchema, ShareUpdateRequestSchema, ShareSummarySchema, ShareDetailSchema, ProblemSchema, ShareStatsSchema, AnalyticsSchema, ShareListSchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, JsonObject> };
  // `uri` makes zod write refs the OpenAPI way; it also sets each schema's `$id` to that same
  // fragment, which JSON Schema 2020-12 forbids ($id must not be a fragment), so it goes. `$schema`
  // is implied by the document's jsonSchemaDialect.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

/** OpenAPI query parameters from the object schema a route validates its query string with. */
function queryParameters(schema: z.ZodObject): JsonObject[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as { properties: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: json.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
  });
}

/** The same path items, each operation tagged. */
function withTag(paths: Record<string, Record<string, unknown>>, tag: string): JsonObject {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(Object.entries(item).map(([key, value]) => [key, key === "parameters" ? value : { tags: [tag], ...(value as JsonObject) }])),
    ]),
  );
}

/** Examples need an absolute origin; without PUBLIC_ORIGIN (the API then answers 500) a placeholder does. */
const EXAMPLE_ORIGIN = "https://share.example.app";

/** GET /api/stats/lost-events's answer (src/stats/lost-events.ts). */
const lostEventsContent = {
  "application/json": {
    schema: {
      type: "object",
      required: ["total", "views", "ctaClicks", "daily", "truncated"],
      properties: {
        total: { type: "integer", minimum: 0 },
        views: { type: "integer", minimum: 0 },
        ctaClicks: { type: "integer", minimum: 0 },
        daily: {
          type: "array",
          items: {
            type: "object",
            required: ["date", "views", "ctaClicks"],
            properties: { date: { type: "string", format: "date" }, views: { type: "integer", minimum: 0 }, ctaClicks: { type: "integer", minimum: 0 } },
          },
        },
        truncated: { type: "boolean" },
      },
    },
    example: { total: 1, views: 1, ctaClicks: 0, daily: [{ date: "2026-04-07", views: 1, ctaClicks: 0 }], truncated: false },
  },
};

function buildDocument(origin: string | null): JsonObject {
  const ex = openApiExamples(origin ?? EXAMPLE_ORIGIN);
  const idParameter = {
    name: "id",
    in: "path",
    required: true,
    description: "The share's id, as returned by the create.",
    schema: { type: "string", pattern: "^[A-Za-z0-9_-]{4,32}$" },
    example: ex.shareId,
  };
  const authErrors = {
    "401": problem("Missing or invalid bearer token.", ex.problems.unauthorized, {
      "WWW-Authenticate": { description: "The scheme to use.", schema: { type: "string" }, example: 'Bearer realm="briefing-share"' },
    }),
    "429": problem(
      "Too many requests for this token, or too many failed authentications from this client (30 a minute). " +
        "Retry-After is the number of seconds until the window ends.",
      ex.problems.rateLimited,
      retryAfter("Seconds until the limit's window ends."),
    ),
    "500": problem("A configuration variable is missing or malformed; the detail names it.", ex.problems.configuration),
    "503": problem("Storage is unavailable; retry.", ex.problems.unavailable, retryAfter("Seconds to wait before retrying.")),
  };
  const bodyErrors = {
    "400": problem(
      "Malformed JSON, an unknown field, a key given twice, or a schema violation (see `errors`).",
      ex.problems.validation,
    ),
    "413": problem("The body is over 64 KiB.", ex.problems.tooLarge),
    "415": problem("The body is not application/json, or declares a charset other than UTF-8.", ex.problems.mediaType),
  };
  const analyticsErrors = {
    "400": problem(
      "A query parameter is malformed or out of range (a date before 2020 or after today, from after to, over 400 days, an unknown or repeated parameter); `errors` names it.",
      ex.problems.validation,
    ),
    ...authErrors,
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "briefing-share API",
      version: "1.0.0",
      summary: "Share links for briefings: create, update, revoke, count.",
      description:
        "Creates and manages share links for briefings. Every error is an RFC 9457 problem document " +
        "(`application/problem+json`). A method a path does not support is answered 405 with `Allow`; " +
        "OPTIONS is one of them (the API answers no CORS preflight: it is called by servers). This document is " +
        "public at `/api/openapi.json`, cacheable for 5 minutes, with an ETag.",
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [origin ? { url: origin, description: "This deployment (PUBLIC_ORIGIN)." } : { url: "/", description: "This deployment." }],
    tags: [
      { name: "Shares", description: "Share links: create, read, update, revoke." },
      { name: "Stats", description: "Exact counts of views, unfurls and taps." },
      { name: "App", description: "What the app itself calls on a share, without a token." },
    ],
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "A token from API_TOKENS. 30 failed attempts a minute from one client answer 429 until the minute ends.",
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      "/api/shares": {
        get: {
          tags: ["Shares"],
          operationId: "listShares",
          summary: "The shares, newest first, from the share index: filters, search by title words, cursor paging.",
          parameters: queryParameters(ShareListQuerySchema),
          responses: {
            "200": { description: "One page; pass nextCursor as cursor for the next.", content: json("ShareList", ex.list) },
            "400": problem(
              "A query parameter is malformed (limit outside 1–200, an unknown status, a cursor not issued for these filters, an unknown or repeated parameter); `errors` names it.",
              ex.problems.validation,
            ),
            ...authErrors,
          },
        },
        post: {
          tags: ["Shares"],
          operationId: "createShare",
          summary: "Create a share link for a briefing.",
          description: "An `Idempotency-Key` makes a retried create return the same share.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: "A retried create with the same key and body returns the same share (keys are kept 24 hours).",
              schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7E]+$" },
              example: "3f0c8d52-7a64-4c3e-9a55-0b1f3c0e6d21",
            },
          ],
          requestBody: { required: true, content: json("ShareRequest", ex.createRequest) },
          responses: {
            "201": {
              description: "Created.",
              headers: {
                Location: {
                  description: "The new share's API resource.",
                  schema: { type: "string", format: "uri-reference" },
                  example: `/api/shares/${ex.shareId}`,
                },
              },
              content: json("ShareSummary", ex.summary),
            },
            ...bodyErrors,
            "409": problem("The Idempotency-Key was used with a different body.", ex.problems.conflict),
            ...authErrors,
          },
        },
      },
      "/api/shares/{id}": {
        parameters: [idParameter],
        get: {
          tags: ["Shares"],
          operationId: "getShare",
          summary: "Read a share: its briefing, sharer, deep link, version and dates.",
          responses: {
            "200": { description: "The share.", content: json("ShareDetail", ex.detail) },
            "404": problem("No live share with this id.", ex.problems.notFound),
            ...authErrors,
          },
        },
        put: {
          tags: ["Shares"],
          operationId: "replaceShare",
          summary: "Replace a share's briefing; its version (and image URL) changes.",
          description:
            "The briefing is replaced. `expiresIn`, `sharer` and `deepLink` keep their stored values unless the body " +
            "gives them; `null` clears one (`expiresIn: null` makes the share permanent). An edit never silently " +
            "makes an expiring share permanent.",
          requestBody: { required: true, content: json("ShareUpdateRequest", ex.updateRequest) },
          responses: {
            "200": { description: "Replaced.", content: json("ShareSummary", ex.summary) },
            ...bodyErrors,
            "404": problem("No live share with this id.", ex.problems.notFound),
            ...authErrors,
          },
        },
        delete: {
          tags: ["Shares"],
          operationId: "revokeShare",
          summary: "Revoke a share: its page answers 410 and its card becomes neutral.",
          description: "Idempotent: revoking a revoked share answers 204 again.",
          responses: { "204": { description: "Revoked." }, "404": problem("No share with this id.", ex.problems.notFound), ...authErrors },
        },
      },
      "/api/sharers/{ref}": {
        parameters: [{ name: "ref", in: "path", required: true, description: "The sharer.ref the shares were created with.", schema: { type: "string", minLength: 1, maxLength: 64 }, example: "user-42" }],
        delete: {
          tags: ["Shares"],
          operationId: "eraseSharer",
          summary: "Erase one sharer's shares: each is revoked and its text and sharer name deleted from every store; counts stay. Idempotent.",
          responses: {
            "200": {
              description: "How many shares were erased (0 when none is left).",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["revoked"], additionalProperties: false, properties: { revoked: { type: "integer", minimum: 0 } } },
                  example: ex.erasure,
                },
              },
            },
            "400": problem("The ref is longer than 64 characters.", ex.problems.validation),
            ...authErrors,
          },
        },
      },
      "/api/analytics": {
        get: {
          tags: ["Stats"],
          operationId: "getAnalytics",
          summary: "Exact totals across every share for UTC days from..to (default the last 30, at most 400).",
          parameters: queryParameters(AnalyticsQuerySchema),
          responses: { "200": { description: "The analytics of the range.", content: json("Analytics") }, ...analyticsErrors },
        },
      },
      "/api/analytics.csv": {
        get: {
          tags: ["Stats"],
          operationId: "getAnalyticsCsv",
          summary: "The same range as CSV: a header row, then one row per (date, share id) with its counters.",
          parameters: queryParameters(AnalyticsQuerySchema),
          responses: {
            "200": {
              description: "An attachment. Cells a spreadsheet would run as a formula are prefixed with a single quote.",
              headers: { "Content-Disposition": { schema: { type: "string" } } },
              content: { "text/csv": { schema: { type: "string" } } },
            },
            ...analyticsErrors,
          },
        },
      },
      "/api/shares/{id}/stats": {
        parameters: [idParameter],
        get: {
          tags: ["Stats"],
          operationId: "getShareStats",
          summary: "Exact view, unfurl and call-to-action counts for a share.",
          description: "A revoked or expired share keeps its stats; only an id that never held a share is a 404.",
          responses: {
            "200": { description: "The counts.", content: json("ShareStats", ex.stats) },
            "404": problem("No share with this id.", ex.problems.notFound),
            ...authErrors,
          },
        },
      },
      "/api/stats/lost-events": {
        get: {
          tags: ["Stats"],
          operationId: "getLostEvents",
          summary: "Views and taps answered but not counted (the stats queue and the share's counter both failed), per UTC day, last 30 days.",
          responses: { "200": { description: "The losses; zero when nothing was lost.", content: lostEventsContent }, ...authErrors },
        },
      },
      ...withTag(appPaths, "App"),
    },
  };
}

/**
 * Drops components no operation reaches: the registry holds every schema with an id that some
 * loaded module declared (a query schema, say), and an unused component is a lint finding.
 */
function pruneUnusedComponents(document: JsonObject): JsonObject {
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  const reached = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      const name = key === "$ref" && typeof child === "string" ? /^#\/components\/schemas\/(.+)$/.exec(child)?.[1] : undefined;
      if (name !== undefined && !reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      } else visit(child);
    }
  };
  visit(document.paths);
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
  return document;
}

const documents = new Map<string | null, { json: string; etag: string }>();

/**
 * The OpenAPI 3.1 document for a server at `origin`, as JSON text with a strong ETag, built once per
 * isolate and origin (it changes only with a deploy).
 *
 * @example
 * const { json, etag } = await openApiDocumentJson("https://share.example.app");
 */
export async function openApiDocumentJson(origin: string | null): Promise<{ json: string; etag: string }> {
  let document = documents.get(origin);
  if (!document) {
    const json = JSON.stringify(pruneUnusedComponents(buildDocument(origin)));
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(json)));
    const etag = `"${btoa(String.fromCharCode(...digest.subarray(0, 12))).replace(/\+/g, "-").replace(/\//g, "_")}"`;
    document = { json, etag };
    documents.set(origin, document);
  }
  return document;
}

/**
 * The OpenAPI 3.1 document for a server at `origin`, as an object.
 *
 * @example
 * openApiDocument("https://share.example.app").paths; // { "/api/shares": …, … }
 */
export function openApiDocument(origin: string | null): JsonObject {
  return pruneUnusedComponents(buildDocument(origin));
}
