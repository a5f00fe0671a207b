/** Reads a share's exact stats from its counter Durable Object, in the contract's shape. */
import { type ShareStats, buildShareStats } from "../domain/share-stats";
import type { Bindings } from "../env";
import { guarded } from "../storage/storage-error";
import { statsCounter } from "./record-event";

/**
 * The stats of a share (zeros for a share nobody has opened yet).
 *
 * @example
 * const stats = await readShareStats(env, "q3V9-xk2LrT_");
 */
export async function readShareStats(env: Bindings, shareId: string, nowMs: number = Date.now()): Promise<ShareStats> {
  const snapshot = await guarded("Durable Object stats read", () => statsCounter(env, shareId).snapshot(nowMs));
  return buildShareStats(shareId, snapshot, nowMs);
}
