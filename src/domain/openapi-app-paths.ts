/** The OpenAPI paths the app itself calls on a share (public, no token): app.json and opens. */
import { AppOpenReportSchema, AppShareSchema } from "./app-open";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{4,32}$" } };

// Keeps the schemas' metadata registered, so they become the AppShare and AppOpenReport components.
void [AppShareSchema, AppOpenReportSchema];

/**
 * `/b/{id}/app.json` and `/b/{id}/opens`, with `security: []`: the app calls them without the
 * backend's token.
 *
 * @example
 * paths: { ...sharePaths, ...appPaths }
 */
export const appPaths = {
  "/b/{id}/app.json": {
    parameters: [idParameter],
    get: {
      operationId: "getAppShare",
      summary: "What the app needs to open a share (after a universal link or a deferred open).",
      security: [],
      responses: {
        "200": {
          description: "The live share. `Cache-Control: public, max-age=60`.",
          content: { "application/json": { schema: ref("AppShare") } },
        },
        "404": problem("No share with this id."),
        "410": problem("The share was revoked or has expired."),
        "503": problem("Storage is unavailable; retry."),
      },
    },
  },
  "/b/{id}/opens": {
    parameters: [idParameter],
    post: {
      operationId: "reportAppOpen",
      summary: "The app reports its first open of this share after an install; counted once per (share, installId).",
      security: [],
      requestBody: { required: true, content: { "application/json": { schema: ref("AppOpenReport") } } },
      responses: {
        "202": { description: "Accepted; counted once however often it is sent." },
        "400": problem("Malformed JSON, an unknown field, or a schema violation (see `errors`)."),
        "404": problem("No share with this id."),
        "405": problem("Any method but POST (CORS preflights included: the endpoint is for the app, not for pages)."),
        "410": problem("The share was revoked or has expired."),
        "413": problem("The body is over 64 KiB."),
        "415": problem("The body is not application/json."),
        "429": { ...problem("Per-client rate limit exceeded; see Retry-After."), headers: { "Retry-After": { schema: { type: "integer" } } } },
        "503": problem("The open could not be recorded; retry (a retry counts once)."),
      },
    },
  },
} as const;
