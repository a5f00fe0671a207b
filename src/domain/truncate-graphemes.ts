/** Cutting text to a length limit without splitting a user-perceived character. */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The text cut to at most `max` UTF-16 code units (so within the limit however a consumer counts
 * characters: code units, code points or graphemes), ending with "…" when cut. The cut falls
 * between graphemes, so an emoji sequence, a flag or a letter with its combining marks is never
 * split, and at the last space when that keeps most of the text.
 *
 * @example
 * truncateGraphemes("Leaders meet in Geneva 🇨🇭 for talks", 26); // "Leaders meet in Geneva…"
 * truncateGraphemes("short", 110);                               // "short"
 */
export function truncateGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = "";
  for (const { segment } of graphemes.segment(text)) {
    if (head.length + segment.length > max - 1) break;
    head += segment;
  }
  const atWordEnd = /^\s/u.test(text.slice(head.length));
  const lastSpace = head.search(/\s\S*$/u);
  if (!atWordEnd && lastSpace > max * 0.6) head = head.slice(0, lastSpace);
  return `${head.replace(/[\s.,;:!?—–-]+$/u, "")}…`;
}
