/** The bench's calls to the share API: create, replace and read stats, with the local token. */

/** The local-only token from the committed .dev.vars. */
export const LOCAL_TOKEN = "local-dev-token";

const headers = { authorization: `Bearer ${LOCAL_TOKEN}`, "content-type": "application/json" };

async function call(origin, method, path, body) {
  const response = await fetch(`${origin}${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** Creates a share and returns the API's summary `{ id, url, imageUrl, version, … }`. */
export const createShare = (origin, briefing, sharer) => call(origin, "POST", "/api/shares", { briefing, ...(sharer && { sharer }) });

/** Replaces a share's content; a different sharer ref alone gives a new version (and a new card URL). */
export const replaceShare = (origin, id, briefing, sharer) =>
  call(origin, "PUT", `/api/shares/${id}`, { briefing, ...(sharer && { sharer }) });

/** The stats document, or null while the route is not implemented (501) or missing (404). */
export async function readStats(origin, id) {
  const response = await fetch(`${origin}/api/shares/${id}/stats`, { headers });
  if (!response.ok) return null;
  return response.json();
}
