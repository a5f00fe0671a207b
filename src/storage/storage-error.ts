/** The one error storage code throws: a binding failed or timed out; the caller answers 503. */
export class StorageUnavailableError extends Error {
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`Storage unavailable during ${operation}`, options);
    this.name = "StorageUnavailableError";
  }
}

/** Runs a storage call and rethrows any failure as StorageUnavailableError, keeping the cause for the log. */
export async function guarded<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new StorageUnavailableError(operation, { cause });
  }
}
