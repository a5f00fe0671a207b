/** ETags, If-None-Match and the cache policy of public HTML pages. */

/**
 * Every HTML page carries a fresh CSP nonce, so no shared cache may keep one: a cached copy would
 * hand the same nonce to every reader, and a nonce is only worth something while it is unguessable
 * per response. `private` keeps a page in the reader's own browser only; `no-cache` makes it
 * revalidate on every load, which the share page's ETag turns into a 304 without a body (a 304
 * carries no CSP, so the cached page keeps the nonce it came with). Cloudflare does not cache HTML
 * by default either, so an edge cache loses nothing a default zone had.
 *
 * No `no-transform`: it is how an origin opts out of Cloudflare's gzip and brotli compression (the
 * demo page's 20 KiB go out as about 6 KiB; `npm run page-weight`). Compression changes the encoding, not the content: the
 * browser decodes exactly the bytes the Worker sent, nonce included, so the CSP header still matches
 * the body. Nonce safety never depended on no-transform; it depends on the page not being replayed
 * from a shared cache, which `private` rules out.
 */
export const PAGE_CACHE_CONTROL = "private, no-cache";

/** Error pages (404, 410) carry a nonce too; a 503 is never stored at all (see on-error.ts). */
export const ERROR_PAGE_CACHE_CONTROL = "private, no-cache";

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
