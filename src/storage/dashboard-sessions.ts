/** Signed-out dashboard sessions, remembered in KV until the cookie would have expired anyway. */
import type { DashboardSession } from "../dashboard/session";
import type { Bindings } from "../env";
import { kvKeys } from "./kv-keys";
import { guarded } from "./storage-error";

/** KV refuses expirations less than 60 s ahead. */
const KV_MIN_TTL_SECONDS = 60;

/**
 * Records that a session signed out. KV is eventually consistent: the location that handled the
 * sign-out refuses the cookie at once; elsewhere a copied cookie may work for up to 60 s more, and
 * never past its own expiry (8 h).
 *
 * @example
 * await revokeDashboardSession(env, session, Date.now());
 */
export async function revokeDashboardSession(env: Bindings, session: DashboardSession, nowMs: number): Promise<void> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const expiration = Math.max(session.expiresAt, nowSeconds + KV_MIN_TTL_SECONDS);
  await guarded("KV session revocation", () => env.BRIEFINGS.put(kvKeys.revokedDashboardSession(session.id), String(nowSeconds), { expiration }));
}

/**
 * True when the session signed out.
 *
 * @example
 * if (await isDashboardSessionRevoked(env, session.id)) return redirectToSignIn(c);
 */
export async function isDashboardSessionRevoked(env: Bindings, sessionId: string): Promise<boolean> {
  return (await guarded("KV session revocation read", () => env.BRIEFINGS.get(kvKeys.revokedDashboardSession(sessionId)))) !== null;
}
