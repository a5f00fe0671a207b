/** The card for a share: stored once per version, rendered on a miss, a static fallback on any failure. */
import { type CardBrand, type OgCardProps, cardForBriefing, revokedCard } from "../domain/og-card-model";
import type { Share } from "../domain/share";
import { sha256Base64Url } from "../domain/share-version";
import type { Bindings } from "../env";
import { readStoredCard, storeCard } from "../storage/og-card-store";
import { BudgetExceededError, withinBudget } from "./budget";
import { fallbackCardPng } from "./fallback-card";
import { renderOgCard } from "./og-card-renderer";
import type { AssetFetcher } from "./static-assets";

/** WhatsApp shows no image above 300 KB; every card must stay under it. */
export const MAX_CARD_BYTES = 300 * 1024;
/** A crawler waits a few seconds for an image; past this the fallback card is served instead. */
export const RENDER_BUDGET_MS = 5_000;
/** Bump when the card's design changes, so stored cards are rendered again under new keys. */
export const CARD_DESIGN_REVISION = "2026-12-b";

/** Where a card's bytes came from (the Server-Timing header says so; the benchmark reads it). */
export type CardSource = "stored" | "rendered" | "fallback";

export interface CardResult {
  png: Uint8Array<ArrayBuffer>;
  source: CardSource;
  /** The render key (version + design), a strong ETag for the bytes; null for the fallback card. */
  key: string | null;
}

export interface CardContext {
  env: Bindings;
  waitUntil: (promise: Promise<unknown>) => void;
  brand: CardBrand;
  /** Defaults to env.ASSETS. */
  assets?: AssetFetcher;
  /** Defaults to RENDER_BUDGET_MS. */
  budgetMs?: number;
}

export class CardTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`Rendered card is ${bytes} bytes, over the ${MAX_CARD_BYTES}-byte limit`);
    this.name = "CardTooLargeError";
  }
}

/**
 * The KV key suffix of a share's card: its content version, plus a hash of the design revision and
 * brand words, so a redesign or a new APP_NAME never serves a stale stored card.
 *
 * @example
 * await cardRenderKey("mJ3k0xQ2a9Zb", brand); // "mJ3k0xQ2a9Zb.Xc81aQ"
 */
export async function cardRenderKey(version: string, brand: CardBrand): Promise<string> {
  const design = await sha256Base64Url(`${CARD_DESIGN_REVISION}\n${brand.appName}\n${brand.appTagline}`, 6);
  return `${version}.${design}`;
}

// Concurrent requests for the same card (a burst of crawlers after a share) wait for one render.
const inFlight = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function renderOnce(key: string, render: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  let pending = inFlight.get(key);
  if (!pending) {
    pending = render().finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

/**
 * Renders a card once per key at a time, within the render budget and the weight limit; throws
 * BudgetExceededError, CardTooLargeError or the render's own error.
 *
 * @example
 * const png = await renderChecked(cardForBriefing(briefing, brand), context, key);
 */
export async function renderChecked(card: OgCardProps, context: CardContext, key: string): Promise<Uint8Array<ArrayBuffer>> {
  const assets = context.assets ?? context.env.ASSETS;
  const render = renderOnce(key, () => renderOgCard(card, { assets, brand: context.brand }));
  const png = await withinBudget(render, context.budgetMs ?? RENDER_BUDGET_MS, "OG card render");
  if (png.byteLength > MAX_CARD_BYTES) throw new CardTooLargeError(png.byteLength);
  return png;
}

async function fallback(context: CardContext, id: string, error: unknown): Promise<CardResult> {
  const reason = error instanceof BudgetExceededError ? "budget" : error instanceof CardTooLargeError ? "too_large" : "error";
  console.error(JSON.stringify({ event: "og_card_render_failed", id, reason, error: String(error) }));
  return { png: await fallbackCardPng(context.assets ?? context.env.ASSETS), source: "fallback", key: null };
}

/** A stored-card read started before the share lookup finished, for the version the URL names. */
export interface EarlyCardRead {
  key: string;
  png: Promise<Uint8Array<ArrayBuffer> | null>;
}

/**
 * Starts reading the stored card of `version` (the URL's `v`) at once, in parallel with the share
 * lookup: a crawler asking for the current card then waits for one KV round trip, not two. Never
 * rejects (a failed read is null, and the card is rendered instead).
 *
 * @example
 * const early = v ? await readCardEarly(env, id, v, brand) : null; // null for a malformed v
 * const lookup = await readShareForReaders(store, id, demo);
 * const card = await ogCardForShare(lookup.share, context, early);
 */
export async function readCardEarly(env: Bindings, id: string, version: string, brand: CardBrand): Promise<EarlyCardRead | null> {
  // Versions are short base64url hashes; anything else cannot match, and a long one would exceed KV's key limit.
  if (!/^[\w-]{1,64}$/.test(version)) return null;
  const key = await cardRenderKey(version, brand);
  return { key, png: readStoredCard(env, id, key) };
}

/**
 * The card of a live share: the stored render of its version if there is one; otherwise rendered,
 * answered, and stored after the response. Never throws: a failure answers with the fallback card.
 *
 * @example
 * const { png, source } = await ogCardForShare(share, { env, waitUntil, brand });
 */
export async function ogCardForShare(share: Share, context: CardContext, early?: EarlyCardRead | null): Promise<CardResult> {
  try {
    const key = await cardRenderKey(share.version, context.brand);
    // The read started before the share was known is only good for the version it guessed.
    const stored = early?.key === key ? await early.png : await readStoredCard(context.env, share.id, key);
    if (stored) return { png: stored, source: "stored", key };
    const png = await renderChecked(cardForBriefing(share.briefing, context.brand), context, key);
    context.waitUntil(storeCard(context.env, share.id, key, png, share.expiresAt));
    return { png, source: "rendered", key };
  } catch (error) {
    return fallback(context, share.id, error);
  }
}

const neutralCards = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The neutral brand card for a revoked or expired share: rendered once per isolate and brand.
 *
 * @example
 * const { png } = await neutralOgCard({ env, waitUntil, brand });
 */
export async function neutralOgCard(context: CardContext): Promise<CardResult> {
  const key = `neutral\n${context.brand.appName}\n${context.brand.appTagline}`;
  try {
    let pending = neutralCards.get(key);
    if (!pending) {
      pending = renderChecked(revokedCard(context.brand), context, key);
      // A failure is not remembered, so the next request tries again.
      pending.catch(() => neutralCards.delete(key));
      neutralCards.set(key, pending);
    }
    return { png: await pending, source: "rendered", key: await cardRenderKey("neutral", context.brand) };
  } catch (error) {
    return fallback(context, "(neutral)", error);
  }
}
