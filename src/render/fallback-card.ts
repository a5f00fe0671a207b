/** The static card served when a render fails: never a broken image, never a 5xx to a crawler. */
import { withinBudget } from "./budget";
import { type AssetFetcher, readAsset } from "./static-assets";

/**
 * A static asset is read in milliseconds; when ASSETS hangs (the very failure that sent us to the
 * fallback), the plain card answers instead of a crawler waiting forever.
 */
const FALLBACK_READ_BUDGET_MS = 1_000;

/** public/og/fallback.png: the neutral brand card, rendered by `npm run render:cards -- --fallback`. */
export const FALLBACK_CARD_PATH = "/og/fallback.png";

/**
 * Last resort when even the static asset cannot be read: a 201-byte 1200×630 PNG in the card's paper
 * colour with its accent rule on top (two-colour palette, so it is tiny enough to live in the code).
 */
const PLAIN_CARD_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAABLAAAAJ2AQMAAAB1jukfAAAABlBMVEX7+PPkVy6xYkzgAAAAfklEQVR42u3OMQ0AAAgDsPk3DSZ2ENIqaOakaGlpaWlVWgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPDcAv8F1nDAfqE4AAAAAElFTkSuQmCC";

function plainCard(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(PLAIN_CARD_BASE64), (char) => char.charCodeAt(0));
}

/**
 * The fallback card's PNG bytes: the static brand card, or the plain one if assets are unreachable.
 *
 * @example
 * return pngResponse(await fallbackCardPng(env.ASSETS), { cacheControl: "public, max-age=60" });
 */
export async function fallbackCardPng(assets: AssetFetcher): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const bytes = await withinBudget(readAsset(assets, FALLBACK_CARD_PATH), FALLBACK_READ_BUDGET_MS, "fallback card read");
    if (bytes) return new Uint8Array(bytes);
  } catch {
    // Assets unreachable or too slow: the plain card below.
  }
  return plainCard();
}
