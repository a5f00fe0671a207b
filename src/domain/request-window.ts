/** A fixed counting window per client: the pure arithmetic behind rate limits and failed-sign-in limits. */

/** One client's window: it starts at the client's first counted request and lasts `windowMs`. */
export interface RequestWindow {
  /** When the window began (ms since the epoch). */
  startedAt: number;
  /** Requests counted in it so far. */
  count: number;
}

/** A limit: at most `limit` counted requests per `windowSeconds`. */
export interface WindowRule {
  limit: number;
  windowSeconds: number;
}

/** What a limiter answers: whether the client is over the limit, and when its window ends. */
export interface WindowVerdict {
  limited: boolean;
  count: number;
  /** When the current window ends (ms since the epoch); null when no window is open. */
  resetAt: number | null;
}

/** The window in force at `now`: a window that has ended counts as none. */
export function currentWindow(window: RequestWindow | null | undefined, rule: WindowRule, now: number): RequestWindow | null {
  if (!window || now >= window.startedAt + rule.windowSeconds * 1000 || now < window.startedAt) return null;
  return window;
}

/**
 * Counts one request at `now`: a new window opens when none is in force. The request that makes
 * the count exceed the limit, and every later one in the window, is limited.
 *
 * @example
 * const { window, verdict } = countRequest(null, { limit: 2, windowSeconds: 60 }, 0);
 * verdict; // { limited: false, count: 1, resetAt: 60000 }
 */
export function countRequest(
  previous: RequestWindow | null | undefined,
  rule: WindowRule,
  now: number,
): { window: RequestWindow; verdict: WindowVerdict } {
  const open = currentWindow(previous, rule, now);
  const window = { startedAt: open?.startedAt ?? now, count: (open?.count ?? 0) + 1 };
  return { window, verdict: { limited: window.count > rule.limit, count: window.count, resetAt: window.startedAt + rule.windowSeconds * 1000 } };
}

/**
 * Looks without counting: limited when the window already holds `limit` requests, so the next one
 * would be one too many (a failed-sign-in limit checks this before it looks at the credentials).
 *
 * @example
 * peekWindow({ startedAt: 0, count: 5 }, { limit: 5, windowSeconds: 60 }, 1000).limited; // true
 */
export function peekWindow(window: RequestWindow | null | undefined, rule: WindowRule, now: number): WindowVerdict {
  const open = currentWindow(window, rule, now);
  if (!open) return { limited: false, count: 0, resetAt: null };
  return { limited: open.count >= rule.limit, count: open.count, resetAt: open.startedAt + rule.windowSeconds * 1000 };
}

/**
 * Whole seconds until `resetAt`, rounded up and at least 1: what `Retry-After` says (RFC 9110 §10.2.3),
 * so a client that waits exactly that long finds its window over.
 *
 * @example
 * retryAfterSeconds(60_000, 12_300); // 48
 */
export function retryAfterSeconds(resetAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}
