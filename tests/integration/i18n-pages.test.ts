import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { MessageKey } from "../../src/i18n/catalog";
import { LANGUAGE_TAGS, LANGUAGES, type LanguageTag } from "../../src/i18n/languages";
import { en } from "../../src/i18n/messages/en";
import { translatorFor } from "../../src/i18n/translator";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildBriefing } from "../fixtures/briefings";
import { type ParsedPage, parseHtml } from "../fixtures/html";
import { DESKTOP_CHROME } from "../fixtures/user-agents";

/** The configured tagline and per-language copy of vitest.config.ts. */
const APP = "Scout";
const TAGLINE = "Be the smartest in the room";
const VALUES = { app: APP, tagline: TAGLINE, title: "Headline", name: "Ada", pitch: en["cta.pitch"].replace("{app}", APP), status: "404", count: 1 };
/** Names that stay as they are in every language. */
const BRAND_NAMES = [APP, "App Store", "Google Play", "iPhone", "Android"];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Every English fixed string as the pages would render it, for the messages a language translates
 * (a message identical in both is not an English leftover). Brand names alone ("App Store") and
 * strings too short to mean anything (".", "+1") are left out: they would match any page.
 */
function englishLeftovers(tag: LanguageTag): Array<{ key: MessageKey; text: string }> {
  const render = (language: LanguageTag, key: MessageKey) => {
    const t = translatorFor(language);
    return squash(typeof en[key] === "string" ? (t.t as (key: MessageKey, params: object) => string)(key, VALUES) : t.plural(key as "card.sources", 1));
  };
  return (Object.keys(en) as MessageKey[])
    .map((key) => ({ key, text: render("en", key), translated: render(tag, key) }))
    .filter(({ text, translated }) => text !== translated)
    .filter(({ text }) => (BRAND_NAMES.reduce((rest, brand) => rest.replaceAll(brand, ""), text).match(/\p{L}/gu) ?? []).length >= 4)
    .map(({ key, text }) => ({ key, text }));
}

/** All a reader or a crawler can read: title, visible text, every attribute (alt, aria-label, meta content). */
function readableText(page: ParsedPage): string {
  return squash([page.title, page.bodyText, ...page.elements.flatMap((element) => Object.values(element.attributes))].join("\n"));
}

function expectSpeaks(page: ParsedPage, tag: LanguageTag) {
  const readable = readableText(page);
  const found = englishLeftovers(tag)
    .filter(({ text }) => readable.includes(text))
    .map(({ key, text }) => `${key}: ${text}`);
  expect(found).toEqual([]);
}

async function open(path: string, headers: HeadersInit = {}) {
  const response = await SELF.fetch(`${ORIGIN}${path}`, { headers });
  return { response, page: await parseHtml(await response.text()) };
}

describe("the share page speaks the briefing's language", () => {
  it.each(LANGUAGE_TAGS)("%s: its own words, lang, dir and og:locale", async (tag) => {
    const briefing = buildBriefing({ lang: tag, publishedAt: "2026-04-07T08:00:00Z", topic: "Topic" });
    const created = await createShare({ briefing, sharer: { name: "Ada" } });
    // An English reader's browser must not change a share page: the briefing decides.
    const { response, page } = await open(`/b/${created.id}`, { "accept-language": "en-US,en;q=0.9" });
    expect(response.status).toBe(200);
    expect(page.html).toEqual({ lang: tag, dir: LANGUAGES[tag].dir });
    expect(page.meta.get("og:locale")).toBe(LANGUAGES[tag].ogLocale);
    expect(page.meta.get("twitter:label1")).toBe(translatorFor(tag).t("page.readingTimeLabel"));
    expect(page.bodyText).toContain(translatorFor(tag).t("cta.title"));
    expectSpeaks(page, tag);
    const jsonLd = page.elements.find((element) => element.tag === "script" && element.attributes.type === "application/ld+json");
    expect(JSON.parse(jsonLd!.text)).toMatchObject({ inLanguage: tag });
  });

  it.each([
    ["pt-PT", "pt", "pt_PT", "Compartilhado por"],
    ["zh-TW", "zh-Hant", "zh_TW", "分享"],
    ["zh-HK", "zh-Hant", "zh_HK", "重點摘要"],
    ["zh-CN", "zh-Hans", "zh_CN", "要点速览"],
    ["iw", "he", "he_IL", "בקצרה"],
    ["en-GB", "en", "en_GB", "In brief"],
    ["es-MX", "es", "es_MX", "En resumen"],
  ] as const)("%s is served by the %s catalog, og:locale %s", async (lang, _catalog, ogLocale, phrase) => {
    const created = await createShare({ briefing: buildBriefing({ lang }), sharer: { name: "Ada" } });
    const { page } = await open(`/b/${created.id}`);
    expect(page.html.lang).toBe(lang);
    expect(page.meta.get("og:locale")).toBe(ogLocale);
    expect(page.bodyText).toContain(phrase);
  });

  it("speaks English around a briefing in a language it has no catalog for, and says so", async () => {
    const created = await createShare({ briefing: buildBriefing({ lang: "ur-PK", title: "خبر" }), sharer: { name: "Ada" } });
    const { page } = await open(`/b/${created.id}`, { "accept-language": "de" });
    expect(page.html).toEqual({ lang: "ur-PK", dir: "rtl" });
    expect(page.meta.get("og:locale")).toBe("ur_PK");
    expect(page.bodyText).toContain("Get your own daily briefing");
    expect(page.bodyText).toContain("Shared by Ada");
    // The English words are marked English and left to right inside the Urdu page.
    const header = page.elements.find((element) => element.tag === "header" && element.attributes.class === "site-header");
    expect(header?.attributes).toMatchObject({ lang: "en", dir: "ltr" });
    const summaryLabel = page.elements.find((element) => element.attributes.id === "summary-label");
    expect(summaryLabel?.attributes).toMatchObject({ lang: "en", dir: "ltr" });
  });

  it("shows the tagline and pitch configured for the language, and the default elsewhere", async () => {
    const ja = await createShare({ briefing: buildBriefing({ lang: "ja" }) });
    const de = await createShare({ briefing: buildBriefing({ lang: "de" }) });
    const { page: jaPage } = await open(`/b/${ja.id}`);
    const { page: dePage } = await open(`/b/${de.id}`);
    expect(jaPage.bodyText).toContain("毎朝、一歩先へ。");
    expect(jaPage.bodyText).toContain("Scoutが世界のニュースを読み、毎朝まとめて届けます。");
    expect(jaPage.bodyText).not.toContain(TAGLINE);
    expect(dePage.bodyText).toContain(TAGLINE);
    expect(dePage.bodyText).toContain("Scout liest die Nachrichten für dich");
  });
});

describe("pages without a briefing follow Accept-Language", () => {
  it.each(LANGUAGE_TAGS)("%s: the 404 page", async (tag) => {
    const { response, page } = await open("/b/NoSuchShare42", { "accept-language": `${LANGUAGES[tag].locale},en;q=0.5` });
    expect(response.status).toBe(404);
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
    expect(page.html).toEqual({ lang: LANGUAGES[tag].locale, dir: LANGUAGES[tag].dir });
    expect(page.meta.get("og:locale")).toBe(LANGUAGES[tag].ogLocale);
    expect(page.bodyText).toContain(translatorFor(tag).t("error.404.title"));
    expectSpeaks(page, tag);
  });

  it.each(LANGUAGE_TAGS)("%s: the get-the-app page", async (tag) => {
    const { response, page } = await open("/get?via=home", { "accept-language": LANGUAGES[tag].locale, "user-agent": DESKTOP_CHROME });
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
    expect(page.html).toEqual({ lang: LANGUAGES[tag].locale, dir: LANGUAGES[tag].dir });
    expect(page.meta.get("og:locale")).toBe(LANGUAGES[tag].ogLocale);
    expect(page.bodyText).toContain(translatorFor(tag).t("getApp.title", { app: APP }));
    expectSpeaks(page, tag);
  });

  it.each([
    ["ja-JP,ja;q=0.9,en-US;q=0.8", "ja"],
    ["sw, de;q=0.8, fr;q=0.9", "fr"],
    ["zh-TW", "zh-Hant"],
    ["pt-PT", "pt-BR"],
    ["xx-YY, *;q=0.1", "en"],
    ["", "en"],
    [";;;,,q=", "en"],
    ["ja;q=nonsense", "en"],
  ])("Accept-Language %j gives the home page in %s, never an error", async (header, lang) => {
    const { response, page } = await open("/", { "accept-language": header });
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
    expect(page.html.lang).toBe(lang);
  });

  it("answers the 410 page of a revoked share in the reader's language", async () => {
    const created = await createShare({ briefing: buildBriefing({ lang: "en" }) });
    await SELF.fetch(`${ORIGIN}/api/shares/${created.id}`, { method: "DELETE", headers: { authorization: "Bearer test-token-current" } });
    const { response, page } = await open(`/b/${created.id}`, { "accept-language": "ko" });
    expect(response.status).toBe(410);
    expect(page.html.lang).toBe("ko");
    expect(page.bodyText).toContain("더 이상 공유되지 않는 브리핑입니다");
  });

  it("uses the configured per-language tagline on the home page", async () => {
    const { page: ja } = await open("/", { "accept-language": "ja" });
    const { page: fr } = await open("/", { "accept-language": "fr" });
    expect(ja.title).toBe("Scout · 毎朝、一歩先へ");
    expect(fr.title).toBe(`Scout · ${TAGLINE}`);
  });
});
