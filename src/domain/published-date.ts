/** The briefing's publication date, formatted for its own language. */

/**
 * A long date ("April 7, 2026", "7 avril 2026", "٧ أبريل ٢٠٢٦") in the briefing's language,
 * in UTC so the same share reads the same everywhere; null for a missing or unreadable date.
 *
 * @example
 * formatPublishedDate("2026-04-07T08:00:00Z", "fr"); // "7 avril 2026"
 */
export function formatPublishedDate(publishedAt: string | undefined, lang: string): string | null {
  if (!publishedAt) return null;
  const date = new Date(publishedAt);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    // A tag the schema accepted but this runtime's ICU cannot format: English beats nothing.
    return new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
}
