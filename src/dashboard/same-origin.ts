/** The Origin check every dashboard form post passes before anything else: a post from another site is refused. */

/**
 * True when a POST comes from a page of this origin (or of PUBLIC_ORIGIN, which is the same site
 * behind Cloudflare). Browsers send Origin on every form post; without it, Sec-Fetch-Site decides;
 * with neither, the post is refused (a hand-made request needs the CSRF token anyway). An Origin
 * of "null" (sandboxed frames, some redirects) is refused.
 *
 * @example
 * isSameOriginPost(c.req.raw, config.publicOrigin); // false for Origin: https://evil.example
 */
export function isSameOriginPost(request: Request, publicOrigin: string | null): boolean {
  const allowed = new Set([new URL(request.url).origin, ...(publicOrigin ? [publicOrigin] : [])]);
  const origin = request.headers.get("origin");
  if (origin !== null) return allowed.has(origin);
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === "same-origin";
}
