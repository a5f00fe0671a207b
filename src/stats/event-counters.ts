/** What one stats event adds to a share's counters: pure, so the Durable Object only decides and sums. */
import { counterName, utcDay } from "../domain/share-stats";
import type { StatsEvent } from "./stats-event";

export interface CounterDelta {
  /** Named counters to increment by one. */
  counters: string[];
  /** The UTC day the event counts on, and what it adds to that day. */
  day: string;
  dailyViews: number;
  dailyClicks: number;
  /** The visitor hash to count as unique on `day`, if the event is human. */
  visitor: string | null;
}

/** What the counter Durable Object decided about an event from its own state, in the same transaction. */
export interface Verdict {
  /** A human view or tap past the visitor's hourly allowance (src/domain/automation-rule.ts). */
  suspected?: boolean;
  /** An app open from an install this share has not seen before; a repeat adds nothing. */
  newInstall?: boolean;
}

/**
 * Maps an event to counter increments. Only humans count as human views and clicks; a non-human
 * click (none is recorded, but a stray one may arrive) adds nothing; a suspected one counts under
 * `suspected.*` instead of the human figures (it still adds to `views.total` and unique visitors).
 *
 * @example
 * counterDelta(unfurlByWhatsApp).counters; // ["views.total", "unfurls.whatsapp"]
 * counterDelta(humanViewFromX).counters;   // ["views.total", "views.human", "channel.x"]
 * counterDelta(tap, { suspected: true }).counters; // ["suspected.clicks"]
 * counterDelta(open, { newInstall: true }).counters; // ["opens.ios", "opensBySource.clipboard"]
 */
export function counterDelta(event: StatsEvent, verdict: Verdict = {}): CounterDelta {
  const human = event.audience === "human";
  const countsAsHuman = human && !verdict.suspected;
  const counters: string[] = [];
  if (event.type === "view") {
    counters.push(counterName.viewsTotal);
    if (countsAsHuman) counters.push(counterName.viewsHuman);
    else if (human) counters.push(counterName.suspectedViews);
    // Where human readers came from (byChannel in the analytics); a tap's channel is the webhook's.
    if (countsAsHuman && event.channel) counters.push(counterName.channel(event.channel));
    if (event.audience === "unfurl" && event.unfurl) counters.push(counterName.unfurl(event.unfurl));
  } else if (event.type === "click") {
    if (countsAsHuman) counters.push(counterName.click(event.platform), counterName.placement(event.placement ?? "other"));
    else if (human) counters.push(counterName.suspectedClicks);
  } else if (verdict.newInstall) {
    counters.push(counterName.open(event.platform));
    if (event.source) counters.push(counterName.openBySource(event.source));
  }
  return {
    counters,
    day: utcDay(event.at),
    dailyViews: event.type === "view" && countsAsHuman ? 1 : 0,
    dailyClicks: event.type === "click" && countsAsHuman ? 1 : 0,
    visitor: human && event.type !== "open" ? event.visitor : null,
  };
}
