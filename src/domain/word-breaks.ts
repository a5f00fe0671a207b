/** Line-break opportunities for scripts written without spaces between words (Thai, Lao, Khmer, Myanmar). */

/** Scripts whose words run together: a line may break only where a dictionary finds a word boundary. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_AT_END = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]\p{M}*$/u;
const UNSPACED_AT_START = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** ZERO WIDTH SPACE: invisible, and a break opportunity for every line breaker (UAX #14 class ZW). */
const ZWSP = "\u200B";

function wordSegmenter(lang: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity: "word" });
  } catch {
    // A tag Intl refuses: ICU's word dictionaries are chosen by script, not by locale, anyway.
    return new Intl.Segmenter("th", { granularity: "word" });
  }
}

/**
 * The text with a zero-width space between adjacent words of Thai, Lao, Khmer or Myanmar, found by
 * Intl.Segmenter's dictionaries. satori breaks lines like a browser without a dictionary: only at
 * spaces, so a Thai title would run off the card as one unbreakable "word". Other text is returned
 * unchanged.
 *
 * @example
 * withWordBreaks("ธนาคารแห่งประเทศไทยลดดอกเบี้ย", "th"); // "ธนาคาร\u200Bแห่ง\u200Bประเทศไทย\u200Bลด\u200Bดอกเบี้ย"
 * withWordBreaks("Rates cut", "en");                      // "Rates cut"
 */
export function withWordBreaks(text: string, lang: string): string {
  if (!UNSPACED.test(text)) return text;
  let out = "";
  let previous = "";
  for (const { segment } of wordSegmenter(lang).segment(text)) {
    if (UNSPACED_AT_END.test(previous) && UNSPACED_AT_START.test(segment)) out += ZWSP;
    out += segment;
    previous = segment;
  }
  return out;
}
