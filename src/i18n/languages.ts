/** The languages the project speaks: each one's catalog tag, direction, Intl locale and og:locale. */

/** Catalog tags, in the order the README lists them. */
export const LANGUAGE_TAGS = [
  "en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "tr", "ru", "uk",
  "ar", "he", "fa", "hi", "bn", "th", "vi", "id", "ja", "ko", "zh-Hans", "zh-Hant",
] as const;

export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

/** What every page needs to know about one of its languages. */
export interface Language {
  tag: LanguageTag;
  /** What `<html lang>` and Intl get: "pt" is written in Brazilian Portuguese, so "pt-BR". */
  locale: string;
  dir: "ltr" | "rtl";
  /** Facebook's locale for the language (its list says `ar_AR`, not `ar_SA`). */
  ogLocale: string;
  /** The language's own name, for documentation and `og:locale:alternate` readers. */
  name: string;
}

const language = (tag: LanguageTag, locale: string, ogLocale: string, name: string, dir: "ltr" | "rtl" = "ltr"): Language => ({
  tag,
  locale,
  dir,
  ogLocale,
  name,
});

/** Every language, by catalog tag. */
export const LANGUAGES: Readonly<Record<LanguageTag, Language>> = {
  en: language("en", "en", "en_US", "English"),
  es: language("es", "es", "es_ES", "Español"),
  fr: language("fr", "fr", "fr_FR", "Français"),
  de: language("de", "de", "de_DE", "Deutsch"),
  it: language("it", "it", "it_IT", "Italiano"),
  pt: language("pt", "pt-BR", "pt_BR", "Português"),
  nl: language("nl", "nl", "nl_NL", "Nederlands"),
  pl: language("pl", "pl", "pl_PL", "Polski"),
  sv: language("sv", "sv", "sv_SE", "Svenska"),
  tr: language("tr", "tr", "tr_TR", "Türkçe"),
  ru: language("ru", "ru", "ru_RU", "Русский"),
  uk: language("uk", "uk", "uk_UA", "Українська"),
  ar: language("ar", "ar", "ar_AR", "العربية", "rtl"),
  he: language("he", "he", "he_IL", "עברית", "rtl"),
  fa: language("fa", "fa", "fa_IR", "فارسی", "rtl"),
  hi: language("hi", "hi", "hi_IN", "हिन्दी"),
  bn: language("bn", "bn", "bn_IN", "বাংলা"),
  th: language("th", "th", "th_TH", "ไทย"),
  vi: language("vi", "vi", "vi_VN", "Tiếng Việt"),
  id: language("id", "id", "id_ID", "Bahasa Indonesia"),
  ja: language("ja", "ja", "ja_JP", "日本語"),
  ko: language("ko", "ko", "ko_KR", "한국어"),
  "zh-Hans": language("zh-Hans", "zh-Hans", "zh_CN", "简体中文"),
  "zh-Hant": language("zh-Hant", "zh-Hant", "zh_TW", "繁體中文"),
};

/** The language of last resort: the catalog every other one is checked against. */
export const DEFAULT_LANGUAGE: LanguageTag = "en";

/**
 * @example
 * isLanguageTag("zh-Hans"); // true
 * isLanguageTag("zh");      // false (use matchLanguage)
 */
export function isLanguageTag(value: string): value is LanguageTag {
  return (LANGUAGE_TAGS as readonly string[]).includes(value);
}
