/** The one error storage code throws: a binding failed or timed out; the caller answers 503. */
export class StorageUnavailableError extends Error {
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`Storage unavailable during ${operation}`, options);
    this.name = "StorageUnavailableError";
  }
}

/**
 * How long one storage call may take. KV and Durable Object calls take milliseconds when healthy;
 * a call that hangs (an overloaded KV edge, a Durable Object stuck resetting) must end in a 503 with
 * Retry-After, or a CTA that still redirects, instead of a reader waiting for the runtime's limit.
 */
export const STORAGE_TIMEOUT_MS = 5_000;

/**
 * Runs a storage call and rethrows any failure, or a call that outlives `timeoutMs`, as
 * StorageUnavailableError, keeping the cause for the log.
 *
 * @example
 * const raw = await guarded("KV read", () => env.BRIEFINGS.get(key, { type: "json" }));
 */
export async function guarded<T>(operation: string, call: () => Promise<T>, timeoutMs = STORAGE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${operation} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([call(), timeout]);
  } catch (cause) {
    throw new StorageUnavailableError(operation, { cause });
  } finally {
    clearTimeout(timer);
  }
}
