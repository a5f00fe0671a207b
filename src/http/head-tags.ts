/** Reads a page's <title>, meta tags and canonical link the way a link-preview crawler does, streaming. */
import type { HeadTags } from "../domain/unfurl-preview";

/**
 * The first value of every `<meta property|name>`, the `<title>` (as "title") and the canonical link
 * (as "canonical") of an HTML response, read with HTMLRewriter: the real tags, as served.
 *
 * @example
 * const tags = await readHeadTags(await page.request(`/b/${id}`));
 * tags["og:title"]; // "AI model pulled"
 */
export async function readHeadTags(response: Response): Promise<HeadTags> {
  const tags: HeadTags = {};
  let title = "";
  const keep = (key: string | null, value: string | null) => {
    if (key && value !== null && tags[key] === undefined) tags[key] = decodeEntities(value);
  };
  const rewriter = new HTMLRewriter()
    .on("head meta", {
      element(element) {
        keep(element.getAttribute("property") ?? element.getAttribute("name"), element.getAttribute("content"));
      },
    })
    .on('head link[rel="canonical"]', {
      element(element) {
        keep("canonical", element.getAttribute("href"));
      },
    })
    .on("head title", {
      text(chunk) {
        title += chunk.text;
      },
    });
  await rewriter.transform(response).arrayBuffer();
  if (title) tags.title = decodeEntities(title.trim());
  return tags;
}

/** HTMLRewriter hands over text chunks and attribute values as written in the HTML, entities and all. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return named[body.toLowerCase()] ?? entity;
  });
}
