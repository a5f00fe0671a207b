/** Create and update draw the new card in the background, so the first crawler finds it stored. */
import { getConfig } from "../config";
import { cardForBriefing } from "../domain/og-card-model";
import type { Share } from "../domain/share";
import { TokenBucket } from "../domain/token-bucket";
import type { Bindings } from "../env";
import { readStoredCard, storeCard } from "../storage/og-card-store";
import { type CardContext, cardRenderKey, renderChecked } from "./og-card-service";

/**
 * Pre-renders are optional work sharing the isolate's one thread with the API's answers, so they are
 * rationed: at most one at a time, bursts of 4, then one every 6 s per isolate. A burst of creates
 * beyond that (a backfill, a retry storm) is shed, and those cards are rendered by their first
 * request instead (about a tenth of a second, once).
 */
const prerenderBudget = new TokenBucket(4, 6_000);
let prerendering = false;

/**
 * Renders and stores a share's card ahead of the first crawler, which typically arrives seconds after
 * the share (called from create and update through waitUntil). Does nothing when the card is already
 * stored, or when the isolate's pre-render ration is spent (see prerenderBudget); logs and gives up
 * on failure (the card route renders on demand instead).
 *
 * @example
 * c.executionCtx.waitUntil(prerenderOgCard(share, c.env));
 */
export async function prerenderOgCard(share: Share, env: Bindings): Promise<void> {
  if (prerendering || !prerenderBudget.take(Date.now())) return;
  prerendering = true;
  try {
    await prerender(share, env);
  } finally {
    prerendering = false;
  }
}

async function prerender(share: Share, env: Bindings): Promise<void> {
  const { appName, appTagline } = getConfig(env);
  const context: CardContext = { env, waitUntil: () => undefined, brand: { appName, appTagline } };
  try {
    const key = await cardRenderKey(share.version, context.brand);
    if (await readStoredCard(env, share.id, key)) return;
    const png = await renderChecked(cardForBriefing(share.briefing, context.brand), context, key);
    await storeCard(env, share.id, key, png, share.expiresAt);
  } catch (error) {
    console.error(JSON.stringify({ event: "og_card_prerender_failed", id: share.id, error: String(error) }));
  }
}
