import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "../fixtures/api";

type Json = Record<string, unknown>;

/** Every $ref in the document, so a dangling one fails the test. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => (key === "$ref" && typeof v === "string" ? [v] : refs(v)));
  }
  return [];
}

describe("GET /api/openapi.json", () => {
  it("is a public OpenAPI 3.1 document of the share API", async () => {
    const response = await SELF.fetch(`${ORIGIN}/api/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Json & { paths: Json; components: { schemas: Json } };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: ORIGIN, description: expect.any(String) }]);
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/analytics", "/api/analytics.csv", "/api/sharers/{ref}", "/api/shares", "/api/shares/{id}", "/api/shares/{id}/stats", "/api/stats/lost-events", "/b/{id}/app.json", "/b/{id}/opens"]);
    for (const ref of refs(doc)) {
      const name = ref.replace("#/components/schemas/", "");
      expect(doc.components.schemas, `dangling ${ref}`).toHaveProperty(name);
    }
  });

  it("is generated from the validation schema: limits and strictness included", async () => {
    const doc = (await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).json()) as { components: { schemas: Record<string, Json> } };
    const briefing = doc.components.schemas.Briefing as Json & { properties: Record<string, Json> };
    expect(briefing.additionalProperties).toBe(false);
    expect(briefing.required).toEqual(expect.arrayContaining(["title", "summary", "sections"]));
    expect(briefing.properties.title).toMatchObject({ type: "string", minLength: 1, maxLength: 200 });
    expect(briefing.properties.sections).toMatchObject({ minItems: 1, maxItems: 50 });
    const request = doc.components.schemas.ShareRequest as { properties: Record<string, Json> };
    expect(request.properties.expiresIn).toMatchObject({ type: "integer", minimum: 60, maximum: 31536000 });
  });

  it("describes what the app calls without a token: app.json and opens, from the schemas that validate them", async () => {
    const doc = (await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Json & { security?: unknown[]; responses: Json }>>;
      components: { schemas: Record<string, Json & { properties: Record<string, Json> }> };
    };
    expect(doc.paths["/b/{id}/app.json"]!.get!.security).toEqual([]);
    expect(Object.keys(doc.paths["/b/{id}/app.json"]!.get!.responses)).toEqual(expect.arrayContaining(["200", "404", "410"]));
    expect(Object.keys(doc.paths["/b/{id}/opens"]!.post!.responses)).toEqual(expect.arrayContaining(["202", "400", "404", "410", "429"]));
    const report = doc.components.schemas.AppOpenReport!;
    expect(report.additionalProperties).toBe(false);
    expect(report.properties.platform).toMatchObject({ enum: ["ios", "android"] });
    expect(report.properties.source).toMatchObject({ enum: ["referrer", "clipboard", "universal-link", "smart-banner"] });
    expect(report.properties.installId).toMatchObject({ format: "uuid" });
    expect(Object.keys(doc.components.schemas.AppShare!.properties)).toEqual(["id", "url", "deepLink", "lang", "title", "briefing"]);
    const stats = doc.components.schemas.ShareStats!.properties;
    expect(stats.suspectedAutomation).toMatchObject({ properties: { views: expect.any(Object), ctaClicks: expect.any(Object) } });
    expect(stats.appOpensBySource).toMatchObject({ required: ["referrer", "clipboard", "universal-link", "smart-banner"] });
  });

  it("documents the share list and erasure: the list's parameters with their limits, its item fields, the erasure answer", async () => {
    const doc = (await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Json & { parameters?: Array<Json & { name: string }>; responses: Record<string, Json> }>>;
      components: { schemas: Record<string, Json & { properties: Record<string, Json>; required?: string[] }> };
    };
    const list = doc.paths["/api/shares"]!.get!;
    expect(list.parameters!.map((p) => p.name).sort()).toEqual(["cursor", "limit", "q", "sharerRef", "status"]);
    expect(list.parameters!.find((p) => p.name === "status")).toMatchObject({ in: "query", schema: { enum: ["live", "revoked", "expired"] } });
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(["200", "400", "401"]));
    expect(doc.components.schemas.ShareList!.required).toEqual(["shares", "nextCursor"]);
    expect(doc.components.schemas.ShareListItem!.required!.sort()).toEqual(
      ["createdAt", "ctaClicks", "expiresAt", "id", "lang", "sharer", "status", "title", "topic", "updatedAt", "url", "views"].sort(),
    );
    const erase = doc.paths["/api/sharers/{ref}"]!.delete!;
    expect(Object.keys(erase.responses)).toEqual(expect.arrayContaining(["200", "400", "401"]));
  });
});

describe("the PUT and deepLink in the OpenAPI document", () => {
  it("documents what PUT keeps, and deepLink on create, update and read", async () => {
    const doc = (await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { description?: string; requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>;
      components: { schemas: Record<string, { properties: Record<string, Json>; description?: string }> };
    };
    const put = doc.paths["/api/shares/{id}"]!.put!;
    expect(put.description).toMatch(/keep their stored values unless the body gives them; `null` clears/);
    expect(put.requestBody!.content["application/json"]!.schema.$ref).toBe("#/components/schemas/ShareUpdateRequest");
    const update = doc.components.schemas.ShareUpdateRequest!;
    for (const field of ["expiresIn", "sharer", "deepLink"]) {
      expect(JSON.stringify(update.properties[field]), field).toContain('"null"');
    }
    expect(doc.components.schemas.ShareRequest!.properties.deepLink).toMatchObject({ type: "string", maxLength: 512 });
    expect(doc.components.schemas.ShareDetail!.properties).toHaveProperty("deepLink");
  });
});

type Operation = {
  tags?: string[];
  summary?: string;
  operationId?: string;
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { example?: unknown }> }>;
};

/** Every (path, method, operation) of the document. */
function operations(doc: { paths: Record<string, Record<string, unknown>> }): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ["get", "put", "post", "delete", "patch", "head", "options"].includes(method))
      .map(([method, op]): [string, string, Operation] => [path, method, op as Operation]),
  );
}

describe("what outside tools need from the document", () => {
  const fetchDoc = async () =>
    (await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, Json>; securitySchemes: Json };
      tags: { name: string; description: string }[];
      security: unknown[];
    };

  it("has no $id anywhere (JSON Schema 2020-12 forbids a fragment $id)", async () => {
    const text = await (await SELF.fetch(`${ORIGIN}/api/openapi.json`)).text();
    expect(text).not.toContain('"$id"');
  });

  it("uses every component it declares", async () => {
    const doc = await fetchDoc();
    const used = new Set(refs(doc).map((r) => r.replace("#/components/schemas/", "")));
    expect(Object.keys(doc.components.schemas).filter((name) => !used.has(name))).toEqual([]);
  });

  it("gives every operation a defined tag, a summary, a unique operationId and an example of every JSON body", async () => {
    const doc = await fetchDoc();
    const tags = new Set(doc.tags.map((t) => t.name));
    const ids = new Set<string>();
    for (const [path, method, op] of operations(doc)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.tags?.length, where).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(tags.has(tag), `${where} tag ${tag}`).toBe(true);
      expect(op.summary, where).toBeTruthy();
      expect(ids.has(op.operationId!), `${where} operationId`).toBe(false);
      ids.add(op.operationId!);
      const bodies = [...Object.values(op.requestBody?.content ?? {}), ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}))];
      // The share API's own operations carry examples of every body (the analytics and app paths, added later, not yet).
      if (path.startsWith("/api/shares")) for (const body of bodies) expect(body.example, `${where} example`).toBeDefined();
    }
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes).toMatchObject({ bearer: { type: "http", scheme: "bearer" } });
  });

  it("declares the Location header of 201 and the Retry-After of 429", async () => {
    const doc = await fetchDoc();
    const create = (doc.paths["/api/shares"] as { post: Operation }).post;
    expect(create.responses["201"]!.headers).toHaveProperty("Location");
    expect(create.responses["429"]!.headers).toHaveProperty("Retry-After");
  });

  it("is cacheable, with an ETag that revalidates to 304", async () => {
    const first = await SELF.fetch(`${ORIGIN}/api/openapi.json`);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    await first.text();
    const again = await SELF.fetch(`${ORIGIN}/api/openapi.json`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const stale = await SELF.fetch(`${ORIGIN}/api/openapi.json`, { headers: { "if-none-match": '"old"' } });
    expect(stale.status).toBe(200);
  });
});
