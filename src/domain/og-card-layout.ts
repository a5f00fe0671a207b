/** Sizes the card's title and summary so that a five-word title and a 200-character one both look designed. */
import { estimateLines } from "./text-measure";

/** The card's fixed geometry in CSS pixels; the template lays itself out with the same numbers. */
export const CARD = {
  width: 1200,
  height: 630,
  paddingX: 72,
  /** Height left for title + gap + summary between the header and the footer. */
  contentHeight: 340,
  /** Width of the title and summary column (a little short of the full width, for a ragged edge). */
  textWidth: 1040,
  titleLineHeight: 1.1,
  titleGap: 22,
  summarySize: 27,
  summaryLineHeight: 1.42,
  maxTitleLines: 3,
  maxSummaryLines: 3,
} as const;

/** Title sizes to try, largest first; below the last one a title is clamped with an ellipsis. */
const TITLE_SIZES = [80, 72, 64, 58, 52, 46, 42] as const;
/** Widths are estimates: fitting into 95% of the line keeps an underestimate from costing a line. */
const FILL = 0.95;

export interface CardTextLayout {
  titleSize: number;
  /** Lines the title is clamped to (the ellipsis goes at the end of the last one). */
  titleLines: number;
  /** Lines of summary that fit under the title; 0 when there is no summary. */
  summaryLines: number;
}

function summaryLinesUnder(titleSize: number, titleLines: number): number {
  const titleHeight = titleLines * titleSize * CARD.titleLineHeight;
  const free = CARD.contentHeight - titleHeight - CARD.titleGap;
  return Math.max(0, Math.min(CARD.maxSummaryLines, Math.floor(free / (CARD.summarySize * CARD.summaryLineHeight))));
}

/**
 * The largest title size at which the title fits in three lines and still leaves two lines of
 * summary; a title too long even at the smallest size is clamped to three lines.
 *
 * @example
 * fitCardText("AI model pulled", true);        // { titleSize: 80, titleLines: 1, summaryLines: 3 }
 * fitCardText("A".repeat(40) + " …", false);   // a smaller size, up to three lines
 */
export function fitCardText(title: string, hasSummary: boolean): CardTextLayout {
  for (const size of TITLE_SIZES) {
    const lines = estimateLines(title, (CARD.textWidth * FILL) / size);
    if (lines > CARD.maxTitleLines) continue;
    const summaryLines = hasSummary ? summaryLinesUnder(size, lines) : 0;
    if (hasSummary && summaryLines < 2) continue;
    return { titleSize: size, titleLines: lines, summaryLines };
  }
  const size = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 42;
  const lines = Math.min(CARD.maxTitleLines, estimateLines(title, (CARD.textWidth * FILL) / size));
  return { titleSize: size, titleLines: lines, summaryLines: hasSummary ? summaryLinesUnder(size, lines) : 0 };
}
