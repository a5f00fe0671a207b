/** Which way a language is written, from its BCP 47 tag: the page's `dir` attribute. */

/** Languages written right to left when no script subtag says otherwise. */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku", "lrc", "mzn", "nqo", "pnb", "ps", "sd", "syr", "ug", "ur", "yi"]);
/** Right-to-left scripts (ISO 15924): a script subtag wins over the language ("az-Arab", "ku-Latn"). */
const RTL_SCRIPTS = new Set(["adlm", "arab", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi"]);

/**
 * "rtl" for Arabic, Hebrew, Persian, Urdu… or any tag with a right-to-left script; "ltr" otherwise.
 *
 * @example
 * textDirection("fa-IR");   // "rtl"
 * textDirection("az-Arab"); // "rtl"
 * textDirection("ku-Latn"); // "ltr"
 * textDirection("en");      // "ltr"
 */
export function textDirection(lang: string): "ltr" | "rtl" {
  const [language = "", ...subtags] = lang.toLowerCase().split("-");
  const script = subtags.find((subtag) => subtag.length === 4 && /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}
