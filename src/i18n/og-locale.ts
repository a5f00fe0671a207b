/** The `og:locale` of a page: Facebook's locale names (ll_RR), from a tag and the catalog it matched. */
import { LANGUAGES, type LanguageTag } from "./languages";

/** Regional variants Facebook names, beyond each catalog's default (see LANGUAGES[…].ogLocale). */
const FACEBOOK_REGIONAL = new Set([
  "en_GB", "en_US", "es_ES", "es_MX", "fr_CA", "fr_FR", "pt_BR", "pt_PT", "nl_BE", "nl_NL",
  "de_DE", "it_IT", "sv_SE", "ru_RU", "bn_IN",
]);
/** Spanish-speaking regions of the Americas, which Facebook groups as es_LA (Mexico has its own). */
const LATIN_AMERICA = new Set(["419", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE"]);

/** The region subtag of a tag (two letters or three digits), upper-cased; null without one. */
function regionOf(tag: string): string | null {
  const subtags = tag.replaceAll("_", "-").split("-").slice(1);
  for (const subtag of subtags) {
    if (subtag.length === 1) break; // an extension starts: no region after it
    if (/^(?:[A-Za-z]{2}|\d{3})$/.test(subtag)) return subtag.toUpperCase();
  }
  return null;
}

/**
 * The og:locale for a page whose text is in `tag`, served by the catalog `language`. A region
 * Facebook knows is kept (pt-PT → pt_PT, en-GB → en_GB); otherwise the catalog's default
 * (ja → ja_JP, ar → ar_AR, zh-Hant → zh_TW). For a language without a catalog, the tag's own
 * ll_RR when it names a region, else null (no tag beats a wrong one).
 *
 * @example
 * ogLocaleFor("pt-PT", "pt");   // "pt_PT"
 * ogLocaleFor("zh-HK", "zh-Hant"); // "zh_HK"
 * ogLocaleFor("ja", "ja");       // "ja_JP"
 * ogLocaleFor("sw-KE", null);    // "sw_KE"
 */
export function ogLocaleFor(tag: string, language: LanguageTag | null): string | null {
  const region = regionOf(tag);
  const primary = (tag.replaceAll("_", "-").split("-")[0] ?? "").toLowerCase();
  if (language === null) return region && /^[a-z]{2}$/.test(primary) && /^[A-Z]{2}$/.test(region) ? `${primary}_${region}` : null;
  // Facebook names Chinese by region; the catalog (the script) decides between them.
  if (language === "zh-Hant") return region === "HK" || region === "MO" ? "zh_HK" : "zh_TW";
  if (language === "zh-Hans") return "zh_CN";
  const base = LANGUAGES[language].ogLocale.slice(0, 2);
  if (region) {
    if (base === "es" && LATIN_AMERICA.has(region)) return "es_LA";
    if (FACEBOOK_REGIONAL.has(`${base}_${region}`)) return `${base}_${region}`;
  }
  return LANGUAGES[language].ogLocale;
}
