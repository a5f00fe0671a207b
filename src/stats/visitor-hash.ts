/** Unique-visitor ids: HMAC-SHA256 of IP and user agent under the day's secret salt; neither is kept. */
import { utcDay } from "../domain/share-stats";
import type { Bindings } from "../env";

const encoder = new TextEncoder();
/** Two hex digits per byte value: the hash is hex-encoded on every human view and tap. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const DAY_MS = 86_400_000;
/**
 * One key per isolate per UTC day: the salt Durable Object is asked once a day, not per request.
 * Keyed by the day's number since the epoch (UTC days are exactly DAY_MS in JavaScript time), so
 * a request compares two integers instead of formatting its date as a string (row 7).
 */
let cached: { dayNumber: number; key: Promise<CryptoKey> } | null = null;

function dailyKey(env: Bindings, nowMs: number): Promise<CryptoKey> {
  const dayNumber = Math.floor(nowMs / DAY_MS);
  if (cached?.dayNumber === dayNumber) return cached.key;
  const day = utcDay(nowMs);
  const key = (async () => {
    const salt = await env.VISITOR_SALT.get(env.VISITOR_SALT.idFromName("visitor-salt")).saltFor(day);
    return crypto.subtle.importKey("raw", encoder.encode(salt), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  })();
  cached = { dayNumber, key };
  // A failed fetch is not cached: the next request asks again.
  key.catch(() => {
    if (cached?.key === key) cached = null;
  });
  return key;
}

/**
 * The visitor's hash for today on one share, or null without an IP (then the visitor is simply
 * not counted). The share id is hashed in too, so one reader's hashes on two shares do not match.
 *
 * @example
 * await visitorHash(env, { shareId, ip: "203.0.113.7", userAgent: "Mozilla/5.0 …" }, Date.now()); // "9f86d081…" (64 hex)
 */
export async function visitorHash(
  env: Bindings,
  { shareId, ip, userAgent }: { shareId: string; ip: string | null; userAgent: string },
  nowMs: number,
): Promise<string | null> {
  if (!ip) return null;
  const key = await dailyKey(env, nowMs);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${shareId}\n${ip}\n${userAgent}`));
  return hexOf(mac);
}

/**
 * Lower-case hex of a digest, from a table (row 7: `toString(16)` per byte showed in the profile).
 *
 * @example
 * hexOf(new Uint8Array([0, 255]).buffer); // "00ff"
 */
export function hexOf(digest: ArrayBuffer): string {
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += HEX[byte];
  return hex;
}
