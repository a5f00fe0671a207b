/** Draws a card: emoji images and font slices for its text, the template, then satori and resvg. */
import { OgCard } from "../../templates/og-card";
import { CARD } from "../domain/og-card-layout";
import { type CanDraw, cardTexts, fitCardToFonts, withoutGraphemes, withoutSummary } from "../domain/og-card-fit";
import { type CardBrand, type OgCardProps, sharedBriefingCard } from "../domain/og-card-model";
import { cjkFamilyOrder } from "../domain/text-scripts";
import { emojiImages } from "./emoji-images";
import { FontPlanner } from "./font-plan";
import { type PngRequest, renderPng } from "./render-png";
import { toSatoriElement } from "./satori-element";
import type { AssetFetcher } from "./static-assets";

/**
 * Font files one card may read: a Latin card needs 3–6 and a Japanese one about 20–35 (two weights).
 * Past this a card drops its summary, then becomes the neutral card.
 */
export const MAX_FONT_FILES = 48;

export interface CardRenderContext {
  /** The ASSETS binding: fonts and emoji are read from the Worker's own static assets. */
  assets: AssetFetcher;
  /** For the neutral card, should the title turn out to be undrawable. */
  brand: CardBrand;
}

/** The text whose script decides which CJK glyph forms to prefer. */
function languageSample(card: OgCardProps): { text: string; lang: string } {
  if (card.kind === "brand") return { text: `${card.appName} ${card.tagline}`, lang: "en" };
  return { text: `${card.title} ${card.summary ?? ""}`, lang: card.lang };
}

/**
 * Everything satori needs to draw the card: the element, the font files its text needs and the emoji
 * images. Emoji without an image are removed; fields no bundled font can draw are left out (see
 * fitCardToFonts). Throws when an asset cannot be read.
 *
 * @example
 * const request = await prepareOgCard(card, { assets: env.ASSETS, brand });
 * const svg = await renderSvg(request);
 */
export async function prepareOgCard(card: OgCardProps, context: CardRenderContext): Promise<PngRequest> {
  const emoji = await emojiImages(context.assets, cardTexts(card).map(({ text }) => text));
  const withImages = withoutGraphemes(card, emoji.missing);
  const isEmoji = (segment: string) => segment in emoji.images;
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  // Emoji are drawn as images, so they never count against a font's coverage.
  const letters = (text: string) =>
    [...segmenter.segment(text)].filter(({ segment }) => !isEmoji(segment)).map(({ segment }) => segment).join("");

  const sample = languageSample(withImages);
  const cjkOrder = cjkFamilyOrder(sample.text, sample.lang);
  const texts = cardTexts(withImages).map(({ text }) => letters(text));
  const checker = await FontPlanner.prepare(context.assets, cjkOrder, texts, sample.lang);
  const canDraw: CanDraw = (text, role) => checker.canDraw(letters(text), role);

  // Each card shape in turn, until one needs few enough font files: all of it, without its summary,
  // then the neutral card. Rare CJK text can touch a slice per character (seconds of font parsing).
  const candidates = [fitCardToFonts(withImages, canDraw, context.brand)];
  const full = candidates[0];
  if (full?.kind === "briefing") candidates.push(withoutSummary(full), { ...sharedBriefingCard(context.brand, []), sources: full.sources });
  let drawable: OgCardProps = withImages;
  let planner = checker;
  for (const candidate of candidates) {
    drawable = candidate;
    planner = await FontPlanner.prepare(context.assets, cjkOrder, texts, sample.lang);
    for (const { text, role } of cardTexts(candidate)) planner.use(letters(text), role);
    if (planner.fileCount <= MAX_FONT_FILES) break;
  }
  const { fonts, stacks } = await planner.load();

  return {
    element: toSatoriElement(OgCard({ card: drawable, fonts: stacks })),
    width: CARD.width,
    height: CARD.height,
    fonts,
    graphemeImages: emoji.images,
  };
}

/**
 * Renders the card to a 1200×630 PNG. Throws when an asset cannot be read or a render fails: the
 * caller answers with the fallback card.
 *
 * @example
 * const png = await renderOgCard(cardForBriefing(briefing, brand), { assets: env.ASSETS, brand });
 */
export async function renderOgCard(card: OgCardProps, context: CardRenderContext): Promise<Uint8Array<ArrayBuffer>> {
  return renderPng(await prepareOgCard(card, context));
}
