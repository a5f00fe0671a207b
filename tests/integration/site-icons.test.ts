import { SELF, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readPngInfo } from "../../src/domain/png-info";
import { SITE_ICONS } from "../../src/domain/site-icons";
import { brandMarkSvg } from "../../templates/components/brand-mark-geometry";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { parseHtml } from "../fixtures/html";
import { readIcoInfo } from "../fixtures/ico-info";
import { DESKTOP_CHROME } from "../fixtures/user-agents";

/**
 * As Cloudflare routes a request: a file of public/ is answered by the static-assets layer before
 * the Worker runs (wrangler.toml's [assets] without run_worker_first), anything else by the Worker.
 * SELF.fetch alone reaches only the Worker.
 */
async function fetchLikeCloudflare(url: string | URL): Promise<Response> {
  const asset = await env.ASSETS.fetch(url);
  if (asset.status !== 404) return asset;
  await asset.body?.cancel();
  return SELF.fetch(url);
}

async function bytesOf(path: string) {
  const response = await fetchLikeCloudflare(`${ORIGIN}${path}`);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** PNG colour type (IHDR byte 25): 2 is RGB, no alpha channel, so every pixel is opaque. */
const colourType = (bytes: Uint8Array) => bytes[25];

describe("the site's icons", () => {
  it.each([
    [SITE_ICONS.appleTouch, 180, true],
    [SITE_ICONS.appleTouchPrecomposed, 180, true],
    [SITE_ICONS.png192, 192, false],
    [SITE_ICONS.png512, 512, false],
    [SITE_ICONS.maskable512, 512, true],
  ])("%s answers a %i px square PNG (opaque: %s)", async (path, size, opaque) => {
    const { response, bytes } = await bytesOf(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(readPngInfo(bytes)).toMatchObject({ width: size, height: size });
    if (opaque) expect(colourType(bytes)).toBe(2);
  });

  it("/favicon.ico is an icon file with 16, 32 and 48 px images", async () => {
    const { response, bytes } = await bytesOf(SITE_ICONS.favicon);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
    const images = readIcoInfo(bytes);
    expect(images?.map(({ width, height }) => [width, height])).toEqual([[16, 16], [32, 32], [48, 48]]);
    expect(images?.map((image) => image.png && [image.png.width, image.png.height])).toEqual([[16, 16], [32, 32], [48, 48]]);
  });

  it("/icon.svg is the brand mark as brand-mark-geometry.ts draws it (the committed icons are not stale)", async () => {
    const { response, bytes } = await bytesOf(SITE_ICONS.svg);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(new TextDecoder().decode(bytes).trim()).toBe(brandMarkSvg());
  });
});

describe("GET /site.webmanifest", () => {
  it("names the app and lists fetchable icons, maskable included, and the native apps", async () => {
    const response = await fetchLikeCloudflare(`${ORIGIN}${SITE_ICONS.manifest}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      background_color: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
      related_applications: { platform: string }[];
    };
    expect(manifest).toMatchObject({ name: "Scout", short_name: "Scout", start_url: "/" });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
    );
    for (const icon of manifest.icons) {
      const fetched = await fetchLikeCloudflare(new URL(icon.src, `${ORIGIN}${SITE_ICONS.manifest}`));
      expect(fetched.status, icon.src).toBe(200);
      expect(fetched.headers.get("content-type"), icon.src).toContain(icon.type);
      if (icon.type === "image/png") {
        const info = readPngInfo(new Uint8Array(await fetched.arrayBuffer()));
        expect(`${info?.width}x${info?.height}`).toBe(icon.sizes);
      } else await fetched.body?.cancel();
    }
    expect(manifest.related_applications.map((app) => app.platform).sort()).toEqual(["itunes", "play"]);
  });
});

describe("every page links the icons and the manifest", () => {
  async function pages(): Promise<[string, string, RequestInit?][]> {
    const live = await createShare(buildShareRequest());
    const revoked = await createShare(buildShareRequest());
    expect((await api(`/shares/${revoked.id}`, { method: "DELETE" })).status).toBe(204);
    return [
      ["home", "/"],
      ["share page", `/b/${live.id}`],
      ["404 page", "/b/NoSuchShare1"],
      ["410 page", `/b/${revoked.id}`],
      ["get-the-app page", "/get?via=home", { headers: { "user-agent": DESKTOP_CHROME } }],
      ["preview inspector", `/b/${live.id}/preview`],
    ];
  }

  it("links favicon.ico, the SVG icon, the apple-touch icon and the manifest from <head>", async () => {
    for (const [name, path, init] of await pages()) {
      const response = await SELF.fetch(`${ORIGIN}${path}`, init);
      expect(response.headers.get("content-type"), name).toMatch(/^text\/html/);
      const page = await parseHtml(await response.text());
      const links = page.head.filter((element) => element.tag === "link").map((link) => `${link.attributes.rel} ${link.attributes.href}`);
      expect(links, name).toEqual(
        expect.arrayContaining([
          `icon ${SITE_ICONS.favicon}`,
          `icon ${SITE_ICONS.svg}`,
          `apple-touch-icon ${SITE_ICONS.appleTouch}`,
          `manifest ${SITE_ICONS.manifest}`,
        ]),
      );
      // What a logo finder (metascraper-logo-favicon) reads: every icon link resolves to a real image.
      for (const link of page.head.filter((element) => element.tag === "link" && /icon/.test(element.attributes.rel ?? ""))) {
        const icon = await fetchLikeCloudflare(new URL(link.attributes.href!, `${ORIGIN}${path}`));
        expect(icon.status, `${name}: ${link.attributes.href}`).toBe(200);
        expect(icon.headers.get("content-type"), `${name}: ${link.attributes.href}`).toMatch(/^image\//);
        await icon.body?.cancel();
      }
    }
  });
});

describe("the share page's JSON-LD logo", () => {
  it("is the served 512 px icon", async () => {
    const live = await createShare(buildShareRequest());
    const page = await parseHtml(await (await SELF.fetch(`${ORIGIN}/b/${live.id}`)).text());
    const jsonLd = page.elements.find((element) => element.tag === "script" && element.attributes.type === "application/ld+json");
    const logo = (JSON.parse(jsonLd!.text) as { publisher: { logo: { url: string; width: number } } }).publisher.logo;
    expect(logo.url).toBe(`${ORIGIN}${SITE_ICONS.png512}`);
    const { response, bytes } = await bytesOf(new URL(logo.url).pathname);
    expect(response.status).toBe(200);
    expect(readPngInfo(bytes)).toMatchObject({ width: logo.width, height: logo.width });
  });
});
