/** Adapts a card to what the renderer can draw: fields in a script no bundled font has are left out. */
import { fitCardText } from "./og-card-layout";
import { type BriefingCardProps, type CardBrand, type OgCardProps, sharedBriefingCard } from "./og-card-model";

/** How a text is set: bold serif (Latin titles), strong sans (labels, CJK titles) or regular body sans. */
export type TextRole = "serif" | "strong" | "body";

/** Whether every character of the text has a font in that role. */
export type CanDraw = (text: string, role: TextRole) => boolean;

/**
 * Every text the card draws, with its role, including the words the template itself writes.
 *
 * @example
 * cardTexts(card); // [{ text: "AI model pulled", role: "title" }, { text: "Scout", role: "label" }, …]
 */
export function cardTexts(card: OgCardProps): Array<{ text: string; role: TextRole }> {
  const words = [
    ...card.words.sharedFrom.map(({ text, strong }) => ({ text, role: strong ? ("strong" as const) : ("body" as const) })),
    { text: card.words.sources, role: "strong" as const },
    { text: card.words.more ?? "", role: "body" as const },
  ];
  const template = [
    ...words,
    { text: "+0123456789 · …", role: "body" as const },
    { text: "+0123456789 · …", role: "strong" as const },
    { text: "…", role: "serif" as const },
  ];
  const sources = card.sources.shown.map((text) => ({ text, role: "body" as const }));
  if (card.kind === "brand") {
    return [
      ...template,
      ...sources,
      { text: card.appName, role: "serif" },
      { text: card.appName, role: "strong" },
      { text: card.tagline, role: "body" },
      { text: card.message, role: "strong" },
    ];
  }
  return [
    ...template,
    ...sources,
    { text: card.title, role: card.titleFace === "serif" ? "serif" : "strong" },
    { text: card.appName, role: "strong" },
    ...(card.summary ? [{ text: card.summary, role: "body" as const }] : []),
    ...(card.topic ? [{ text: card.topic, role: "strong" as const }] : []),
    ...(card.date ? [{ text: card.date.local, role: "body" as const }] : []),
  ];
}

/**
 * The card with every field the fonts cannot draw left out: a title that cannot be drawn turns it into
 * the neutral brand card (a boxed-out title is worse than none); a summary, topic or source is dropped;
 * a date falls back to English.
 *
 * @example
 * fitCardToFonts(card, (text) => !/\p{Script=Thai}/u.test(text), brand);
 */
export function fitCardToFonts(card: OgCardProps, canDraw: CanDraw, brand: CardBrand): OgCardProps {
  const shown = card.sources.shown.filter((domain) => canDraw(domain, "body"));
  const sources = { shown, more: card.sources.more };
  if (card.kind === "brand") return { ...card, sources };
  if (!canDraw(card.title, card.titleFace === "serif" ? "serif" : "strong")) {
    return { ...sharedBriefingCard(brand, []), sources };
  }
  const date = card.date && !canDraw(card.date.local, "body") ? { local: card.date.latin, latin: card.date.latin } : card.date;
  const summary = card.summary && canDraw(card.summary, "body") ? card.summary : null;
  return {
    ...card,
    summary,
    topic: card.topic && canDraw(card.topic, "strong") ? card.topic : null,
    date,
    sources,
    // Without its summary the title may take the room the summary had.
    ...(summary === card.summary ? {} : fitCardText(card.title, false)),
  };
}

/**
 * The card with the given graphemes (emoji no bundled image draws) removed from its texts, and
 * runs of spaces left behind collapsed.
 *
 * @example
 * withoutGraphemes(card, new Set(["🫨"])); // "Markets 🫨 slide" → "Markets slide"
 */
export function withoutGraphemes(card: OgCardProps, graphemes: ReadonlySet<string>): OgCardProps {
  if (graphemes.size === 0 || card.kind === "brand") return card;
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  const strip = (text: string) =>
    [...segmenter.segment(text)]
      .filter(({ segment }) => !graphemes.has(segment))
      .map(({ segment }) => segment)
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  const summary = card.summary === null ? null : strip(card.summary) || null;
  const topic = card.topic === null ? null : strip(card.topic) || null;
  const title = strip(card.title) || card.title;
  return { ...card, title, summary, topic, ...fitCardText(title, summary !== null) };
}

/**
 * The card without its summary, the title sized for the room it leaves (for when the summary alone
 * would cost too many font files).
 *
 * @example
 * withoutSummary(card).summary; // null
 */
export function withoutSummary(card: BriefingCardProps): BriefingCardProps {
  return { ...card, summary: null, ...fitCardText(card.title, false) };
}
