/** What one stats event adds to a share's counters: pure, so the Durable Object only sums. */
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

/**
 * Maps an event to counter increments. Only humans count as human views and clicks; a non-human
 * click (none is recorded, but a stray one may arrive) adds nothing.
 *
 * @example
 * counterDelta(unfurlByWhatsApp).counters; // ["views.total", "unfurls.whatsapp"]
 * counterDelta(humanViewFromX).counters;   // ["views.total", "views.human", "channel.x"]
 */
export function counterDelta(event: StatsEvent): CounterDelta {
  const human = event.audience === "human";
  const counters: string[] = [];
  if (event.type === "view") {
    counters.push(counterName.viewsTotal);
    if (human) counters.push(counterName.viewsHuman);
    // Where human readers came from (byChannel in the analytics); a tap's channel is the webhook's.
    if (human && event.channel) counters.push(counterName.channel(event.channel));
    if (event.audience === "unfurl" && event.unfurl) counters.push(counterName.unfurl(event.unfurl));
  } else if (human) {
    counters.push(counterName.click(event.platform), counterName.placement(event.placement ?? "other"));
  }
  return {
    counters,
    day: utcDay(event.at),
    dailyViews: event.type === "view" && human ? 1 : 0,
    dailyClicks: event.type === "click" && human ? 1 : 0,
    visitor: human ? event.visitor : null,
  };
}
