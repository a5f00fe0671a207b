/** Finding emoji in text and naming the Twemoji image that draws each one. */

/**
 * The emoji pattern satori 0.32 itself uses to split text (keycaps, flags, skin tones, tags and
 * ZWJ sequences), so that every grapheme found here is one satori looks up as an image.
 */
const EMOJI_ATOM = String.raw`\p{Emoji}(?:\p{EMod}|[\u{E0020}-\u{E007E}]+\u{E007F}|\uFE0F?\u20E3?)`;
const EMOJI = new RegExp(String.raw`^(?:\p{RI}{2}|(?![#*\d](?!\uFE0F?\u20E3))${EMOJI_ATOM}(?:\u200D${EMOJI_ATOM})*)$`, "u");
/**
 * \p{Emoji} also matches digits, # and * and text symbols such as © and ™. A grapheme is drawn as an
 * emoji image only when it asks for emoji presentation: by default (📈), with U+FE0F (❤️), as a flag,
 * keycap, skin-tone or ZWJ sequence. © stays a letter of the font.
 */
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\u200D|\p{RI}|\p{EMod}/u;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * The distinct emoji graphemes in the text, in order of first appearance.
 *
 * @example
 * emojiIn("Rates cut 📉 again 🇺🇸"); // ["📉", "🇺🇸"]
 */
export function emojiIn(text: string): string[] {
  const found = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (EMOJI.test(segment) && EMOJI_PRESENTATION.test(segment)) found.add(segment);
  }
  return [...found];
}

/** The grapheme as lower-case hex code points joined with "-", Twemoji's file naming. */
function codePoints(grapheme: string): string {
  return [...grapheme].map((char) => char.codePointAt(0)?.toString(16) ?? "").join("-");
}

/**
 * Twemoji file names (without ".svg") that may draw the grapheme, best first. Twemoji drops U+FE0F
 * from single emoji but keeps it inside some ZWJ sequences and not others, so both are tried.
 *
 * @example
 * twemojiNames("❤️");    // ["2764"]
 * twemojiNames("🏳️‍🌈"); // ["1f3f3-fe0f-200d-1f308", "1f3f3-200d-1f308"]
 */
export function twemojiNames(grapheme: string): string[] {
  const withoutVariation = grapheme.replace(/\uFE0F/g, "");
  const names = grapheme.includes("\u200D") ? [codePoints(grapheme), codePoints(withoutVariation)] : [codePoints(withoutVariation)];
  return [...new Set(names)];
}
