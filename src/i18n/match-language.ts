/** Which of our catalogs serves a BCP 47 tag: pt-PT → pt, zh-TW → zh-Hant, iw → he, anything else → null. */
import { LANGUAGE_TAGS, type LanguageTag } from "./languages";

/** Deprecated codes still sent by old Android and Java stacks (ISO 639 withdrew them in 1989). */
const DEPRECATED: Readonly<Record<string, string>> = { iw: "he", in: "id", ji: "yi" };
/** Chinese regions written in traditional characters when a tag gives no script. */
const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);
/** The catalogs by lower-cased primary language; Chinese is decided by script below. */
const BY_LANGUAGE = new Map<string, LanguageTag>(LANGUAGE_TAGS.filter((tag) => !tag.startsWith("zh")).map((tag) => [tag, tag]));

/**
 * The catalog for a language tag, or null when we have none. Case, `_` for `-`, deprecated codes
 * and extensions are tolerated; Chinese follows the script subtag, else the region (TW, HK, MO are
 * traditional), else simplified.
 *
 * @example
 * findLanguage("pt-PT");      // "pt"
 * findLanguage("zh-HK");      // "zh-Hant"
 * findLanguage("zh-Hans-TW"); // "zh-Hans" (the script wins)
 * findLanguage("sw");         // null
 */
export function findLanguage(tag: string): LanguageTag | null {
  const subtags = tag.trim().toLowerCase().replaceAll("_", "-").split("-");
  const primary = subtags[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const language = DEPRECATED[primary] ?? primary;
  if (language === "zh") {
    // Only the subtags before an extension singleton ("-u-…", "-x-…") describe the language.
    const end = subtags.findIndex((subtag, index) => index > 0 && subtag.length === 1);
    const described = end === -1 ? subtags.slice(1) : subtags.slice(1, end);
    const script = described.find((subtag) => subtag === "hant" || subtag === "hans");
    if (script) return script === "hant" ? "zh-Hant" : "zh-Hans";
    return described.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? "zh-Hant" : "zh-Hans";
  }
  return BY_LANGUAGE.get(language) ?? null;
}

/** A briefing's language resolved to a catalog, and whether we had one (else English stands in). */
export interface LanguageMatch {
  language: LanguageTag;
  matched: boolean;
}

/**
 * The catalog for a briefing's `lang`; English when we do not have the language.
 *
 * @example
 * matchLanguage("pt-PT"); // { language: "pt", matched: true }
 * matchLanguage("sw");    // { language: "en", matched: false }
 */
export function matchLanguage(tag: string | undefined): LanguageMatch {
  const language = tag ? findLanguage(tag) : "en";
  return language ? { language, matched: true } : { language: "en", matched: false };
}
