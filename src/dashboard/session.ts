/** Dashboard sessions: a signed cookie value (HMAC-SHA256), bound to the API token that signed in, short-lived. */

/** `__Host-`: the browser only accepts it Secure, from this host, with Path=/ and no Domain. */
export const SESSION_COOKIE = "__Host-dashboard-session";
/** Eight hours: a working day. Sign-out ends a session sooner (see session-revocations.ts). */
export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;

/** What a valid cookie proves: who (which token, by fingerprint) signed in, when, until when. */
export interface DashboardSession {
  /** 128 random bits, base64url: names the session for revocation and binds its CSRF token. */
  id: string;
  /** Unix seconds. */
  issuedAt: number;
  /** Unix seconds. */
  expiresAt: number;
}

interface SessionPayload {
  v: 1;
  sid: string;
  iat: number;
  exp: number;
  /** Fingerprint of the API token used to sign in: removing that token from API_TOKENS ends the session. */
  tk: string;
}

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

/** @example base64Url(new Uint8Array([251, 255])); // "-_8" */
export function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** HMAC-SHA256 of `purpose.message`: the purpose keeps a session signature from passing as a CSRF token. */
async function sign(secret: string, purpose: string, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`${purpose}.${message}`)));
}

async function tokenFingerprint(secret: string, token: string): Promise<string> {
  return base64Url((await sign(secret, "token", token)).slice(0, 16));
}

/**
 * A new session for someone who presented `token`, and the cookie value that carries it.
 *
 * @example
 * const { session, cookieValue } = await issueSession(secret, "tok_…", Date.now());
 */
export async function issueSession(secret: string, token: string, nowMs: number): Promise<{ session: DashboardSession; cookieValue: string }> {
  const issuedAt = Math.floor(nowMs / 1000);
  const payload: SessionPayload = {
    v: 1,
    sid: base64Url(crypto.getRandomValues(new Uint8Array(16))),
    iat: issuedAt,
    exp: issuedAt + SESSION_LIFETIME_SECONDS,
    tk: await tokenFingerprint(secret, token),
  };
  const body = base64Url(encoder.encode(JSON.stringify(payload)));
  const signature = base64Url(await sign(secret, "session", body));
  return { session: { id: payload.sid, issuedAt: payload.iat, expiresAt: payload.exp }, cookieValue: `${body}.${signature}` };
}

function parsePayload(bytes: Uint8Array): SessionPayload | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== "object" || value === null) return null;
    const { v, sid, iat, exp, tk } = value as Record<string, unknown>;
    if (v !== 1 || typeof sid !== "string" || typeof tk !== "string") return null;
    if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp)) return null;
    return { v, sid, iat: iat as number, exp: exp as number, tk };
  } catch {
    return null;
  }
}

/**
 * The session a cookie value carries, or null when it is malformed, forged (signature checked in
 * constant time), expired, issued in the future, or made with a token no longer in `acceptedTokens`.
 *
 * @example
 * const session = await verifySession(secret, getCookie(c, SESSION_COOKIE), config.apiTokens, Date.now());
 */
export async function verifySession(
  secret: string,
  cookieValue: string | undefined,
  acceptedTokens: readonly string[],
  nowMs: number,
): Promise<DashboardSession | null> {
  if (!cookieValue || cookieValue.length > 1024) return null;
  const [body, signature, extra] = cookieValue.split(".");
  if (body === undefined || signature === undefined || extra !== undefined) return null;
  const signatureBytes = fromBase64Url(signature);
  const bodyBytes = fromBase64Url(body);
  if (!signatureBytes || !bodyBytes) return null;
  const valid = await crypto.subtle.verify("HMAC", await hmacKey(secret), signatureBytes, encoder.encode(`session.${body}`));
  if (!valid) return null;
  const payload = parsePayload(bodyBytes);
  const now = Math.floor(nowMs / 1000);
  if (!payload || payload.exp <= now || payload.iat > now + 60 || payload.exp - payload.iat > SESSION_LIFETIME_SECONDS) return null;
  const fingerprints = await Promise.all(acceptedTokens.map((token) => tokenFingerprint(secret, token)));
  if (!fingerprints.includes(payload.tk)) return null;
  return { id: payload.sid, issuedAt: payload.iat, expiresAt: payload.exp };
}

/**
 * The CSRF token of a session: derived from its id, so it needs no storage and dies with the session.
 *
 * @example
 * <input type="hidden" name="csrf" value={await csrfToken(secret, session)} />
 */
export async function csrfToken(secret: string, session: DashboardSession): Promise<string> {
  return base64Url(await sign(secret, "csrf", session.id));
}

/**
 * True when `presented` is the session's CSRF token (compared in constant time).
 *
 * @example
 * if (!(await isValidCsrfToken(secret, session, form.csrf))) return forbidden();
 */
export async function isValidCsrfToken(secret: string, session: DashboardSession, presented: unknown): Promise<boolean> {
  if (typeof presented !== "string") return false;
  const expected = encoder.encode(await csrfToken(secret, session));
  const given = encoder.encode(presented);
  return expected.byteLength === given.byteLength && crypto.subtle.timingSafeEqual(expected, given);
}
