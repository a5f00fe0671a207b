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

export interface RenderedPage {
  /** The HTML with NONCE_SLOT where each response's nonce goes. */
  html: string;
  etag: string;
}

/** Keyed by the parsed configuration object, so a changed setting (a new isolate) renders anew. */
const cacheByConfig = new WeakMap<Config, Map<string, RenderedPage>>();

/**
 * Returns the page for a share version from the isolate's cache, rendering it on a miss. The key
 * includes the version, so an update is never served stale by this cache.
 *
 * @example
 * const page = await cachedPage(config, `${id}:${version}`, async () => ({ html, etag }));
 * c.html(withNonce(page.html, c.var.cspNonce));
 */
export async function cachedPage(config: Config, key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
  let cache = cacheByConfig.get(config);
  if (!cache) {
    cache = new Map();
    cacheByConfig.set(config, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const page = await render();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, page);
  return page;
}

/** Puts this response's nonce into a cached page. */
export function withNonce(html: string, nonce: string): string {
  return html.replaceAll(NONCE_SLOT, nonce);
}
