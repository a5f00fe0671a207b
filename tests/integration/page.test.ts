import { SELF } from "cloudflare:test";
import { REVEAL_ANDROID_ONLY } from "../../templates/briefing-page";
import { describe, expect, it } from "vitest";
import { shareUrls } from "../../src/domain/share-urls";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildBriefing, buildLongBriefing, buildShareRequest } from "../fixtures/briefings";
import { findAll, parseHtml } from "../fixtures/html";

async function openPage(id: string, init?: RequestInit) {
  const response = await SELF.fetch(`${ORIGIN}/b/${id}`, init);
  return { response, page: await parseHtml(await response.text()) };
}

describe("GET /b/:id: the head", () => {
  it("declares every preview tag with absolute, versioned URLs", async () => {
    const created = await createShare(buildShareRequest());
    const { response, page } = await openPage(created.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8$/i);

    const url = `${ORIGIN}/b/${created.id}`;
    const image = shareUrls.ogImage(ORIGIN, created.id, created.version);
    expect(page.title).toBe("AI model pulled · Scout");
    expect(findAll(page, "link", { rel: "canonical" }).map((l) => l.attributes.href)).toEqual([url]);
    expect(Object.fromEntries(page.meta)).toMatchObject({
      description: "A leading AI lab decided to withdraw its newest model.",
      "og:type": "article",
      "og:title": "AI model pulled",
      "og:description": "A leading AI lab decided to withdraw its newest model.",
      "og:url": url,
      "og:site_name": "Scout",
      "og:image": image,
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:type": "image/png",
      "twitter:card": "summary_large_image",
      "twitter:title": "AI model pulled",
      "twitter:description": "A leading AI lab decided to withdraw its newest model.",
      "twitter:image": image,
      "twitter:label1": "Reading time",
      "twitter:data1": "1 min read",
      "color-scheme": "light dark",
      robots: "noindex",
    });
    expect(page.meta.get("og:image:alt")).toContain("AI model pulled");
    expect(page.meta.get("theme-color")).toMatch(/^#[0-9a-f]{6}$/);
    expect(image).toBe(created.imageUrl);
  });

  it("puts the tags in the order crawlers read them, before the stylesheet", async () => {
    const { id } = await createShare(buildShareRequest());
    const { page } = await openPage(id);
    const keys = page.head.map((e) =>
      e.tag === "meta"
        ? (e.attributes.name ?? e.attributes.property ?? (e.attributes.charset ? "charset" : "?"))
        : e.tag === "link"
          ? `link:${e.attributes.rel}`
          : e.tag === "script"
            ? `script:${e.attributes.type}`
            : e.tag,
    );
    const expected = [
      "title", "description", "link:canonical", "og:type", "og:title", "og:description", "og:url", "og:site_name",
      "og:image", "og:image:width", "og:image:height", "og:image:alt", "og:image:type", "twitter:card",
      "twitter:title", "twitter:description", "twitter:image", "twitter:label1", "twitter:data1", "apple-itunes-app",
      "script:application/ld+json", "theme-color", "color-scheme", "robots", "style",
    ];
    const positions = expected.map((key) => keys.indexOf(key));
    expect(positions.every((p) => p >= 0), `missing: ${expected.filter((_, i) => positions[i]! < 0)}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(keys.slice(0, 3)).toEqual(["charset", "viewport", "title"]);
  });

  it("adds the Smart App Banner with the share URL as app-argument and campaign attribution", async () => {
    const { id } = await createShare(buildShareRequest());
    const { page } = await openPage(id);
    const banner = page.meta.get("apple-itunes-app") ?? "";
    const fields = Object.fromEntries(banner.split(/,\s*/).map((part) => [part.slice(0, part.indexOf("=")), part.slice(part.indexOf("=") + 1)]));
    expect(fields["app-id"]).toBe("6450000000");
    expect(fields["app-argument"]).toBe(`${ORIGIN}/b/${id}`);
    const affiliate = new URLSearchParams(fields["affiliate-data"]);
    expect(affiliate.get("pt")).toBe("118000000");
    expect(affiliate.get("ct")).toMatch(/^[\w-]{1,40}$/);
  });

  it("embeds a NewsArticle JSON-LD that parses and describes the briefing", async () => {
    const created = await createShare(buildShareRequest());
    const { page } = await openPage(created.id);
    const scripts = findAll(page, "script", { type: "application/ld+json" });
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts[0]!.text) as Record<string, unknown>;
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "AI model pulled",
      inLanguage: "en",
      datePublished: "2026-04-07T08:00:00Z",
      url: `${ORIGIN}/b/${created.id}`,
      image: [created.imageUrl],
      publisher: { "@type": "Organization", name: "Scout" },
    });
  });

  it("changes og:image when the briefing is replaced", async () => {
    const created = await createShare(buildShareRequest());
    const before = (await openPage(created.id)).page.meta.get("og:image");
    const put = await SELF.fetch(`${ORIGIN}/api/shares/${created.id}`, {
      method: "PUT",
      headers: { authorization: "Bearer test-token-current", "content-type": "application/json" },
      body: JSON.stringify(buildShareRequest({ briefing: buildBriefing({ title: "A new title" }) })),
    });
    expect(put.status).toBe(200);
    const after = (await openPage(created.id)).page;
    expect(after.meta.get("og:title")).toBe("A new title");
    expect(after.meta.get("og:image")).not.toBe(before);
  });
});

describe("GET /b/:id: weight", () => {
  it("is one standards-mode document with nothing else to fetch: no stylesheet, script, image or font URL", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await SELF.fetch(`${ORIGIN}/b/${id}`);
    const html = await response.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    const page = await parseHtml(html);
    // Icons and the manifest (issue 13.4) are the only links: same-origin files a browser or crawler fetches when it wants an icon.
    const icons = new Set(["icon", "apple-touch-icon", "manifest"]);
    const links = findAll(page, "link").filter((l) => l.attributes.rel !== "canonical" && !l.attributes.href?.startsWith("data:"));
    expect(links.filter((l) => !icons.has(l.attributes.rel ?? ""))).toEqual([]);
    expect(links.every((l) => l.attributes.href?.startsWith("/"))).toBe(true);
    expect(page.elements.filter((e) => e.tag === "script" && e.attributes.src !== undefined)).toEqual([]);
    expect(findAll(page, "img")).toEqual([]);
    expect(findAll(page, "style").every((s) => !/@import|url\(/.test(s.text))).toBe(true);
    // A static-page budget: the whole page, stylesheet included, in well under one TCP initial window ×2.
    expect(new TextEncoder().encode(html).length).toBeLessThan(28_000);
  });
});

describe("GET /b/:id: the content", () => {
  it("shows title, summary, every section and paragraph, topic, date, reading time and sharer", async () => {
    const briefing = buildLongBriefing(4, 3);
    const { id } = await createShare(buildShareRequest({ briefing, sharer: { name: "Grace Hopper" } }));
    const { page } = await openPage(id);
    expect(findAll(page, "h1").map((h) => h.text)).toEqual([briefing.title]);
    expect(page.bodyText).toContain(briefing.summary);
    const headings = findAll(page, "h2", { class: "section__heading" }).map((h) => h.text);
    expect(headings).toEqual(briefing.sections.map((s) => s.heading));
    const paragraphs = findAll(page, "p", { class: "paragraph__text" }).map((p) => p.text);
    expect(paragraphs).toEqual(briefing.sections.flatMap((s) => s.paragraphs.map((p) => p.text)));
    expect(findAll(page, "span", { class: "topic" })[0]?.text).toBe("AI");
    expect(findAll(page, "time")[0]?.attributes.datetime).toBe("2026-04-07T08:00:00Z");
    expect(findAll(page, "time")[0]?.text).toBe("April 7, 2026");
    expect(page.bodyText).toMatch(/\b\d+ min read\b/);
    expect(page.bodyText).toContain("Shared by Grace Hopper");
  });

  it("says nothing about a sharer who gave no name", async () => {
    const { id } = await createShare(buildShareRequest({ sharer: { ref: "user-7" } }));
    const { page } = await openPage(id);
    expect(page.bodyText).not.toContain("Shared by");
    expect(page.bodyText).not.toContain("user-7");
  });

  it("links every citation out safely, and shows a citation without URL as plain text", async () => {
    const briefing = buildBriefing({
      summaryCitations: [{ label: "reuters.com", url: "https://www.reuters.com/a" }, { label: "press release" }],
    });
    const { id } = await createShare(buildShareRequest({ briefing }));
    const { page } = await openPage(id);
    const chips = findAll(page, "a", { class: "chip" });
    expect(chips.map((c) => c.attributes.href)).toEqual(["https://www.reuters.com/a", "https://www.anthropic.com/news"]);
    for (const chip of chips) {
      expect(chip.attributes.rel?.split(" ").sort()).toEqual(["nofollow", "noopener", "noreferrer", "ugc"]);
      expect(chip.attributes.target).toBe("_blank");
    }
    expect(findAll(page, "span", { class: "chip" }).map((c) => c.text)).toEqual(["press release"]);
  });

  it("links each call to action to the CTA route with its own placement", async () => {
    const { id } = await createShare(buildShareRequest({ briefing: buildLongBriefing(3, 1) }));
    const { page } = await openPage(id);
    const hrefs = findAll(page, "a").map((a) => a.attributes.href ?? "");
    const ctas = hrefs.filter((href) => href.includes("/get"));
    expect(new Set(ctas)).toEqual(
      new Set(["banner", "inline", "footer"].map((via) => `${ORIGIN}/b/${id}/get?via=${via}`)),
    );
    expect(page.bodyText).toContain("Get your own daily briefing");
    expect(page.bodyText).toContain("Download on the App Store");
    expect(page.bodyText).toContain("Shared from Scout — Be the smartest in the room");
  });

  it.each([
    ["fr", "7 avril 2026"],
    ["de", "7. April 2026"],
    ["ja", "2026年4月7日"],
    ["pt-BR", "7 de abril de 2026"],
  ])("formats the date for lang %s as %s", async (lang, expected) => {
    const { id } = await createShare(buildShareRequest({ briefing: buildBriefing({ lang }) }));
    const { page } = await openPage(id);
    expect(page.html.lang).toBe(lang);
    expect(findAll(page, "time")[0]?.text).toBe(expected);
  });

  it.each([
    ["ar", "rtl"],
    ["he", "rtl"],
    ["fa-IR", "rtl"],
    ["ur", "rtl"],
    ["en", "ltr"],
    ["de-CH", "ltr"],
    ["zh-Hant", "ltr"],
  ])("lays out a %s briefing %s", async (lang, dir) => {
    const { id } = await createShare(buildShareRequest({ briefing: buildBriefing({ lang, title: "عنوان" }) }));
    const { page } = await openPage(id);
    expect(page.html).toEqual({ lang, dir });
  });

  it("renders a briefing without optional fields", async () => {
    const briefing = {
      title: "Just a title",
      summary: "And a summary.",
      sections: [{ paragraphs: [{ text: "One paragraph." }] }],
    };
    const { id } = await createShare({ briefing });
    const { response, page } = await openPage(id);
    expect(response.status).toBe(200);
    expect(findAll(page, "time")).toHaveLength(0);
    expect(findAll(page, "span", { class: "topic" })).toHaveLength(0);
    expect(findAll(page, "h2", { class: "section__heading" })).toHaveLength(0);
    expect(page.html).toEqual({ lang: "en", dir: "ltr" });
  });
});

describe("GET /b/:id: escaping", () => {
  const HOSTILE = `</title></script><script>alert(1)</script><img src=x onerror=alert(2)>"'&amp;<!--`;

  it("escapes every briefing and sharer field: hostile text is shown as text, never as markup", async () => {
    const briefing = buildBriefing({
      title: `T ${HOSTILE}`,
      summary: `S ${HOSTILE}`,
      summaryCitations: [{ label: `C ${HOSTILE}`, url: "https://example.com/?q=\"><script>alert(3)</script>" }],
      sections: [{ heading: `H ${HOSTILE}`, paragraphs: [{ text: `P ${HOSTILE}`, citations: [{ label: `Q ${HOSTILE}` }] }] }],
      topic: `X ${HOSTILE}`.slice(0, 60),
    });
    const { id } = await createShare(buildShareRequest({ briefing, sharer: { name: `N ${HOSTILE}`.slice(0, 80) } }));
    const { page } = await openPage(id);

    expect(findAll(page, "img")).toHaveLength(0);
    // Only the template's two scripts: the JSON-LD and the Android-only reveal.
    expect(findAll(page, "script").map((s) => s.attributes.type ?? s.text)).toEqual(["application/ld+json", REVEAL_ANDROID_ONLY]);
    expect(findAll(page, "title")).toHaveLength(1);
    expect(page.title).toBe(`T ${HOSTILE} · Scout`);
    expect(page.meta.get("og:title")).toBe(`T ${HOSTILE}`);
    expect(findAll(page, "h1")[0]?.text).toBe(`T ${HOSTILE}`);
    expect(findAll(page, "p", { class: "summary__text" })[0]?.text).toBe(`S ${HOSTILE}`);
    expect(findAll(page, "h2", { class: "section__heading" })[0]?.text).toBe(`H ${HOSTILE}`);
    expect(findAll(page, "p", { class: "paragraph__text" })[0]?.text).toBe(`P ${HOSTILE}`);
    expect(findAll(page, "a", { class: "chip" })[0]?.attributes.href).toBe("https://example.com/?q=\"><script>alert(3)</script>");
    expect(page.bodyText).toContain(`Q ${HOSTILE}`.replace(/\s+/g, " "));
    expect(page.bodyText).toContain(`N ${HOSTILE}`.slice(0, 80).replace(/\s+/g, " "));
    const article = JSON.parse(findAll(page, "script")[0]!.text) as { headline: string };
    expect(article.headline).toBe(`T ${HOSTILE}`);
  });
});

describe("GET /b/:id: one page for people and previews", () => {
  const PREVIEW_FETCHERS = [
    ["iMessage", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0"],
    ["WhatsApp", "WhatsApp/2.23.20.0 A"],
    ["X", "Twitterbot/1.0"],
    ["Facebook", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"],
    ["LinkedIn", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"],
    ["Slack", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"],
    ["Discord", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)"],
    ["Telegram", "TelegramBot (like TwitterBot)"],
    ["Teams", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com"],
  ] as const;

  it.each(PREVIEW_FETCHERS)("serves %s the same HTML as a person (no cloaking)", async (_name, userAgent) => {
    const { id } = await createShare(buildShareRequest());
    const person = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1" } });
    const crawler = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "user-agent": userAgent } });
    expect(crawler.status).toBe(200);
    const stripNonce = (html: string) => html.replace(/nonce="[^"]+"/g, 'nonce=""');
    expect(stripNonce(await crawler.text())).toBe(stripNonce(await person.text()));
    expect(crawler.headers.get("etag")).toBe(person.headers.get("etag"));
  });
});
