import { describe, expect, it } from "vitest";
import { briefingPageModel } from "../../src/domain/briefing-page-model";
import { HEADLINE_MAX_CHARS, newsArticle } from "../../src/domain/json-ld";
import type { Share } from "../../src/domain/share";
import { truncateGraphemes } from "../../src/domain/truncate-graphemes";
import { buildBriefing } from "../fixtures/briefings";

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

describe("truncateGraphemes", () => {
  const family = "👩‍👩‍👧‍👦"; // 11 code units, one grapheme
  const flag = "🇨🇭"; // 4 code units, one grapheme
  const accented = "e\u0301"; // e + combining acute, one grapheme

  it.each([
    ["short text, unchanged", "AI model pulled", 110, "AI model pulled"],
    ["exactly at the limit, unchanged", "x".repeat(110), 110, "x".repeat(110)],
    ["cut at the last space", "Leaders meet in Geneva for talks on the future of AI", 30, "Leaders meet in Geneva for…"],
    ["cut at a word end", "Leaders meet in Geneva", 16, "Leaders meet in…"],
    ["trailing punctuation dropped", "One, two, three, four", 11, "One, two…"],
    ["CJK without spaces", "東京で新しいAI規制が発表された。各社は対応を急いでいる。", 10, "東京で新しいAI規…"],
  ])("%s", (_label, text, max, expected) => {
    expect(truncateGraphemes(text, max)).toBe(expected);
  });

  it.each([
    ["a ZWJ family emoji", `${"a".repeat(100)}${family}${"b".repeat(20)}`],
    ["a flag", `${"a".repeat(107)}${flag}${"b".repeat(20)}`],
    ["a combining accent", `${"a".repeat(108)}${accented}${"b".repeat(20)}`],
  ])("never splits %s", (_label, text) => {
    const cut = truncateGraphemes(text, 110);
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith("…")).toBe(true);
    // Every grapheme of the cut (but the ellipsis) is a whole grapheme of the original.
    const original = graphemes(text);
    const kept = graphemes(cut).slice(0, -1);
    expect(kept).toEqual(original.slice(0, kept.length));
  });
});

describe("newsArticle", () => {
  const organization = { name: "Scout", url: "https://s.app/", logo: { url: "https://s.app/icon-512.png", width: 512, height: 512 } };
  const base = { url: "https://s.app/b/AbCdEfGh1234", imageUrl: "https://s.app/b/AbCdEfGh1234/og.png?v=v1", organization };
  const dates = { createdAt: "2026-04-07T09:00:00.000Z", updatedAt: "2026-04-07T10:00:00.000Z" };

  it("names the app as author and publisher, an Organization with url and logo", () => {
    const article = newsArticle({ briefing: buildBriefing(), ...base, ...dates });
    const app = {
      "@type": "Organization",
      name: "Scout",
      url: "https://s.app/",
      logo: { "@type": "ImageObject", url: "https://s.app/icon-512.png", width: 512, height: 512 },
    };
    expect(article.author).toEqual(app);
    expect(article.publisher).toEqual(app);
  });

  it.each([
    ["the briefing's publishedAt", { publishedAt: "2026-04-07T08:00:00Z" }, { datePublished: "2026-04-07T08:00:00Z" }, "dateCreated"],
    ["the share time, as dateCreated, without publishedAt", { publishedAt: undefined }, { dateCreated: dates.createdAt }, "datePublished"],
  ])("dates the article from %s", (_label, overrides, expected, absent) => {
    const article = newsArticle({ briefing: buildBriefing(overrides), ...base, ...dates });
    expect(article).toMatchObject({ ...expected, dateModified: dates.updatedAt });
    expect(article).not.toHaveProperty(absent);
  });

  it.each([
    ["en", undefined, "en"],
    ["the briefing's lang", "pt-BR", "pt-BR"],
  ])("declares inLanguage (%s)", (_label, lang, expected) => {
    expect(newsArticle({ briefing: buildBriefing({ lang }), ...base, ...dates }).inLanguage).toBe(expected);
  });

  it.each([
    ["a 200-character title", "Word ".repeat(40).trim()],
    ["a 200-character emoji title", "🇨🇭👩‍👩‍👧‍👦".repeat(14)],
    ["a 110-character title", "x".repeat(110)],
  ])("keeps the headline within 110 characters for %s", (_label, title) => {
    const article = newsArticle({ briefing: buildBriefing({ title }), ...base, ...dates });
    expect(article.headline.length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS);
    expect(title.startsWith(article.headline.replace(/…$/, ""))).toBe(true);
    expect(article.name).toBe(title);
  });
});

describe("the page's JSON-LD", () => {
  it("uses PUBLIC_ORIGIN for the Organization's url and the served 512 px icon as its logo", () => {
    const share: Share = {
      id: "AbCdEfGh1234",
      briefing: buildBriefing({ publishedAt: undefined, title: "T".repeat(150) }),
      sharer: null,
      version: "v1",
      createdAt: "2026-04-07T09:00:00.000Z",
      updatedAt: "2026-04-07T09:00:00.000Z",
      expiresAt: null,
      deepLink: null,
    };
    const model = briefingPageModel(share, {
      origin: "https://s.app",
      appName: "Scout",
      appTagline: "Be smart",
      iosAppId: null,
      appleProviderToken: null,
      robots: "noindex",
    });
    const article = JSON.parse(model.jsonLd!);
    expect(article.publisher).toMatchObject({ name: "Scout", url: "https://s.app/", logo: { url: "https://s.app/icon-512.png" } });
    expect(article.dateCreated).toBe(share.createdAt);
    expect(article.datePublished).toBeUndefined();
    expect(article.headline.length).toBeLessThanOrEqual(110);
  });
});
