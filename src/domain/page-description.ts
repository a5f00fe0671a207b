/** Short descriptions for meta tags, cut at a word boundary. */

/**
 * The text cut to at most `max` characters at a word boundary, with an ellipsis when cut.
 * Link previews show about 150–200 characters; longer descriptions are truncated mid-word by them.
 *
 * @example
 * truncateText("A leading AI lab decided to withdraw its newest model.", 30); // "A leading AI lab decided to…"
 */
export function truncateText(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // Keep max - 1 code units for the text and one for the ellipsis, never half a surrogate pair.
  let cut = clean.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const atWordEnd = clean[cut.length] === " ";
  const lastSpace = cut.lastIndexOf(" ");
  const head = atWordEnd || lastSpace <= max * 0.6 ? cut : cut.slice(0, lastSpace);
  return `${head.replace(/[\s.,;:!?—–-]+$/u, "")}…`;
}
