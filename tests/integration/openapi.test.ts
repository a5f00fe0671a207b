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
    expect(doc.servers).toEqual([{ url: ORIGIN }]);
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/analytics", "/api/analytics.csv", "/api/shares", "/api/shares/{id}", "/api/shares/{id}/stats", "/api/stats/lost-events", "/b/{id}/app.json", "/b/{id}/opens"]);
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
