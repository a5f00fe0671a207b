/** ETags, If-None-Match and the cache policy of public HTML pages. */

/**
 * Browsers revalidate on every load (a 304 costs one small round trip); shared caches such as
 * Cloudflare's edge may keep a page 30 s, so an update or a revoke shows within a minute even
 * after KV's own propagation delay. `no-transform` keeps proxies from rewriting the nonce'd HTML.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=30, must-revalidate, no-transform";

/** Error pages (404, 410) may be cached as briefly; a 503 is never cached (see on-error.ts). */
export const ERROR_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=30";

/**
 * A strong ETag from the share version plus a short hash of the rendered HTML, so that a new
 * deploy of the templates or a changed setting also changes it. The per-response CSP nonce is
 * removed before hashing: it changes on every response and must not change the ETag.
 *
 * @example
 * await pageEntityTag("mJ3k0xQ2a9Zb", html, nonce); // "\"mJ3k0xQ2a9Zb.4fQ2xk9a\""
 */
export async function pageEntityTag(version: string, html: string, nonce: string): Promise<string> {
  const stable = nonce ? html.split(nonce).join("") : html;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(stable)));
  const hash = btoa(String.fromCharCode(...digest.subarray(0, 6)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
  return `"${version}.${hash}"`;
}

/**
 * True when an If-None-Match header matches the ETag (weak comparison, RFC 9110 §13.1.2).
 *
 * @example
 * ifNoneMatch('W/"v1.abc", "v2.def"', '"v2.def"'); // true
 * ifNoneMatch("*", '"v2.def"');                   // true
 * ifNoneMatch(undefined, '"v2.def"');             // false
 */
export function ifNoneMatch(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((candidate) => opaque(candidate) === wanted);
}
