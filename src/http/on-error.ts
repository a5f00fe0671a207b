/** Turns any thrown error into the one right response: problem+json for the API, a branded page elsewhere. */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ErrorPage } from "../../templates/error-page";
import { ConfigError } from "../config";
import type { AppEnv } from "../env";
import { StorageUnavailableError } from "../storage/storage-error";
import { ApiError } from "./api-error";
import { pageLanguage } from "./page-language";

/** How long a client should wait before retrying after a storage failure. */
const RETRY_AFTER_SECONDS = "30";

/** The API, and the two JSON endpoints the app calls on a share (src/routes/app-open.ts). */
function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || /^\/b\/[^/]+\/(app\.json|opens)$/.test(path);
}

/** Logged once with the request's method and path; never the Authorization header or a body. */
function logError(c: Context<AppEnv>, error: unknown) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  console.error(
    JSON.stringify({
      event: "request_failed",
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      cause,
    }),
  );
}

/** The app's onError. */
export function handleError(error: unknown, c: Context<AppEnv>): Response | Promise<Response> {
  const path = new URL(c.req.url).pathname;
  if (error instanceof ApiError) return error.getResponse();

  if (isApiPath(path)) {
    if (error instanceof ConfigError) {
      logError(c, error);
      return new ApiError("configuration_error", `${error.message}.`).getResponse();
    }
    if (error instanceof StorageUnavailableError) {
      logError(c, error);
      return new ApiError("storage_unavailable", "Storage is unavailable; retry shortly.", {
        headers: { "retry-after": RETRY_AFTER_SECONDS },
      }).getResponse();
    }
    if (error instanceof HTTPException) {
      return new ApiError("bad_request", error.message || "Bad request.").getResponse();
    }
    logError(c, error);
    return new ApiError("internal_error", "Something went wrong on our side.").getResponse();
  }

  if (error instanceof HTTPException && !(error instanceof StorageUnavailableError)) return error.getResponse();
  logError(c, error);
  const { t, brand } = pageLanguage(c);
  c.header("retry-after", RETRY_AFTER_SECONDS);
  c.header("cache-control", "no-store");
  c.header("x-robots-tag", "noindex");
  // cspNonce is unset only if the error happened before the security-headers middleware ran.
  return c.html(
    ErrorPage({ status: 503, appName: brand.appName, appTagline: brand.tagline, pitch: brand.pitch, t, nonce: c.var.cspNonce ?? "" }),
    503,
  );
}
