/** Which writing systems a card's text uses, so the card knows what it can draw and which fonts to load. */

/** Scripts written right to left. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
/** Scripts the card draws with a Noto Sans face that has no serif companion here. */
const SANS_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}]/u;
/** A letter with a direction of its own (bidi class L, R or AL), roughly: any letter. */
const LETTER = /\p{L}/u;

/** The CJK font families the card bundles, one per regional glyph standard. */
export const CJK_FAMILIES = ["jp", "kr", "sc", "tc"] as const;
export type CjkFamily = (typeof CJK_FAMILIES)[number];

/**
 * True when the text contains a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko, …).
 *
 * @example
 * hasRightToLeftText("الذكاء الاصطناعي"); // true
 * hasRightToLeftText("AI model pulled");   // false
 */
export function hasRightToLeftText(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/**
 * The direction of the text's first letter, as HTML's `dir="auto"` decides it; null without letters.
 *
 * @example
 * firstStrongDirection("GPT-5 يصل إلى ١٠٠ دولة"); // "ltr" (the Latin letters come first)
 * firstStrongDirection("«الذكاء» GPT-5");         // "rtl"
 * firstStrongDirection("2026 — 42");               // null
 */
export function firstStrongDirection(text: string): "ltr" | "rtl" | null {
  for (const char of text) {
    if (RIGHT_TO_LEFT.test(char)) return "rtl";
    if (LETTER.test(char)) return "ltr";
  }
  return null;
}

/**
 * True when a title should be set in the sans face: CJK, Arabic, Hebrew, Thai, Devanagari and
 * Bengali have no serif here, and one face per title reads better than a serif broken by sans words.
 *
 * @example
 * needsSansTitle("日銀が利上げ");        // true
 * needsSansTitle("البنك المركزي GPT-5"); // true
 * needsSansTitle("Rates cut");           // false
 */
export function needsSansTitle(text: string): boolean {
  return hasCjkText(text) || SANS_SCRIPTS.test(text);
}

/**
 * True when the text has Chinese, Japanese or Korean characters.
 *
 * @example
 * hasCjkText("日銀が利上げ"); // true
 */
export function hasCjkText(text: string): boolean {
  return KANA.test(text) || HANGUL.test(text) || HAN.test(text);
}

/** The regional family a BCP 47 tag asks for, or null for a non-CJK language. */
function familyForLanguage(lang: string): CjkFamily | null {
  const [language = "", ...rest] = lang.toLowerCase().split("-");
  if (language === "ja") return "jp";
  if (language === "ko") return "kr";
  if (language !== "zh") return null;
  // zh-Hant, zh-TW, zh-HK and zh-MO are written with traditional characters.
  return rest.some((part) => ["hant", "tw", "hk", "mo"].includes(part)) ? "tc" : "sc";
}

/**
 * The CJK families to try for the text, best first. Han characters look different in Japan, Korea,
 * mainland China and Taiwan, so the briefing's language decides first; without a CJK language, kana
 * means Japanese, Hangul Korean, and Han alone Simplified Chinese. Every family follows as a fallback
 * for the rare character the first one lacks.
 *
 * @example
 * cjkFamilyOrder("東京で新型AIを発表", "en"); // ["jp", "kr", "sc", "tc"]
 * cjkFamilyOrder("台灣發表新模型", "zh-TW");   // ["tc", "jp", "kr", "sc"]
 */
export function cjkFamilyOrder(text: string, lang: string): CjkFamily[] {
  const first = familyForLanguage(lang) ?? (KANA.test(text) ? "jp" : HANGUL.test(text) ? "kr" : "sc");
  return [first, ...CJK_FAMILIES.filter((family) => family !== first)];
}
