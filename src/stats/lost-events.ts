/** Events answered but lost (the queue and the share's counter both failed): one KV key each, so they can be counted and replayed. */
import { utcDay } from "../domain/share-stats";
import type { Bindings } from "../env";
import { guarded } from "../storage/storage-error";
import { kvKeys } from "../storage/kv-keys";
import type { StatsEvent } from "./stats-event";

/** Kept long enough for an operator to see, count and replay them. */
const LOST_EVENT_TTL_SECONDS = 30 * 86_400;
/** At most this many keys are listed per read (10 pages of 1,000): past it the answer says so. */
const MAX_LISTED = 10_000;

interface LostEventMetadata {
  type: StatsEvent["type"];
  shareId: string;
}

export interface LostEventsReport {
  total: number;
  views: number;
  ctaClicks: number;
  daily: { date: string; views: number; ctaClicks: number }[];
  /** True when more than MAX_LISTED were found and the counts stop there. */
  truncated: boolean;
}

/**
 * Parks a lost event in KV under its own key (idempotent by event id). KV is a different store
 * from the two that just failed (Queues and Durable Objects), so it usually still answers; the
 * whole event is kept (no IP or user agent is in it), so it can be sent to the stats queue again,
 * where the consumer counts it once by its id. Resolves false if KV failed too.
 *
 * @example
 * const parked = await parkLostEvent(env, event); // true
 */
export async function parkLostEvent(env: Bindings, event: StatsEvent): Promise<boolean> {
  try {
    const metadata: LostEventMetadata = { type: event.type, shareId: event.shareId };
    await guarded("KV lost-event write", () =>
      env.BRIEFINGS.put(kvKeys.lostEvent(utcDay(event.at), event.id), JSON.stringify(event), { expirationTtl: LOST_EVENT_TTL_SECONDS, metadata }),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts the parked lost events of the last 30 days, per UTC day (KV lists keys in order, so the
 * days come out sorted). KV lists are eventually consistent: a loss shows within about a minute.
 *
 * @example
 * await readLostEvents(env); // { total: 0, views: 0, ctaClicks: 0, daily: [], truncated: false }
 */
export async function readLostEvents(env: Bindings): Promise<LostEventsReport> {
  const days = new Map<string, { views: number; ctaClicks: number }>();
  let cursor: string | undefined;
  let listed = 0;
  do {
    const page = await guarded("KV list", () => env.BRIEFINGS.list<LostEventMetadata>({ prefix: kvKeys.lostEventsPrefix, cursor }));
    for (const key of page.keys) {
      const date = key.name.slice(kvKeys.lostEventsPrefix.length, kvKeys.lostEventsPrefix.length + 10);
      const day = days.get(date) ?? { views: 0, ctaClicks: 0 };
      if (key.metadata?.type === "view") day.views += 1;
      // An app open that could not be recorded was answered 503 and the app retries it: not a lost tap.
      else if (key.metadata?.type !== "open") day.ctaClicks += 1;
      days.set(date, day);
    }
    listed += page.keys.length;
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor && listed < MAX_LISTED);
  const daily = [...days].map(([date, counts]) => ({ date, ...counts }));
  const views = daily.reduce((n, d) => n + d.views, 0);
  const ctaClicks = daily.reduce((n, d) => n + d.ctaClicks, 0);
  return { total: views + ctaClicks, views, ctaClicks, daily, truncated: cursor !== undefined };
}
