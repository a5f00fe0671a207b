/** Unsupported methods on API paths: 405 with Allow, before authentication; OPTIONS is one of them. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN, api } from "../fixtures/api";

describe("unsupported methods on API paths", () => {
  it.each([
    ["PATCH", "/shares", "GET, HEAD, POST"],
    ["PATCH", "/shares/abcdefghij", "DELETE, GET, HEAD, PUT"],
    ["POST", "/shares/abcdefghij", "DELETE, GET, HEAD, PUT"],
    ["OPTIONS", "/shares/abcdefghij", "DELETE, GET, HEAD, PUT"],
    ["DELETE", "/shares/abcdefghij/stats", "GET, HEAD"],
    ["OPTIONS", "/shares/abcdefghij/stats", "GET, HEAD"],
    ["POST", "/openapi.json", "GET, HEAD"],
    ["OPTIONS", "/openapi.json", "GET, HEAD"],
  ])("%s /api%s → 405 with Allow: %s (with or without a token)", async (method, path, allow) => {
    for (const token of [undefined, null]) {
      const response = await api(path, { method, token });
      expect(response.status, `${method} ${path} token=${token}`).toBe(405);
      expect(response.headers.get("allow")).toBe(allow);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 405, title: "Method not allowed" });
    }
  });

  it("still answers 404 for an API path no method has", async () => {
    const response = await api("/nowhere", { method: "OPTIONS" });
    expect(response.status).toBe(404);
  });

  it("answers a CORS preflight like any unsupported method: no CORS headers", async () => {
    const response = await SELF.fetch(`${ORIGIN}/api/shares`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("leaves supported methods alone: HEAD of the document, GET of a share", async () => {
    expect((await SELF.fetch(`${ORIGIN}/api/openapi.json`, { method: "HEAD" })).status).toBe(200);
    expect((await api("/shares/abcdefghij")).status).toBe(404);
  });
});
