/** Sign-in attempts per client, counted by the Workers Rate Limiting binding, so a token cannot be guessed at speed. */
import { sha256Base64Url } from "../domain/share-version";
import type { Bindings } from "../env";

/** What the binding allows (wrangler.toml: 10 attempts per 60 s), and how long a refused client waits. */
export const SIGN_IN_RETRY_AFTER_SECONDS = 60;

/**
 * True when this client may try to sign in now. Every attempt counts, right or wrong: nobody signs
 * in ten times a minute. The client is its IP address (Cloudflare's CF-Connecting-IP, which a
 * client cannot set), hashed before it reaches the binding. A limiter that fails lets the attempt
 * through, as the API's does: tokens are long random strings, the limit is a second line.
 *
 * @example
 * if (!(await allowSignInAttempt(c.env, c.req.raw))) return tooManyAttempts(c);
 */
export async function allowSignInAttempt(env: Bindings, request: Request): Promise<boolean> {
  const client = request.headers.get("cf-connecting-ip") ?? "unknown";
  try {
    const { success } = await env.DASHBOARD_SIGN_IN_LIMITER.limit({ key: `dashboard-sign-in:${await sha256Base64Url(client, 22)}` });
    return success;
  } catch (error) {
    console.error(JSON.stringify({ event: "sign_in_limiter_failed", message: String(error) }));
    return true;
  }
}
