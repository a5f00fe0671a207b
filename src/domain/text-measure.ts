/** Estimated text widths, in em, for laying out a card before it is drawn. */
import { emojiIn } from "./emoji";

/** Characters as wide as they are tall: CJK ideographs, kana, Hangul and full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;
const NARROW = /[ilIjtf.,;:'!|()[\]"’‘“”\-\u2013]/u;
const BROAD = /[mwMW@%—]/u;
const UPPER = /\p{Lu}/u;
/** Cyrillic and Greek lower case run wider than Latin in the title face (ж, ш, щ, ю, ω). */
const WIDE_LOWER = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
/**
 * A Devanagari or Bengali grapheme is a whole syllable (consonant, conjunct, vowel sign): measured on
 * Noto Sans Bold cards, about 0.75 em in Devanagari and 0.85 em in Bengali.
 */
const DEVANAGARI = /\p{Script=Devanagari}/u;
const BENGALI = /\p{Script=Bengali}/u;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The approximate advance of one grapheme in em, for a bold text face. Rough by design: it only
 * picks a font size and a line count; the renderer's own line clamp is the real limit.
 *
 * @example
 * graphemeWidthEm("日"); // 1
 * graphemeWidthEm("i");  // 0.3
 */
export function graphemeWidthEm(grapheme: string, emoji: ReadonlySet<string> = new Set()): number {
  if (grapheme === " ") return 0.25;
  if (emoji.has(grapheme) || WIDE.test(grapheme)) return 1;
  if (NARROW.test(grapheme)) return 0.3;
  if (BROAD.test(grapheme)) return 0.86;
  if (UPPER.test(grapheme)) return 0.68;
  if (WIDE_LOWER.test(grapheme)) return 0.6;
  if (BENGALI.test(grapheme)) return 0.85;
  if (DEVANAGARI.test(grapheme)) return 0.78;
  return 0.53;
}

/** One unit of line breaking: a word with its trailing space, or a single wide character. */
interface Piece {
  width: number;
  /** Width of trailing spaces, which hang past the line end instead of forcing a break. */
  trailing: number;
}

function pieces(text: string): Piece[] {
  const emoji = new Set(emojiIn(text));
  const result: Piece[] = [];
  let word: Piece = { width: 0, trailing: 0 };
  const flush = () => {
    if (word.width > 0 || word.trailing > 0) result.push(word);
    word = { width: 0, trailing: 0 };
  };
  for (const { segment } of graphemes.segment(text)) {
    const width = graphemeWidthEm(segment, emoji);
    if (/^\s$/u.test(segment)) {
      word.trailing += width;
      flush();
    } else if (width === 1) {
      // CJK text breaks between any two characters, so each is its own piece.
      flush();
      result.push({ width, trailing: 0 });
    } else {
      if (word.trailing > 0) flush();
      word.width += width;
    }
  }
  flush();
  return result;
}

/**
 * How many lines the text wraps to in a box `lineWidthEm` em wide (greedy wrapping, as browsers and
 * satori do; a word longer than a line counts as the lines it would need when broken).
 *
 * @example
 * estimateLines("AI model pulled after safety review", 10); // 3
 */
export function estimateLines(text: string, lineWidthEm: number): number {
  let lines = 1;
  let used = 0;
  for (const piece of pieces(text)) {
    if (used > 0 && used + piece.width > lineWidthEm) {
      lines += 1;
      used = 0;
    }
    if (piece.width > lineWidthEm) {
      lines += Math.ceil(piece.width / lineWidthEm) - 1;
      used = piece.width % lineWidthEm;
    } else {
      used += piece.width;
    }
    used += piece.trailing;
  }
  return lines;
}
