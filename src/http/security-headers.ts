/** App-wide security headers, with a fresh CSP nonce per response in `c.var.cspNonce`. */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

export interface SecurityHeadersOptions {
  /** HSTS max-age in seconds; one year by default. */
  hstsMaxAge?: number;
}

/**
 * 128 random bits, base64: the CSP spec asks for at least 128 bits from a CSPRNG.
 *
 * @example
 * newNonce(); // "6oegaeD2HIrMxz87HC+48Q=="
 */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for a response whose inline <style> and <script> carry `nonce`.
 * Nothing else runs or loads: images, fonts and fetches only from our own origin (plus data: for
 * inline icons), no plugins, no <base>, no framing, forms only back to us.
 *
 * @example
 * contentSecurityPolicy("r4nd0m"); // "default-src 'none'; script-src 'nonce-r4nd0m' 'strict-dynamic'; …"
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Powerful features no page of ours uses; denied so an injected frame or script cannot ask for them. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/**
 * Sets the security headers on every response, without overriding one a route chose itself.
 * A 304 gets no CSP: a 304's headers replace the cached ones, and a new nonce would then no longer
 * match the cached body's nonce, blocking its stylesheet.
 *
 * @example
 * app.use("*", securityHeaders());
 * // in a route: <Layout nonce={c.var.cspNonce} …>
 */
export function securityHeaders({ hstsMaxAge = 31_536_000 }: SecurityHeadersOptions = {}): MiddlewareHandler<AppEnv> {
  const hsts = `max-age=${hstsMaxAge}; includeSubDomains`;
  return async (c, next) => {
    const nonce = newNonce();
    c.set("cspNonce", nonce);
    await next();
    let headers = c.res.headers;
    try {
      headers.set("x-content-type-options", "nosniff");
    } catch {
      // Responses from fetch() or Response.redirect() have immutable headers: copy once, then set.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
    }
    const setDefault = (name: string, value: string) => {
      if (!headers.has(name)) headers.set(name, value);
    };
    if (c.res.status !== 304) setDefault("content-security-policy", contentSecurityPolicy(nonce));
    setDefault("strict-transport-security", hsts);
    setDefault("x-content-type-options", "nosniff");
    setDefault("referrer-policy", "strict-origin-when-cross-origin");
    setDefault("permissions-policy", PERMISSIONS_POLICY);
    setDefault("x-frame-options", "DENY");
    setDefault("cross-origin-opener-policy", "same-origin");
  };
}
