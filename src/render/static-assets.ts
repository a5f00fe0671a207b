/** Reads the card's fonts and emoji from the Worker's own static assets, keeping recent ones in memory. */

/**
 * Thrown when an asset the card needs cannot be read; the caller answers with the fallback card.
 *
 * @example
 * throw new CardAssetError("/fonts/inter/inter-latin-400-normal.woff", 500);
 */
export class CardAssetError extends Error {
  constructor(
    readonly path: string,
    readonly status: number | null,
  ) {
    super(`Card asset ${path} unavailable${status === null ? "" : ` (HTTP ${status})`}`);
    this.name = "CardAssetError";
  }
}

/** Anything with the ASSETS binding's fetch: the binding itself, or a test's wrapper around it. */
export interface AssetFetcher {
  fetch(input: Request | string, init?: RequestInit): Promise<Response>;
}

/**
 * An in-isolate cache of asset bytes, bounded by total size and evicting the least recently used.
 * Keeping the same ArrayBuffer also keeps satori's parsed font (it caches by buffer identity).
 */
class ByteCache {
  private readonly entries = new Map<string, ArrayBuffer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): ArrayBuffer | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: ArrayBuffer): void {
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.byteLength;
    }
  }
}

/** 24 MB: every Latin face plus a few dozen CJK slices, well inside a Worker's 128 MB. */
const CACHE_BYTES = 24 * 1024 * 1024;
/** One cache per binding object, which workerd keeps for the isolate's life (as getConfig relies on). */
const caches = new WeakMap<AssetFetcher, ByteCache>();

function cacheFor(assets: AssetFetcher): ByteCache {
  let cache = caches.get(assets);
  if (!cache) caches.set(assets, (cache = new ByteCache(CACHE_BYTES)));
  return cache;
}
/** The host is ignored by the ASSETS binding; only the path selects the file. */
const ASSET_ORIGIN = "https://assets.invalid";

/**
 * The bytes of a static asset such as "/fonts/inter/inter-latin-400-normal.woff", or null when the
 * file does not exist (a 404 is an answer, not a failure). Other statuses and network errors throw
 * a CardAssetError.
 *
 * @example
 * const font = await readAsset(env.ASSETS, "/fonts/inter/inter-latin-400-normal.woff");
 */
export async function readAsset(assets: AssetFetcher, path: string): Promise<ArrayBuffer | null> {
  const cache = cacheFor(assets);
  const cached = cache.get(path);
  if (cached) return cached;
  let response: Response;
  try {
    response = await assets.fetch(new Request(`${ASSET_ORIGIN}${path}`));
  } catch {
    throw new CardAssetError(path, null);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CardAssetError(path, response.status);
  }
  const bytes = await response.arrayBuffer();
  cache.set(path, bytes);
  return bytes;
}

/** Like readAsset, for files that must exist (a font the card needs): a 404 is a failure too. */
export async function requireAsset(assets: AssetFetcher, path: string): Promise<ArrayBuffer> {
  const bytes = await readAsset(assets, path);
  if (!bytes) throw new CardAssetError(path, 404);
  return bytes;
}
