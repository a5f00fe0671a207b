import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "../fixtures/api";
import { findAll, parseHtml } from "../fixtures/html";

describe("GET /", () => {
  it("is the brand's page: indexable, with the call to action tagged 'home'", async () => {
    const response = await SELF.fetch(`${ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("x-robots-tag")).toBeNull();
    const page = await parseHtml(await response.text());
    expect(page.meta.has("robots")).toBe(false);
    expect(page.title).toBe("Scout · Be the smartest in the room");
    expect(findAll(page, "h1").map((h) => h.text)).toEqual(["Be the smartest in the room"]);
    expect(findAll(page, "link", { rel: "canonical" })[0]?.attributes.href).toBe(`${ORIGIN}/`);
    expect(page.meta.get("description")).toContain("Scout");
    const ctas = findAll(page, "a").map((a) => a.attributes.href).filter((href) => href?.includes("/get"));
    expect(ctas.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ctas)).toEqual(new Set(["/get?via=home"]));
    expect(page.bodyText).toContain("Download on the App Store");
    expect(page.bodyText).toContain("GET IT ON Google Play");
  });
});

describe("GET /robots.txt", () => {
  it("lets every crawler fetch share pages and cards, and keeps them off the API", async () => {
    const response = await SELF.fetch(`${ORIGIN}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const rules = (await response.text())
      .split("\n")
      .map((line) => line.replace(/#.*/, "").trim())
      .filter(Boolean)
      .map((line) => line.split(/:\s*/, 2) as [string, string]);
    expect(rules).toEqual([
      ["User-agent", "*"],
      ["Allow", "/"],
      ["Disallow", "/api/"],
    ]);
  });

  it.each(["/b/abc123/og.png", "/b/abc123", "/"])("does not disallow %s", async (path) => {
    const text = await (await SELF.fetch(`${ORIGIN}/robots.txt`)).text();
    const disallowed = [...text.matchAll(/^Disallow:\s*(\S+)/gm)].map((m) => m[1]!);
    expect(disallowed.some((prefix) => path.startsWith(prefix))).toBe(false);
  });
});
