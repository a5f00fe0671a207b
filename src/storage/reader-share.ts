/** The share lookup every public route uses: storage, plus the local demo share when enabled. */
import { DEMO_SHARE_ID, demoBriefing } from "../domain/demo-briefing";
import type { ShareLookup } from "../domain/share";
import { type StoreContext, createShare, readShare } from "./share-store";

/**
 * Reads a share for a reader or crawler. With DEMO_SHARE=on (local development), a missing
 * /b/demo is seeded into local storage on first read, so `npm run dev` needs no manual step.
 *
 * @example
 * const lookup = await readShareForReaders(store, id, config.demoShare);
 */
export async function readShareForReaders(ctx: StoreContext, id: string, demoShare: boolean): Promise<ShareLookup> {
  const lookup = await readShare(ctx, id);
  if (lookup.status !== "missing" || !demoShare || id !== DEMO_SHARE_ID) return lookup;
  return createShare(ctx, DEMO_SHARE_ID, { briefing: demoBriefing, sharer: { name: "Ada" }, expiresIn: null });
}
