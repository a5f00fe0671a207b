/** The brand's own pages unfurl with the brand card and offer Safari's Smart App Banner, like a share page. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readPngInfo } from "../../src/domain/png-info";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { parseHtml } from "../fixtures/html";

describe("GET / unfurls with the brand card", () => {
  it("declares a 1200×630 og:image at a stable URL and a large Twitter card", async () => {
    const page = await parseHtml(await (await SELF.fetch(`${ORIGIN}/`)).text());
    expect(page.meta.get("og:image")).toBe(`${ORIGIN}/og.png`);
    expect(page.meta.get("og:image:width")).toBe("1200");
    expect(page.meta.get("og:image:height")).toBe("630");
    expect(page.meta.get("og:image:type")).toBe("image/png");
    expect(page.meta.get("og:image:alt")).toContain("Scout");
    expect(page.meta.get("twitter:card")).toBe("summary_large_image");
  });

  it("serves that image: a 1200×630 PNG, cacheable, readable cross-origin, HEAD without a body", async () => {
    const response = await SELF.fetch(`${ORIGIN}/og.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(readPngInfo(bytes)).toMatchObject({ width: 1200, height: 630 });

    const again = await SELF.fetch(`${ORIGIN}/og.png`, { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
    const head = await SELF.fetch(`${ORIGIN}/og.png`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("image/png");
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });
});

describe("Smart App Banner on the brand's pages", () => {
  it.each([
    ["home", async () => "/", `app-id=6450000000, app-argument=${ORIGIN}/, affiliate-data=pt=118000000&ct=brand-smart-banner`],
    ["404", async () => "/b/NoSuchShare1", "app-id=6450000000, affiliate-data=pt=118000000&ct=brand-smart-banner"],
    [
      "410",
      async () => {
        const { id } = await createShare(buildShareRequest());
        expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
        return `/b/${id}`;
      },
      "app-id=6450000000, affiliate-data=pt=118000000&ct=brand-smart-banner",
    ],
  ])("the %s page carries apple-itunes-app", async (_name, path, expected) => {
    const page = await parseHtml(await (await SELF.fetch(`${ORIGIN}${await path()}`)).text());
    expect(page.meta.get("apple-itunes-app")).toBe(expected);
  });
});
