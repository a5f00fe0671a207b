import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../src/env";
import { securityHeaders } from "../../src/http/security-headers";

/** A tiny app behind the middleware, answering in the ways real routes do. */
function appAnswering(respond: () => Response) {
  return new Hono<AppEnv>().use("*", securityHeaders()).get("/", () => respond());
}

describe("securityHeaders", () => {
  it.each([
    ["a plain response", () => new Response("ok")],
    ["a redirect (immutable headers)", () => Response.redirect("https://apps.apple.com/app/id1", 302)],
  ])("adds every header to %s", async (_name, respond) => {
    const response = await appAnswering(respond).request("/");
    for (const name of ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy", "permissions-policy"]) {
      expect(response.headers.get(name), name).not.toBeNull();
    }
  });

  it("keeps a header a route chose itself", async () => {
    const response = await appAnswering(() => new Response("ok", { headers: { "content-security-policy": "default-src 'self'" } })).request("/");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
  });

  it("gives a 304 no CSP, so the cached page keeps the policy that matches its nonce", async () => {
    const response = await appAnswering(() => new Response(null, { status: 304, headers: { etag: '"a"' } })).request("/");
    expect(response.status).toBe(304);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("hands the route the same nonce the CSP allows", async () => {
    const app = new Hono<AppEnv>().use("*", securityHeaders()).get("/", (c) => c.text(c.var.cspNonce));
    const response = await app.request("/");
    const nonce = await response.text();
    expect(response.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
  });
});
