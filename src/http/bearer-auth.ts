/** Bearer-token authentication for the API, compared in constant time; tokens never reach a log. */
import type { MiddlewareHandler } from "hono";
import { getConfig } from "../config";
import type { AppEnv } from "../env";
import { ApiError } from "./api-error";

const encoder = new TextEncoder();

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(text));
}

/**
 * True when `presented` equals one of `accepted`. Both sides are hashed first so the comparison is
 * over equal lengths, and every accepted token is compared, so timing reveals neither which token
 * nor how much of it matched.
 */
export async function matchesAnyToken(presented: string, accepted: readonly string[]): Promise<boolean> {
  const presentedDigest = await digest(presented);
  let matched = false;
  for (const token of accepted) {
    const equal = crypto.subtle.timingSafeEqual(presentedDigest, await digest(token));
    matched = matched || equal;
  }
  return matched;
}

/**
 * Requires `Authorization: Bearer <token>` with a token from API_TOKENS. With no tokens configured
 * the API answers 500 naming API_TOKENS: there is no default token.
 *
 * @example
 * api.use("*", bearerAuth());
 */
export function bearerAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const config = getConfig(c.env);
    if (config.apiTokens.length === 0) {
      throw new ApiError("configuration_error", `Configuration variable API_TOKENS ${config.problems.API_TOKENS}.`);
    }
    const match = /^Bearer[ ]+([\x21-\x7E]+)[ ]*$/i.exec(c.req.header("authorization") ?? "");
    if (!match || !(await matchesAnyToken(match[1]!, config.apiTokens))) {
      throw new ApiError("unauthorized", "Send a valid API token as `Authorization: Bearer <token>`.", {
        headers: { "www-authenticate": 'Bearer realm="briefing-share"' },
      });
    }
    await next();
  };
}
