/** Webhook signatures: HMAC-SHA256 over `<timestamp>.<body>`, sent as `X-Briefing-Signature: t=<unix>,v1=<hex>`. */

export const SIGNATURE_HEADER = "x-briefing-signature";
/** How old a signature a receiver should accept; also what `verifyWebhookSignature` allows. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(message));
  return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The signature header value for a body sent at `timestampSeconds`. The timestamp is signed too,
 * so a captured delivery cannot be replayed later with a fresh timestamp.
 *
 * @example
 * await signWebhook("whsec_…", 1764115200, '{"events":[]}'); // "t=1764115200,v1=5d41402a…"
 */
export async function signWebhook(secret: string, timestampSeconds: number, body: string): Promise<string> {
  return `t=${timestampSeconds},v1=${await hmacHex(secret, `${timestampSeconds}.${body}`)}`;
}

/**
 * What the app's backend does on receipt (in its own language): recompute, compare in constant
 * time, reject stale timestamps.
 *
 * @example
 * await verifyWebhookSignature(secret, request.headers.get("x-briefing-signature"), rawBody, Date.now() / 1000); // true
 */
export async function verifyWebhookSignature(secret: string, header: string | null, body: string, nowSeconds: number): Promise<boolean> {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = encoder.encode(await hmacHex(secret, `${timestamp}.${body}`));
  const presented = encoder.encode(match[2]!);
  return expected.byteLength === presented.byteLength && crypto.subtle.timingSafeEqual(expected, presented);
}
