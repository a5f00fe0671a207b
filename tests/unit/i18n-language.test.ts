import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "../../src/i18n/accept-language";
import { brandCopySuffix, brandFor, parseBrandCopy } from "../../src/i18n/brand-copy";
import { LANGUAGE_TAGS, LANGUAGES } from "../../src/i18n/languages";
import { findLanguage, matchLanguage } from "../../src/i18n/match-language";
import { ogLocaleFor } from "../../src/i18n/og-locale";

describe("findLanguage: a BCP 47 tag to one of our catalogs", () => {
  it.each([
    ["en", "en"], ["en-GB", "en"], ["EN-us", "en"], ["en_US", "en"],
    ["pt", "pt"], ["pt-BR", "pt"], ["pt-PT", "pt"], ["pt-AO", "pt"],
    ["es-419", "es"], ["es-MX", "es"], ["fr-CA", "fr"], ["de-CH", "de"], ["nl-BE", "nl"], ["sv-FI", "sv"],
    ["zh", "zh-Hans"], ["zh-CN", "zh-Hans"], ["zh-SG", "zh-Hans"], ["zh-Hans", "zh-Hans"], ["zh-hans-cn", "zh-Hans"],
    ["zh-TW", "zh-Hant"], ["zh-HK", "zh-Hant"], ["zh-MO", "zh-Hant"], ["zh-Hant", "zh-Hant"], ["zh-Hant-TW", "zh-Hant"],
    ["zh-Hans-TW", "zh-Hans"], ["zh-Hant-CN", "zh-Hant"], ["zh_TW", "zh-Hant"], ["zh-u-nu-hanidec", "zh-Hans"],
    ["zh-x-tw", "zh-Hans"],
    ["iw", "he"], ["iw-IL", "he"], ["he-IL", "he"], ["in", "id"], ["in-ID", "id"],
    ["ar-EG", "ar"], ["fa-AF", "fa"], ["hi-IN", "hi"], ["bn-BD", "bn"], ["th-TH", "th"], ["vi-VN", "vi"],
    ["ja-JP", "ja"], ["ko-KR", "ko"], ["ru-RU", "ru"], ["uk-UA", "uk"], ["pl-PL", "pl"], ["tr-TR", "tr"], ["it-IT", "it"],
    ["sr-Latn-RS", null], ["sw", null], ["ur", null], ["yi", null], ["ji", null], ["no", null], ["x-klingon", null],
    ["", null], ["*", null], ["e", null], ["english", null], ["123", null], ["-", null],
  ] as const)("%j → %s", (tag, expected) => {
    expect(findLanguage(tag)).toBe(expected);
  });

  it("covers every catalog tag by its own name", () => {
    for (const tag of LANGUAGE_TAGS) expect(findLanguage(tag)).toBe(tag);
  });
});

describe("matchLanguage: a briefing's lang", () => {
  it.each([
    [undefined, { language: "en", matched: true }],
    ["pt-PT", { language: "pt", matched: true }],
    ["zh-TW", { language: "zh-Hant", matched: true }],
    ["sw", { language: "en", matched: false }],
    ["ur-PK", { language: "en", matched: false }],
  ] as const)("%s → %j", (tag, expected) => {
    expect(matchLanguage(tag)).toEqual(expected);
  });
});

describe("negotiateLanguage: Accept-Language", () => {
  it.each([
    [null, "en"],
    [undefined, "en"],
    ["", "en"],
    ["ja", "ja"],
    ["ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["de-CH, de;q=0.9, fr;q=0.8", "de"],
    ["fr;q=0.5, de;q=0.9", "de"],
    ["sw, pt-PT;q=0.8, *;q=0.1", "pt"],
    ["sw, *;q=0.5", "en"],
    ["*", "en"],
    ["zh-TW,zh;q=0.9", "zh-Hant"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"],
    ["iw", "he"],
    ["ar;q=0, fa", "fa"],
    ["ko;q=1.0, ja;q=1", "ko"],
    ["es;q=0.900, it;q=0.95", "it"],
    ["ru;q=1.5, uk", "uk"],
    ["ru;q=abc, uk;q=0.2", "uk"],
    ["ru;level=1, vi", "vi"],
    [";;;q=abc", "en"],
    [",,,,", "en"],
    ["q=0.9", "en"],
    ["ja ;  q=0.5 , ko ; q=0.6", "ko"],
    ["<script>alert(1)</script>", "en"],
    ["\u0000ja", "en"],
    ["th".padEnd(10_000, ",x"), "th"],
    [`${"x-foo,".repeat(100)}ja`, "en"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe("ogLocaleFor", () => {
  it.each([
    ["en", "en", "en_US"], ["en-GB", "en", "en_GB"], ["en-AU", "en", "en_US"],
    ["pt", "pt", "pt_BR"], ["pt-PT", "pt", "pt_PT"], ["pt-BR", "pt", "pt_BR"],
    ["es", "es", "es_ES"], ["es-MX", "es", "es_MX"], ["es-AR", "es", "es_LA"], ["es-419", "es", "es_LA"],
    ["fr-CA", "fr", "fr_CA"], ["ar", "ar", "ar_AR"], ["ar-EG", "ar", "ar_AR"], ["he", "he", "he_IL"], ["iw", "he", "he_IL"],
    ["ja", "ja", "ja_JP"], ["ko", "ko", "ko_KR"], ["hi", "hi", "hi_IN"], ["bn-BD", "bn", "bn_IN"],
    ["zh", "zh-Hans", "zh_CN"], ["zh-CN", "zh-Hans", "zh_CN"], ["zh-TW", "zh-Hant", "zh_TW"], ["zh-HK", "zh-Hant", "zh_HK"],
    ["zh-Hant", "zh-Hant", "zh_TW"], ["zh-Hant-MO", "zh-Hant", "zh_HK"],
    ["sw-KE", null, "sw_KE"], ["sw", null, null], ["ur-PK", null, "ur_PK"],
  ] as const)("%s (catalog %s) → %s", (tag, language, expected) => {
    expect(ogLocaleFor(tag, language)).toBe(expected);
  });

  it("gives every catalog a locale in Facebook's ll_RR shape", () => {
    for (const tag of LANGUAGE_TAGS) expect(LANGUAGES[tag].ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
  });
});

describe("brand copy per language", () => {
  it("reads APP_TAGLINE_<LANG> and APP_PITCH_<LANG>, by each catalog's suffix", () => {
    const parsed = parseBrandCopy({
      APP_TAGLINE_JA: "  一歩先を行く ",
      APP_PITCH_JA: "{app}が毎朝ニュースを届けます。",
      APP_TAGLINE_ZH_HANT: "掌握每日要聞",
      APP_TAGLINE_PT: "",
      APP_NAME: "Scout",
      OTHER: 1,
    });
    expect(parsed.problems).toEqual({});
    expect(parsed.copy).toEqual({
      ja: { tagline: "一歩先を行く", pitch: "{app}が毎朝ニュースを届けます。" },
      "zh-Hant": { tagline: "掌握每日要聞" },
    });
    const config = { appName: "Scout", appTagline: "Be the smartest in the room", brandCopy: parsed.copy };
    expect(brandFor(config, "ja")).toEqual({ appName: "Scout", tagline: "一歩先を行く", pitch: "Scoutが毎朝ニュースを届けます。" });
    expect(brandFor(config, "de")).toEqual({ appName: "Scout", tagline: "Be the smartest in the room", pitch: null });
  });

  it.each([
    ["APP_TAGLINE_XX", "Hi", /names no language this project has \(expected one of EN, ES, .*ZH_HANS, ZH_HANT\)/],
    ["APP_TAGLINE_ZH", "Hi", /names no language/],
    ["APP_PITCH_PT_BR", "Oi", /names no language/],
    ["APP_TAGLINE_DE", "x".repeat(121), /longer than 120 characters/],
    ["APP_PITCH_DE", "x".repeat(401), /longer than 400 characters/],
    ["APP_TAGLINE_FR", "a\u0007b", /control characters/],
    ["APP_TAGLINE_ES", 42, /must be a string/],
  ])("names %s when it cannot be used", (name, value, problem) => {
    const parsed = parseBrandCopy({ [name]: value });
    expect(parsed.problems[name as "APP_TAGLINE_XX"]).toMatch(problem);
    expect(parsed.copy).toEqual({});
  });

  it.each(LANGUAGE_TAGS.map((tag) => [tag, brandCopySuffix(tag)]))("%s is configured with the suffix %s", (tag, suffix) => {
    expect(parseBrandCopy({ [`APP_TAGLINE_${suffix}`]: "T" }).copy[tag]).toEqual({ tagline: "T" });
  });
});
