/** Share records parsed and validated once per isolate: a hot link's unchanged KV value is not re-validated on every read. */
import type { ShareRecord } from "../domain/share";

/** Enough for the links that are hot at once; each entry keeps the KV text (tens of KiB) and its record. */
const MAX_ENTRIES = 128;

const cache = new Map<string, { text: string; record: ShareRecord }>();

/** Freezes a parsed record, so a request that mutated a shared object would throw instead of changing it for the next reader. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Returns the record for a share's KV text, parsing and validating it only when this isolate has
 * not seen exactly this text for this id. The key is the text itself, not the version: a tombstone,
 * a new expiry or any other change is a different text and is validated afresh. Storage stays an
 * untrusted boundary: nothing reaches a reader without having passed `parse` once.
 *
 * @example
 * const record = parsedRecord(id, text, (t) => validRecord(parseCached(t), "kv", id));
 */
export function parsedRecord(id: string, text: string, parse: (text: string) => ShareRecord | null): ShareRecord | null {
  const hit = cache.get(id);
  if (hit && hit.text === text) return hit.record;
  const record = parse(text);
  cache.delete(id);
  if (record === null) return null;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(id, { text, record: deepFreeze(record) });
  return record;
}
