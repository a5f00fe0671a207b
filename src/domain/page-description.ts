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
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s.,;:!?—–-]+$/u, "")}…`;
}
