/** Share pages rendered once per version per isolate, so a hot link does not re-render on every request. */
import type { Config } from "../config";

/**
 * Stands in for the CSP nonce while a page is rendered for the cache. It holds NUL characters,
 * which the briefing schema rejects, so no briefing text can contain it: only the template's own
 * nonce attributes are replaced.
 */
export const NONCE_SLOT = "\u0000nonce\u0000";

/** Enough for the links that are hot at once; older entries go first. */
const MAX_ENTRIES = 256;

const encoder = new TextEncoder();

export interface RenderedPage {
  /** The HTML with NONCE_SLOT where each response's nonce goes. */
  html: string;
  etag: string;
}

/** Every nonce of security-headers.ts: 16 bytes in base64. */
const NONCE_LENGTH = 24;

/** A page's HTML UTF-8 encoded once, and the byte offsets its nonces go to. */
export interface EncodedPage {
  /** The encoded HTML with NONCE_LENGTH bytes reserved at each slot; never sent as it is. */
  template: Uint8Array<ArrayBuffer>;
  /** Where each slot's bytes start in `template`. */
  slots: readonly number[];
}

/**
 * A cached share page. The HTML string itself is not kept, so an entry costs its bytes once (up to
 * 256 pages of 40-odd KiB per isolate).
 */
export interface CachedPage extends EncodedPage {
  etag: string;
}

function encodeTemplate(html: string): EncodedPage {
  const pieces = html.split(NONCE_SLOT).map((piece) => encoder.encode(piece));
  const template = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0) + NONCE_LENGTH * (pieces.length - 1));
  const slots: number[] = [];
  let at = 0;
  pieces.forEach((piece, i) => {
    if (i > 0) {
      slots.push(at);
      at += NONCE_LENGTH;
    }
    template.set(piece, at);
    at += piece.length;
  });
  return { template, slots };
}

/**
 * Keyed by the parsed configuration object, so a changed setting (a new isolate) renders anew. Share
 * pages and error pages are kept apart, so a run of 410s cannot push the hot share pages out.
 */
const sharePages = new WeakMap<Config, Map<string, CachedPage>>();
const errorPages = new WeakMap<Config, Map<string, EncodedPage>>();

async function fromCache<P>(caches: WeakMap<Config, Map<string, P>>, config: Config, key: string, build: () => Promise<P>): Promise<P> {
  let cache = caches.get(config);
  if (!cache) {
    cache = new Map();
    caches.set(config, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const page = await build();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, page);
  return page;
}

/**
 * Returns the page for a share version from the isolate's cache, rendering it on a miss. The key
 * includes the version, so an update is never served stale by this cache.
 *
 * @example
 * const page = await cachedPage(config, `${id}:${version}`, async () => ({ html, etag }));
 * new Response(pageBody(page, c.get("cspNonce")), { headers });
 */
export function cachedPage(config: Config, key: string, render: () => Promise<RenderedPage>): Promise<CachedPage> {
  return fromCache(sharePages, config, key, async () => {
    const { html, etag } = await render();
    return { etag, ...encodeTemplate(html) };
  });
}

/**
 * The same for a branded error page (404, 410), rendered once per status, language and call to
 * action: a revoked link that is still being shared is answered from bytes, as a live page is (row 7).
 *
 * @example
 * const page = await cachedErrorPage(config, `410:fr:${ctaHref}`, async () => String(await ErrorPage({ …, nonce: NONCE_SLOT })));
 */
export function cachedErrorPage(config: Config, key: string, render: () => Promise<string>): Promise<EncodedPage> {
  return fromCache(errorPages, config, key, async () => encodeTemplate(await render()));
}

/**
 * The page's bytes with this response's nonce in every slot: a copy of the template encoded once
 * when the page was cached, with the nonce written over each slot. A response so copies bytes
 * instead of replacing the slots in the HTML string and having the runtime encode 40-odd KiB of it
 * to UTF-8 again (most of the page's own CPU, row 7). The template itself is never handed out, so
 * no response can see another's nonce.
 *
 * @example
 * pageBody(page, "6oegaeD2HIrMxz87HC+48Q=="); // Uint8Array of the HTML, nonce filled in
 */
export function pageBody(page: EncodedPage, nonce: string): Uint8Array<ArrayBuffer> {
  if (nonce.length !== NONCE_LENGTH || !/^[A-Za-z0-9+/=]*$/.test(nonce)) return spliced(page, encoder.encode(nonce));
  const body = page.template.slice();
  for (const slot of page.slots) {
    // Base64 is ASCII: each character is one byte.
    for (let i = 0; i < NONCE_LENGTH; i++) body[slot + i] = nonce.charCodeAt(i);
  }
  return body;
}

/** The slow path, for a nonce of another length (none today, but the preview's in-process call has none): the pieces between the slots, joined by the nonce. */
function spliced(page: EncodedPage, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(page.template.length + (nonce.length - NONCE_LENGTH) * page.slots.length);
  let from = 0;
  let at = 0;
  for (const slot of page.slots) {
    body.set(page.template.subarray(from, slot), at);
    at += slot - from;
    body.set(nonce, at);
    at += nonce.length;
    from = slot + NONCE_LENGTH;
  }
  body.set(page.template.subarray(from), at);
  return body;
}
