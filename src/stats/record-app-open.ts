/** Records the app's report of an open: the installId is hashed at the edge, then the event goes through the usual exactly-once pipeline. */
import type { AppOpenReport } from "../domain/app-open";
import type { Bindings } from "../env";
import { type RecordOutcome, recordEvent } from "./record-event";
import type { StatsEvent } from "./stats-event";

const encoder = new TextEncoder();

/**
 * SHA-256 of the share id and the lower-cased installId: the same install on the same share always
 * gives the same hash (so it counts once, for ever), one install's hashes on two shares differ, and
 * the installId itself is stored nowhere.
 *
 * @example
 * await installHash("q3V9-xk2LrT_", "0b6f8c1e-…"); // "5d41402a…" (64 hex)
 */
export async function installHash(shareId: string, installId: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(`app-open\n${shareId}\n${installId.toLowerCase()}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Builds the open event (a fresh event id: the install hash, not the id, makes repeats count once)
 * and records it: queue first, the share's counter directly if the queue fails.
 *
 * @example
 * await recordAppOpen(c.env, shareId, { installId, platform: "ios", source: "clipboard" }); // "queued"
 */
export async function recordAppOpen(env: Bindings, shareId: string, report: AppOpenReport, nowMs = Date.now()): Promise<RecordOutcome> {
  const event: StatsEvent = {
    v: 1,
    id: crypto.randomUUID(),
    shareId,
    type: "open",
    at: nowMs,
    audience: "human",
    unfurl: null,
    platform: report.platform,
    placement: null,
    channel: null,
    visitor: null,
    country: null,
    install: await installHash(shareId, report.installId),
    source: report.source,
  };
  return recordEvent(env, event);
}
