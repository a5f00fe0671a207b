/** The narrow door to the counting windows behind the limiters: count a request, or look without counting. */
import type { WindowRule, WindowVerdict } from "../domain/request-window";
import type { Bindings } from "../env";
import { guarded } from "./storage-error";

/** A limiter waits this long at most: it guards the API, it must not slow it down when storage is slow. */
const LIMITER_TIMEOUT_MS = 1_000;

function windowObject(env: Bindings, key: string) {
  return env.REQUEST_WINDOWS.get(env.REQUEST_WINDOWS.idFromName(key));
}

/**
 * Counts one request under `key` (a scope plus a hashed client or token) and answers the verdict.
 * Throws StorageUnavailableError when the window cannot be reached; limiters let the request through.
 *
 * @example
 * const verdict = await countInWindow(env, "api-token:3kq…", { limit: 600, windowSeconds: 60 });
 */
export function countInWindow(env: Bindings, key: string, rule: WindowRule): Promise<WindowVerdict> {
  return guarded("request window count", async () => (await windowObject(env, key).count(rule)) as WindowVerdict, LIMITER_TIMEOUT_MS);
}

/** Looks at the window under `key` without counting. */
export function peekInWindow(env: Bindings, key: string, rule: WindowRule): Promise<WindowVerdict> {
  return guarded("request window peek", async () => (await windowObject(env, key).peek(rule)) as WindowVerdict, LIMITER_TIMEOUT_MS);
}
