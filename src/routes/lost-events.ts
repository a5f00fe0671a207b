/** GET /api/stats/lost-events: how many answered views and taps were lost (queue and counter both down), per day. */
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { apiGuard } from "../http/api-guard";
import { readLostEvents } from "../stats/lost-events";

/**
 * The operator's check on "answered ⇒ counted": zero unless the stats queue and a share's counter
 * failed for the same request. Each loss is also logged as `stats_event_lost`, which is what to
 * alert on; this answers "how many, and when" afterwards. Mounted at /api.
 *
 * @example
 * // GET /api/stats/lost-events → { "total": 0, "views": 0, "ctaClicks": 0, "daily": [], "truncated": false }
 */
export const lostEvents = new Hono<AppEnv>().get("/stats/lost-events", apiGuard(), async (c) =>
  c.json(await readLostEvents(c.env), 200, { "cache-control": "no-store" }),
);
