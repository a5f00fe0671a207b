/** The OpenAPI 3.1 document of the share API, generated from the schemas the code validates with. */
import { z } from "zod";
import { ProblemSchema, ShareDetailSchema, ShareSummarySchema } from "./api-schemas";
import { ShareRequestSchema } from "./briefing-schema";
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
  void [ShareRequestSchema, ShareSummarySchema, ShareDetailSchema, ProblemSchema, ShareStatsSchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, JsonObject> };
  for (const schema of Object.values(schemas)) delete schema.$schema;
  return schemas;
}

let cached: JsonObject | null = null;

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
          requestBody: { required: true, content: json("ShareRequest") },
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
      "/api/shares/{id}/stats": {
        parameters: [idParameter],
        get: {
          operationId: "getShareStats",
          summary: "Exact view, unfurl and call-to-action counts for a share.",
          responses: { "200": { description: "The counts.", content: json("ShareStats") }, "404": problem("No share with this id."), ...commonErrors },
        },
      },
      ...appPaths,
    },
  };
  return origin ? { ...cached, servers: [{ url: origin }] } : cached;
}
