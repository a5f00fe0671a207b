/** Per-platform warnings of the preview inspector, from tags and the fetched card. */
import { describe, expect, it } from "vitest";
import { type FetchedImage, type HeadTags, unfurlPreviews } from "../../src/domain/unfurl-preview";

const TAGS: HeadTags = {
  title: "AI model pulled · Scout",
  description: "A leading AI lab withdrew its newest model.",
  "og:title": "AI model pulled",
  "og:description": "A leading AI lab withdrew its newest model.",
  "og:url": "https://share.example.app/b/q3V9-xk2LrT_",
  "og:image": "https://share.example.app/b/q3V9-xk2LrT_/og.png?v=abc",
  "og:image:width": "1200",
  "og:image:height": "630",
  "twitter:card": "summary_large_image",
};
const CARD: FetchedImage = { status: 200, contentType: "image/png", png: { width: 1200, height: 630, bytes: 80_000 }, bytes: 80_000 };

function warningsFor(platform: string, tags: HeadTags = TAGS, image: FetchedImage | null = CARD) {
  const found = unfurlPreviews(tags, image).find((p) => p.platform === platform);
  if (!found) throw new Error(`no ${platform}`);
  return found;
}

describe("unfurlPreviews", () => {
  it("has no warning anywhere for a short, fully tagged page and a 1200×630 PNG", () => {
    const previews = unfurlPreviews(TAGS, CARD);
    expect(previews.map((p) => p.platform)).toEqual(["imessage", "whatsapp", "x", "facebook", "linkedin", "slack", "discord"]);
    for (const preview of previews) {
      expect(preview.warnings).toEqual([]);
      expect(preview.image).toBe(true);
      expect(preview.domain).toBe("share.example.app");
    }
  });

  const longTitle = { ...TAGS, "og:title": "A".repeat(40) + " " + "B".repeat(40), "twitter:title": "A".repeat(40) + " " + "B".repeat(40) };
  it.each([
    ["imessage", true],
    ["whatsapp", true],
    ["x", true],
    ["linkedin", true],
    ["facebook", false],
    ["slack", false],
    ["discord", false],
  ])("an 81-character title: %s cuts it → %s", (platform, cuts) => {
    const preview = warningsFor(platform, longTitle);
    expect(preview.warnings.some((w) => w.includes("cuts the title"))).toBe(cuts);
    if (cuts) expect(preview.title?.endsWith("…")).toBe(true);
  });

  it("shows no description where the platform shows none (iMessage, LinkedIn)", () => {
    expect(warningsFor("imessage").description).toBeNull();
    expect(warningsFor("linkedin").description).toBeNull();
    expect(warningsFor("slack").description).toBe(TAGS["og:description"]);
  });

  it("reads X's own twitter:title before og:title", () => {
    expect(warningsFor("x", { ...TAGS, "twitter:title": "For X" }).title).toBe("For X");
  });

  it.each([
    ["over WhatsApp's 300 KB", { ...CARD, bytes: 400 * 1024 }, "whatsapp", "no image will show"],
    ["not a PNG", { ...CARD, png: null, contentType: "text/html" }, "facebook", "not a PNG"],
    ["a 404", { ...CARD, status: 404, png: null }, "slack", "HTTP 404"],
    ["square", { ...CARD, png: { width: 600, height: 600, bytes: 1 } }, "x", "crops it"],
    ["too small for LinkedIn's large preview", { ...CARD, png: { width: 800, height: 419, bytes: 1 } }, "linkedin", "small thumbnail"],
  ])("warns when the image is %s", (_name, image, platform, words) => {
    const preview = warningsFor(platform, TAGS, image);
    expect(preview.warnings.join(" ")).toContain(words);
  });

  it("drops the image where a blocking problem hides it, and keeps it elsewhere", () => {
    const heavy = { ...CARD, bytes: 400 * 1024 };
    expect(warningsFor("whatsapp", TAGS, heavy).image).toBe(false);
    expect(warningsFor("discord", TAGS, heavy).image).toBe(true);
  });

  it.each([
    ["no og:image", { ...TAGS, "og:image": undefined }, "imessage", "shows no image"],
    ["an http og:image", { ...TAGS, "og:image": "http://share.example.app/x.png" }, "whatsapp", "not https"],
    ["no twitter:card", { ...TAGS, "twitter:card": undefined }, "x", "summary_large_image"],
    ["twitter:card summary", { ...TAGS, "twitter:card": "summary" }, "discord", "small thumbnail"],
    ["no og:image:width", { ...TAGS, "og:image:width": undefined }, "facebook", "og:image:width"],
    ["no title at all", { ...TAGS, "og:title": undefined, title: undefined }, "slack", "bare link"],
    ["no description", { ...TAGS, "og:description": undefined, description: undefined }, "whatsapp", "title alone"],
  ])("warns about %s", (_name, tags, platform, words) => {
    expect(warningsFor(platform, tags).warnings.join(" ")).toContain(words);
  });
});
