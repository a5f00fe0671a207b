/** The OpenAPI 3.1 document of the share API, generated from the schemas the code validates with. */
import { z } from "zod";
import { AnalyticsQuerySchema, AnalyticsSchema } from "./analytics/analytics-schema";
import { ProblemSchema, ShareDetailSchema, ShareSummarySchema } from "./api-schemas";
import { ShareRequestSchema, ShareUpdateRequestSchema } from "./briefing-schema";
import { appPaths } from "./openapi-app-paths";
import { ShareStatsSchema } from "./share-stats";

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ "application/json": { schema: ref(id) } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{4,32}$" },
};

const commonErrors = {
  "401": problem("Missing or invalid bearer token."),
  "429": { ...problem("Per-token rate limit exceeded; see Retry-After."), headers: { "Retry-After": { schema: { type: "integer" } } } },
  "500": problem("A configuration variable is missing or malformed; the detail names it."),
  "503": problem("Storage is unavailable; retry."),
};

const bodyErrors = {
  "400": problem("Malformed JSON, an unknown field, or a schema violation (see `errors`)."),
  "413": problem("The body is over 64 KiB."),
  "415": problem("The body is not application/json."),
};

/** Every schema with an `id` in its metadata becomes a named component. */
function componentSchemas(): JsonObject {
  // Reference the schemas so their metadata is registered before the registry is read.
  void [ShareRequestSchema, ShareUpdateRequestSchema, ShareSummarySchema, ShareDetailSchema, ProblemSchema, ShareStatsSchema, AnalyticsSchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, JsonObject> };
  for (const schema of Object.values(schemas)) delete schema.$schema;
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

const analyticsErrors = {
  "400": problem("A query parameter is malformed or out of range (a date before 2020 or after today, from after to, over 400 days, an unknown or repeated parameter); `errors` names it."),
  ...commonErrors,
};

let cached: JsonObject | null = null;

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
  },
};

/**
 * Builds (once per isolate) the OpenAPI 3.1 document for a server at `origin`.
 *
 * @example
 * c.json(openApiDocument("https://share.example.app"));
 */
export function openApiDocument(origin: string | null): JsonObject {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "briefing-share API",
      version: "1.0.0",
      description: "Creates and manages share links for briefings. Errors are RFC 9457 problem documents.",
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    security: [{ bearer: [] }],
    paths: {
      "/api/shares": {
        post: {
          operationId: "createShare",
          summary: "Create a share link for a briefing.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: "A retried create with the same key and body returns the same share.",
              schema: { type: "string", minLength: 1, maxLength: 255 },
            },
          ],
          requestBody: { required: true, content: json("ShareRequest") },
          responses: {
            "201": { description: "Created.", content: json("ShareSummary") },
            ...bodyErrors,
            "409": problem("The Idempotency-Key was used with a different body."),
            ...commonErrors,
          },
        },
      },
      "/api/shares/{id}": {
        parameters: [idParameter],
        get: {
          operationId: "getShare",
          summary: "Read a share.",
          responses: { "200": { description: "The share.", content: json("ShareDetail") }, "404": problem("No live share with this id."), ...commonErrors },
        },
        put: {
          operationId: "replaceShare",
          summary: "Replace a share's briefing; its version (and image URL) changes.",
          description:
            "The briefing is replaced. `expiresIn`, `sharer` and `deepLink` keep their stored values unless the body " +
            "gives them; `null` clears one (`expiresIn: null` makes the share permanent). An edit never silently " +
            "makes an expiring share permanent.",
          requestBody: { required: true, content: json("ShareUpdateRequest") },
          responses: {
            "200": { description: "Replaced.", content: json("ShareSummary") },
            ...bodyErrors,
            "404": problem("No live share with this id."),
            ...commonErrors,
          },
        },
        delete: {
          operationId: "revokeShare",
          summary: "Revoke a share: its page answers 410 and its card becomes neutral.",
          responses: { "204": { description: "Revoked." }, "404": problem("No share with this id."), ...commonErrors },
        },
      },
      "/api/analytics": {
        get: {
          operationId: "getAnalytics",
          summary: "Exact totals across every share for UTC days from..to (default the last 30, at most 400).",
          parameters: queryParameters(AnalyticsQuerySchema),
          responses: { "200": { description: "The analytics of the range.", content: json("Analytics") }, ...analyticsErrors },
        },
      },
      "/api/analytics.csv": {
        get: {
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
          operationId: "getShareStats",
          summary: "Exact view, unfurl and call-to-action counts for a share.",
          responses: { "200": { description: "The counts.", content: json("ShareStats") }, "404": problem("No share with this id."), ...commonErrors },
        },
      },
      "/api/stats/lost-events": {
        get: {
          operationId: "getLostEvents",
          summary: "Views and taps answered but not counted (the stats queue and the share's counter both failed), per UTC day, last 30 days.",
          responses: { "200": { description: "The losses; zero when nothing was lost.", content: lostEventsContent }, ...commonErrors },
        },
      },
      ...appPaths,
    },
  };
  return origin ? { ...cached, servers: [{ url: origin }] } : cached;
}
