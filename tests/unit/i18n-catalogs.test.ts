import { describe, expect, it } from "vitest";
import type { MessageKey, PluralCategory, PluralKey, PluralMessage } from "../../src/i18n/catalog";
import { LANGUAGE_TAGS, LANGUAGES } from "../../src/i18n/languages";
import { CATALOGS } from "../../src/i18n/messages";
import { en } from "../../src/i18n/messages/en";
import { translatorFor } from "../../src/i18n/translator";

const KEYS = Object.keys(en).sort() as MessageKey[];
const PLURAL_KEYS = KEYS.filter((key): key is PluralKey => typeof en[key] !== "string");
const TEXT_KEYS = KEYS.filter((key) => typeof en[key] === "string");
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const uniq = (names: string[]) => [...new Set(names)].sort();
/** Legitimately empty in some languages: Thai has no full stop; a badge's wording sits above or below the store's name. */
const MAY_BE_EMPTY = new Set<MessageKey>(["punctuation.sentenceEnd", "badge.appStore.above", "badge.appStore.below", "badge.googlePlay.above", "badge.googlePlay.below"]);
/** Example values for every placeholder a message may have. */
const VALUES = { app: "Scout", title: "Titel", name: "Ada", tagline: "Tag", pitch: "Pitch", status: "404", count: 7 };

/**
 * Messages that read the same as English on purpose: brand names, patterns of placeholders, and
 * words the language shares with English. Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<string, MessageKey[]>> = {
  "*": ["common.titleWithApp", "punctuation.sentenceEnd", "cta.taglineAndPitch", "footer.brand", "home.documentTitle", "card.moreSources", "badge.appStore.large", "badge.googlePlay.large", "badge.appStore.below", "badge.googlePlay.below"],
  es: ["error.code"],
  fr: ["page.sources", "card.sources"],
};

describe("every catalog has exactly the English keys", () => {
  it.each(LANGUAGE_TAGS)("%s", (tag) => {
    const catalog = CATALOGS[tag];
    expect(Object.keys(catalog).sort()).toEqual(KEYS);
  });

  it("has a catalog for each of the 24 languages, and no other", () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGE_TAGS].sort());
    expect(LANGUAGE_TAGS).toHaveLength(24);
  });
});

describe("every message in every language", () => {
  const cases = LANGUAGE_TAGS.flatMap((tag) => KEYS.map((key) => ({ tag, key })));

  it.each(cases)("$tag $key has the English placeholders and no stray braces", ({ tag, key }) => {
    const message = CATALOGS[tag][key];
    const english = en[key];
    if (typeof english === "string") {
      expect(typeof message).toBe("string");
      expect(placeholders(message as string)).toEqual(placeholders(english));
      if (!MAY_BE_EMPTY.has(key)) expect((message as string).trim()).not.toBe("");
      expect((message as string).replace(/\{\w+\}/g, "")).not.toMatch(/[{}]/);
    } else {
      // A plural form may leave out {count} ("one minute"), never add or lose another placeholder.
      const wanted = placeholders(english.other).filter((name) => name !== "count");
      for (const form of Object.values(message as PluralMessage)) {
        expect(placeholders(form!).filter((name) => name !== "count")).toEqual(wanted);
        expect(form!.trim()).not.toBe("");
      }
    }
  });

  it.each(LANGUAGE_TAGS)("%s: nothing is left in English but brand names and shared words", (tag) => {
    if (tag === "en") return;
    const allowed = new Set([...(SAME_AS_ENGLISH["*"] ?? []), ...(SAME_AS_ENGLISH[tag] ?? [])]);
    const same = KEYS.filter((key) => JSON.stringify(CATALOGS[tag][key]) === JSON.stringify(en[key]) && !allowed.has(key));
    expect(same).toEqual([]);
  });
});

describe("plurals follow Intl.PluralRules in workerd", () => {
  const cases = LANGUAGE_TAGS.flatMap((tag) => PLURAL_KEYS.map((key) => ({ tag, key })));

  it.each(cases)("$tag $key has a form for every category the language uses", ({ tag, key }) => {
    const categories = new Intl.PluralRules(LANGUAGES[tag].locale).resolvedOptions().pluralCategories as PluralCategory[];
    const forms = CATALOGS[tag][key] as PluralMessage;
    for (const category of categories) expect(forms[category], `${tag} ${key} ${category}`).toBeTypeOf("string");
  });

  it.each([
    ["en", 1, "1 min read"],
    ["en", 5, "5 min read"],
    ["ar", 1, "دقيقة واحدة للقراءة"],
    ["ar", 2, "دقيقتان للقراءة"],
    ["he", 1, "דקת קריאה אחת"],
    ["de", 12, "12 Min. Lesezeit"],
    ["ja", 3, "3分で読めます"],
    ["pl", 22, "22 min czytania"],
    ["th", 4, "อ่าน 4 นาที"],
  ] as const)("%s, %i minutes: %s", (tag, count, expected) => {
    expect(translatorFor(tag).plural("page.readingTime", count)).toBe(expected);
  });

  it.each([
    ["ar", 3, /^[٣3] دقائق للقراءة$/],
    ["ar", 11, /^(١١|11) دقيقة للقراءة$/],
    ["fa", 7, /^[۷7] دقیقه مطالعه$/],
    ["bn", 5, /^পড়তে [৫5] মিনিট$/],
  ] as const)("%s formats %i with the language's own digits: %s", (tag, count, expected) => {
    expect(translatorFor(tag).plural("page.readingTime", count)).toMatch(expected);
  });
});

describe("every message renders in every language", () => {
  const cases = LANGUAGE_TAGS.flatMap((tag) => TEXT_KEYS.map((key) => ({ tag, key })));

  it.each(cases)("$tag $key fills every placeholder", ({ tag, key }) => {
    const t = translatorFor(tag);
    const text = (t.t as (key: MessageKey, params: object) => string)(key, VALUES);
    expect(text).not.toMatch(/[{}]/);
    for (const name of placeholders(en[key] as string)) {
      expect(text).toContain(name === "count" ? t.number(VALUES.count) : VALUES[name as keyof typeof VALUES]);
    }
  });

  it.each(LANGUAGE_TAGS)("%s renders plural messages for 0…200 without a gap", (tag) => {
    const t = translatorFor(tag);
    for (const key of PLURAL_KEYS) {
      for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 200]) {
        const text = t.plural(key, count);
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it("splits a message around markup without concatenating sentences", () => {
    const mark = { name: "<strong>" } as const;
    expect(translatorFor("en").parts("page.sharedBy", mark)).toEqual(["Shared by ", "<strong>"]);
    expect(translatorFor("ja").parts("page.sharedBy", mark)).toEqual(["<strong>", "さんが共有"]);
    expect(translatorFor("hi").parts("page.sharedBy", mark)).toEqual(["<strong>", " ने शेयर किया"]);
  });

  it("types placeholders from the English text", () => {
    const t = translatorFor("en");
    // Never called: tsc checks these lines (`npm test` runs it first), and fails if they compile.
    const misuses = () => [
      // @ts-expect-error: "Get {app}" needs its app
      t.t("cta.getApp"),
      // @ts-expect-error: a message without placeholders takes none
      t.t("cta.title", { app: "Scout" }),
      // @ts-expect-error: no such key
      t.t("cta.nope"),
    ];
    expect(misuses).toBeTypeOf("function");
    expect(t.t("cta.getApp", { app: "Scout" })).toBe("Get Scout");
  });
});

describe("workerd's ICU speaks all 24 languages", () => {
  const date = new Date("2026-04-07T08:00:00Z");

  it.each(LANGUAGE_TAGS)("%s: plural rules, numbers and long dates resolve to the language itself", (tag) => {
    const { locale } = LANGUAGES[tag];
    const language = locale.split("-")[0];
    expect(Intl.PluralRules.supportedLocalesOf([locale])).toHaveLength(1);
    expect(Intl.NumberFormat.supportedLocalesOf([locale])).toHaveLength(1);
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toHaveLength(1);
    const formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    expect(formatter.resolvedOptions().locale.split("-")[0]).toBe(language);
    const formatted = formatter.format(date);
    // Thai dates are in the Buddhist era (2569), Persian ones in the Solar Hijri calendar (۱۴۰۵), as readers expect.
    expect(formatted).toMatch(/2026|٢٠٢٦|২০২৬|2569|۱۴۰۵/);
    if (tag !== "en") expect(formatted).not.toBe(new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(date));
  });

  it.each([
    ["de", "7. April 2026"],
    ["fr", "7 avril 2026"],
    ["ja", "2026年4月7日"],
    ["ko", "2026년 4월 7일"],
    ["zh-Hans", "2026年4月7日"],
    ["pt-BR", "7 de abril de 2026"],
    ["ru", "7 апреля 2026 г."],
  ])("%s writes the date as %s", (locale, expected) => {
    expect(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date)).toBe(expected);
  });
});
