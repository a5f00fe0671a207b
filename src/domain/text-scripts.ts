/** Which writing systems a card's text uses, so the card knows what it can draw and which fonts to load. */

/**
 * Scripts written right to left. satori 0.32 neither shapes Arabic nor reorders bidirectional text,
 * so a title in one of these would come out as disconnected letters in the wrong order.
 */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;

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
