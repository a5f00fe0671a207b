/**
 * GET /__bench/floor/:id: the platform calls a counted page view cannot do without, and nothing
 * else, so the bench can measure the least CPU any code honouring the contract could spend on one.
 */
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { errorPageResponse } from "../http/html-page";
import { sendGrouped } from "../stats/group-commit";
import { hexOf } from "../stats/visitor-hash";
import type { StatsEvent } from "../stats/stats-event";
import { kvKeys } from "../storage/kv-keys";

/** The calls the floor can make; `?calls=` picks some, so the bench can price each alone. */
const FLOOR_CALLS = ["kv", "hmac", "send", "body"] as const;
type FloorCall = (typeof FLOOR_CALLS)[number];

/** The largest body the floor answers with: more than the largest page (50 sections, about 150 KiB). */
const MAX_BODY_BYTES = 1 << 20;
const encoder = new TextEncoder();
/** A fixed key imported once per isolate, as the page's visitor key is imported once per day. */
let floorKey: Promise<CryptoKey> | null = null;
/** The last body answered, kept so a request copies nothing of its own (one size per bench run). */
let body = new Uint8Array(0);

function requestedCalls(value: string | undefined): Set<FloorCall> | null {
  if (value === undefined) return new Set(FLOOR_CALLS);
  const calls = value === "" ? [] : value.split(",");
  return calls.every((call): call is FloorCall => (FLOOR_CALLS as readonly string[]).includes(call)) ? new Set(calls) : null;
}

/** A human view of the share, shaped as the page records it, so the queue carries a message of the same size. */
function floorEvent(shareId: string, visitor: string | null): StatsEvent {
  return {
    v: 1,
    id: crypto.randomUUID(),
    shareId,
    type: "view",
    at: Date.now(),
    audience: "human",
    unfurl: null,
    platform: "ios",
    placement: null,
    channel: "direct",
    visitor,
    country: null,
    install: null,
    source: null,
  };
}

/**
 * What the contract makes every counted human view do, each as one bare platform call:
 * - `kv`: read the share's stored record (a revoke must show, so it is read per request);
 * - `hmac`: the visitor's keyed hash (`uniqueVisitors` without keeping the IP or user agent);
 * - `send`: store the event before answering ("answered ⇒ counted"), grouped as the page groups it;
 * - `body`: answer with a body of the page's size (`?bytes=`).
 * No parsing, rendering, classification or time-outs. 404 unless CPU_CALIBRATION=on, like the ruler.
 *
 * @example
 * await fetch("http://127.0.0.1:8795/__bench/floor/q3V9-xk2LrT_?bytes=44000"); // 200 after all four calls
 * await fetch("http://127.0.0.1:8795/__bench/floor/q3V9-xk2LrT_?calls=kv"); // the KV read alone
 */
export async function contractFloor(c: Context<AppEnv>): Promise<Response> {
  const calls = requestedCalls(c.req.query("calls"));
  const bytes = Number(c.req.query("bytes") ?? "0");
  if (c.env.CPU_CALIBRATION !== "on" || !calls || !Number.isSafeInteger(bytes) || bytes < 0 || bytes > MAX_BODY_BYTES) {
    return errorPageResponse(c, 404);
  }
  const shareId = c.req.param("id") ?? "";
  if (calls.has("kv")) await c.env.BRIEFINGS.get(kvKeys.share(shareId), { type: "text" });
  let visitor: string | null = null;
  if (calls.has("hmac")) {
    floorKey ??= crypto.subtle.importKey("raw", encoder.encode("contract-floor"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const userAgent = c.req.header("user-agent") ?? "";
    const mac = await crypto.subtle.sign("HMAC", await floorKey, encoder.encode(`${shareId}\n127.0.0.1\n${userAgent}`));
    visitor = hexOf(mac);
  }
  if (calls.has("send")) await sendGrouped(c.env.STATS_EVENTS, floorEvent(shareId, visitor));
  if (!calls.has("body")) return new Response(null, { status: 204 });
  if (body.length !== bytes) body = new Uint8Array(bytes).fill(0x20);
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
