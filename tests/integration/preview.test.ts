/** GET /b/:id/preview: the inspector shows every platform from the page's real tags and the real card. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing-schema";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { type ParsedPage, parseHtml } from "../fixtures/html";

const PLATFORMS = ["iMessage", "WhatsApp", "X", "Facebook", "LinkedIn", "Slack", "Discord"];

async function inspect(overrides: Partial<Briefing> = {}) {
  const share = await createShare(buildShareRequest({ briefing: buildBriefing(overrides) }));
  const response = await SELF.fetch(`${ORIGIN}/b/${share.id}/preview`);
  const html = await response.text();
  return { share, response, html, page: await parseHtml(html) };
}

/** The inspector's text for one platform: from its heading to the next platform's heading. */
function sectionOf(page: ParsedPage, platform: string): string {
  const headings = page.elements.filter((e) => e.tag === "h3").map((e) => e.text);
  const heading = headings.find((h) => h.startsWith(`${platform} `)) ?? platform;
  const start = page.bodyText.indexOf(heading);
  const ends = headings.map((h) => page.bodyText.indexOf(h)).filter((i) => i > start);
  return page.bodyText.slice(start, ends.length ? Math.min(...ends) : undefined);
}

describe("GET /b/:id/preview", () => {
  it("shows all seven platforms from the page's own tags, kept out of search", async () => {
    const { response, page } = await inspect({ title: "Inspector shows this title" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    expect(page.meta.get("robots")).toBe("noindex");
    const headings = page.elements.filter((e) => e.tag === "h3").map((e) => e.text);
    for (const platform of PLATFORMS) expect(headings.some((h) => h.startsWith(platform))).toBe(true);
    expect(page.bodyText).toContain("Inspector shows this title");
    // The raw view lists the og:image the page really declares.
    expect(page.bodyText).toMatch(/og:image\s*https:\/\/share\.test\/b\/[\w-]+\/og\.png\?v=/);
  });

  it("shows the real card: its size and weight, and an <img> of it from this origin", async () => {
    const { share, page } = await inspect();
    expect(page.bodyText).toMatch(/1200×630 PNG, \d+\.\d KB, HTTP 200/);
    const images = page.elements.filter((e) => e.tag === "img").map((e) => e.attributes.src);
    expect(images).toContain(`/b/${share.id}/og.png?v=${share.version}`);
  });

  it("warns where a platform cuts a long title, and not where it fits", async () => {
    const title = "Central banks in Europe, the United States and Japan signal a coordinated pause in rate rises as inflation cools";
    const { page } = await inspect({ title });
    expect(sectionOf(page, "WhatsApp")).toContain("WhatsApp cuts the title after about 65 characters");
    expect(sectionOf(page, "iMessage")).toContain("iMessage cuts the title");
    expect(sectionOf(page, "Discord")).not.toContain("cuts the title");
  });

  it("says a short, well-tagged briefing looks good on X and Discord", async () => {
    const { page } = await inspect({ title: "AI model pulled", summary: "A lab withdrew its model." });
    expect(sectionOf(page, "X")).toContain("Looks good");
    expect(sectionOf(page, "Discord")).toContain("Looks good");
  });

  it.each([
    ["an unknown id", "/b/NoSuchShare1/preview"],
    ["an id of the wrong shape", "/b/a!/preview"],
  ])("answers %s with 404", async (_name, path) => {
    const response = await SELF.fetch(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
  });

  it("answers a revoked share with the 410 page", async () => {
    const share = await createShare(buildShareRequest());
    expect((await api(`/shares/${share.id}`, { method: "DELETE" })).status).toBe(204);
    const response = await SELF.fetch(`${ORIGIN}/b/${share.id}/preview`);
    expect(response.status).toBe(410);
  });
});
