/** Twemoji images for the emoji in a card's text, as the data URIs satori draws in place of glyphs. */
import { emojiIn, twemojiNames } from "../domain/emoji";
import { type AssetFetcher, readAsset } from "./static-assets";

/** A card has room for a few dozen emoji at most; more would only cost reads. */
const MAX_EMOJI = 48;

function base64(bytes: Uint8Array): string {
  let binary = "";
  // In chunks: String.fromCharCode(...bytes) overflows the argument limit on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function imageFor(assets: AssetFetcher, grapheme: string): Promise<string | null> {
  for (const name of twemojiNames(grapheme)) {
    const svg = await readAsset(assets, `/emoji/twemoji/${name}.svg`);
    if (svg) return `data:image/svg+xml;base64,${base64(new Uint8Array(svg))}`;
  }
  return null;
}

export interface EmojiImages {
  /** Grapheme → data URI, satori's `graphemeImages`. */
  images: Record<string, string>;
  /** Emoji Twemoji has no image for (newer than Twemoji 15): the caller removes them from the text. */
  missing: Set<string>;
}

/**
 * Finds an image for every emoji in the texts, reading the SVGs from static assets in parallel.
 *
 * @example
 * const { images, missing } = await emojiImages(env.ASSETS, [card.title, card.summary ?? ""]);
 */
export async function emojiImages(assets: AssetFetcher, texts: readonly string[]): Promise<EmojiImages> {
  const graphemes = [...new Set(texts.flatMap(emojiIn))];
  const found = await Promise.all(graphemes.slice(0, MAX_EMOJI).map(async (g) => [g, await imageFor(assets, g)] as const));
  const images: Record<string, string> = {};
  const missing = new Set<string>(graphemes.slice(MAX_EMOJI));
  for (const [grapheme, image] of found) {
    if (image) images[grapheme] = image;
    else missing.add(grapheme);
  }
  return { images, missing };
}
