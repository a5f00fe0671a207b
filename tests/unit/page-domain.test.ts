import { describe, expect, it } from "vitest";
import { briefingPageModel } from "../../src/domain/briefing-page-model";
import { scriptSafeJson } from "../../src/domain/json-ld";
import { truncateText } from "../../src/domain/page-description";
import { formatPublishedDate } from "../../src/domain/published-date";
import { readingMinutes } from "../../src/domain/reading-time";
import { translatorFor } from "../../src/i18n/translator";
import type { Share } from "../../src/domain/share";
import { smartAppBannerContent } from "../../src/domain/smart-app-banner";
import { textDirection } from "../../src/domain/text-direction";
import { buildBriefing } from "../fixtures/briefings";

describe("textDirection", () => {
  it.each([
    ["ar", "rtl"], ["ar-EG", "rtl"], ["he", "rtl"], ["iw", "rtl"], ["fa", "rtl"], ["fa-AF", "rtl"], ["ur-PK", "rtl"],
    ["ps", "rtl"], ["yi", "rtl"], ["ckb", "rtl"], ["az-Arab", "rtl"], ["pa-Arab-PK", "rtl"], ["ku-Arab", "rtl"],
    ["en", "ltr"], ["en-US", "ltr"], ["fr", "ltr"], ["zh-Hant-TW", "ltr"], ["ja", "ltr"], ["ku-Latn", "ltr"],
    ["ar-Latn", "ltr"], ["AR", "rtl"], ["arn", "ltr"],
  ] as const)("%s is written %s", (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
  });
});

describe("readingMinutes", () => {
  const withText = (text: string, paragraphs = 1) =>
    buildBriefing({ title: "T", summary: "S", sections: [{ paragraphs: Array.from({ length: paragraphs }, () => ({ text })) }] });

  it.each([
    ["a short briefing", withText("word ".repeat(10)), 1],
    ["about 460 words", withText("word ".repeat(230), 2), 2],
    ["about 2300 words", withText("word ".repeat(230), 10), 10],
    ["1500 CJK characters", withText("新".repeat(500), 3), 3],
  ])("reads %s in %i min", (_name, briefing, minutes) => {
    expect(readingMinutes(briefing)).toBe(minutes);
  });

  it("labels minutes", () => {
    expect(translatorFor("en").plural("page.readingTime", 4)).toBe("4 min read");
  });
});

describe("formatPublishedDate", () => {
  it.each([
    ["2026-04-07T08:00:00Z", "en", "April 7, 2026"],
    ["2026-04-07T08:00:00Z", "en-GB", "7 April 2026"],
    ["2026-04-07T08:00:00Z", "fr", "7 avril 2026"],
    ["2026-04-07T23:30:00-05:00", "en", "April 8, 2026"],
    ["2026-04-07T08:00:00Z", "he", "7 באפריל 2026"],
  ])("formats %s for %s as %s (UTC)", (iso, lang, expected) => {
    expect(formatPublishedDate(iso, lang)).toBe(expected);
  });

  it.each([[undefined], ["not a date"]])("gives null for %s", (value) => {
    expect(formatPublishedDate(value, "en")).toBeNull();
  });
});

describe("scriptSafeJson", () => {
  it.each([
    ["</script><script>alert(1)</script>"],
    ["<!-- <script>"],
    ["a & b > c"],
    ["line\u2028separator\u2029"],
  ])("keeps %j inside its script element and round-trips it", (text) => {
    const json = scriptSafeJson({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe("truncateText", () => {
  it.each([
    ["short text", 200, "short text"],
    ["  spaced\n\nout   text ", 200, "spaced out text"],
    ["The quick brown fox jumps over the lazy dog", 20, "The quick brown fox…"],
    ["Supercalifragilisticexpialidocious", 10, "Supercali…"],
    ["Ends with a comma, then more words here", 20, "Ends with a comma…"],
  ])("cuts %j to at most %i characters: %j", (text, max, expected) => {
    const cut = truncateText(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });

  it("never splits a surrogate pair", () => {
    const cut = truncateText("😀".repeat(50), 12);
    expect(cut).toBe(`${"😀".repeat(5)}…`);
  });
});

describe("smartAppBannerContent", () => {
  it.each([
    [{ iosAppId: "6450000000", appleProviderToken: "118000000", appArgument: "https://s.app/b/x" }, "app-id=6450000000, app-argument=https://s.app/b/x, affiliate-data=pt=118000000&ct=share-smart-banner"],
    [{ iosAppId: "6450000000", appleProviderToken: null, appArgument: "https://s.app/b/x" }, "app-id=6450000000, app-argument=https://s.app/b/x"],
    [{ iosAppId: "6450000000", appleProviderToken: null, appArgument: null }, "app-id=6450000000"],
    [{ iosAppId: "6450000000", appleProviderToken: null, appArgument: "https://s.app/b/x,y" }, "app-id=6450000000"],
    [{ iosAppId: null, appleProviderToken: "118000000", appArgument: "https://s.app/b/x" }, null],
  ])("builds %j", (input, expected) => {
    expect(smartAppBannerContent(input)).toBe(expected);
  });
});

describe("briefingPageModel", () => {
  const share: Share = {
    id: "AbCdEfGh1234",
    briefing: buildBriefing({ lang: "ar" }),
    sharer: { name: "  " },
    version: "v3rs10n",
    createdAt: "2026-04-07T09:00:00.000Z",
    updatedAt: "2026-04-07T10:00:00.000Z",
    expiresAt: null,
    deepLink: null,
  };
  const settings = { origin: "https://s.app", appName: "Scout", appTagline: "Be smart", iosAppId: null, appleProviderToken: null, robots: "noindex" };

  it("derives URLs, direction and labels from the share", () => {
    const model = briefingPageModel(share, settings);
    expect(model).toMatchObject({
      lang: "ar",
      dir: "rtl",
      ogLocale: "ar_AR",
      canonicalUrl: "https://s.app/b/AbCdEfGh1234",
      ogImage: { url: "https://s.app/b/AbCdEfGh1234/og.png?v=v3rs10n", width: 1200, height: 630, type: "image/png" },
      smartAppBanner: null,
      sharerName: null,
      ctaHrefs: {
        banner: "https://s.app/b/AbCdEfGh1234/get?via=banner",
        inline: "https://s.app/b/AbCdEfGh1234/get?via=inline",
        footer: "https://s.app/b/AbCdEfGh1234/get?via=footer",
      },
    });
    expect(JSON.parse(model.jsonLd!)).toMatchObject({ "@type": "NewsArticle", inLanguage: "ar", dateModified: share.updatedAt });
  });

  it.each([
    ["pt-BR", "pt_BR"],
    ["en-us", "en_US"],
    ["zh-Hant-TW", "zh_TW"],
    ["en", "en_US"],
    ["zh-Hant", "zh_TW"],
    ["sw", null],
    ["sw-KE", "sw_KE"],
  ])("maps lang %s to og:locale %s", (lang, expected) => {
    expect(briefingPageModel({ ...share, briefing: buildBriefing({ lang }) }, settings).ogLocale).toBe(expected);
  });

  it("leaves absolute URLs out without an origin", () => {
    const model = briefingPageModel(share, { ...settings, origin: null });
    expect(model.canonicalUrl).toBeNull();
    expect(model.ogImage).toBeNull();
    expect(model.jsonLd).toBeNull();
    expect(model.ctaHrefs.footer).toBe("/b/AbCdEfGh1234/get?via=footer");
  });
});
