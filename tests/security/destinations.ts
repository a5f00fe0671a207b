/** Where a response sends a reader (Location, links, refreshes), and whether that is allowed: the open-redirect oracle. */
import { findAll, parseHtml } from "../fixtures/html";
import { ORIGIN } from "./harness";

const STORE_HOSTS = new Set(["apps.apple.com", "play.google.com"]);

/** Why a URL we send a reader to is not allowed, or null when it is. */
export function forbiddenDestination(raw: string): string | null {
  let url: URL;
  try {
    // A relative Location resolves against the page the reader asked for: our origin.
    url = new URL(raw, ORIGIN);
  } catch {
    return `unparseable ${raw}`;
  }
  if (url.protocol === "intent:") {
    // An Android intent is allowed when it targets the Play Store and falls back to an allowed URL.
    const fallback = /S\.browser_fallback_url=([^;]*)/.exec(raw)?.[1];
    if (!/;package=(com\.android\.vending|app\.example\.scout);/.test(raw)) return `intent for another package: ${raw}`;
    return fallback ? forbiddenDestination(decodeURIComponent(fallback)) : `intent without fallback: ${raw}`;
  }
  if (url.origin === ORIGIN) return null;
  if (url.protocol === "https:" && STORE_HOSTS.has(url.hostname) && !url.username && !url.password) return null;
  return `${raw} leaves for ${url.origin}`;
}

/** Every destination a response sends the reader to: Location, and the links and refreshes of its page. */
export async function destinations(response: Response): Promise<string[]> {
  const found: string[] = [];
  const location = response.headers.get("location");
  if (location !== null) found.push(location);
  if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
    const page = await parseHtml(await response.text());
    for (const a of findAll(page, "a")) if (a.attributes.href !== undefined) found.push(a.attributes.href);
    for (const meta of findAll(page, "meta")) {
      if ((meta.attributes["http-equiv"] ?? "").toLowerCase() === "refresh") found.push(meta.attributes.content?.replace(/^\d+;\s*url=/i, "") ?? "");
    }
  }
  return found.filter((href) => !href.startsWith("#"));
}
