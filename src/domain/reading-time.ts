/** How long a briefing takes to read, for the page's meta line and Slack's `twitter:label1`. */
import type { Briefing } from "./briefing-schema";

/** Average silent reading speeds: words for spaced scripts, characters for CJK (Brysbaert 2019; Trauzettel-Klosinski 2012). */
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;
/** Han, Hiragana, Katakana and Hangul: scripts written without spaces between words. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Every piece of text a reader reads, in reading order. */
function briefingText(briefing: Briefing): string[] {
  return [
    briefing.title,
    briefing.summary,
    ...briefing.sections.flatMap((section) => [section.heading ?? "", ...section.paragraphs.map((p) => p.text)]),
  ];
}

/**
 * Whole minutes to read the briefing, at least 1.
 *
 * @example
 * readingMinutes(briefing); // 3
 */
export function readingMinutes(briefing: Briefing): number {
  let minutes = 0;
  for (const text of briefingText(briefing)) {
    const cjk = text.match(CJK_CHARACTER)?.length ?? 0;
    const words = text.replace(CJK_CHARACTER, " ").split(/\s+/).filter(Boolean).length;
    minutes += words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE;
  }
  return Math.max(1, Math.round(minutes));
}
