/** The click-inflation rule: how many views and taps one visitor may add to a share's human figures per hour. */

/** Counted human views per (visitor, share) per UTC hour; the rest count under `suspectedAutomation.views`. */
export const HUMAN_VIEWS_PER_HOUR = 20;
/** Counted human taps per (visitor, share, placement) per UTC hour; the rest count under `suspectedAutomation.ctaClicks`. */
export const HUMAN_TAPS_PER_HOUR = 5;

const HOUR_MS = 3_600_000;

/**
 * The window an event is rated in: its visitor (the day's HMAC of IP and user agent, already
 * specific to the share), what it is (views, or taps on one placement) and its UTC hour. Windows
 * are fixed clock hours of the event's own time, so where an event lands never depends on when
 * the queue delivers it.
 *
 * @example
 * rateWindow({ type: "click", placement: "banner", at: Date.parse("2026-11-26T10:59:00Z") }); // { scope: "tap:banner", hour: 498802 }
 */
export function rateWindow(event: { type: string; placement: string | null; at: number }): { scope: string; hour: number } {
  return {
    scope: event.type === "view" ? "view" : `tap:${event.placement ?? "other"}`,
    hour: Math.floor(event.at / HOUR_MS),
  };
}

/**
 * Whether the nth event of a visitor in one window (1 for the first) still counts as human.
 *
 * @example
 * countsAsHuman("tap:banner", 5); // true
 * countsAsHuman("tap:banner", 6); // false: suspected automation
 */
export function countsAsHuman(scope: string, nth: number): boolean {
  return nth <= (scope === "view" ? HUMAN_VIEWS_PER_HOUR : HUMAN_TAPS_PER_HOUR);
}
