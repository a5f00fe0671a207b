/** The key a limiter counts under: a scope and a hash of the client or token, never the raw value. */
import type { Context } from "hono";
import { clientAddressKey } from "../domain/client-address";
import { sha256Base64Url } from "../domain/share-version";

/**
 * `scope:hash`: the scope keeps two limits of one client apart; the hash keeps a token or an
 * address out of every name, log line and storage key.
 *
 * @example
 * await limitKey("api-token", token); // "api-token:Xq3…" (22 characters of SHA-256)
 */
export async function limitKey(scope: string, subject: string): Promise<string> {
  return `${scope}:${await sha256Base64Url(subject, 22)}`;
}

/**
 * The client a request comes from, as Cloudflare saw it (CF-Connecting-IP; an IPv6 client is its /64).
 *
 * @example
 * clientOf(c); // "192.0.2.7"
 */
export function clientOf(c: Context): string {
  return clientAddressKey(c.req.header("cf-connecting-ip"));
}
