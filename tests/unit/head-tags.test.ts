/** readHeadTags: the page's tags as a link-preview crawler reads them. */
import { describe, expect, it } from "vitest";
import { readHeadTags } from "../../src/http/head-tags";

const page = (head: string, body = "") => new Response(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe("readHeadTags", () => {
  it.each([
    ["og: tags by property", '<meta property="og:title" content="AI model pulled">', "og:title", "AI model pulled"],
    ["twitter: tags by name", '<meta name="twitter:card" content="summary_large_image">', "twitter:card", "summary_large_image"],
    ["entities in attributes decoded", '<meta property="og:title" content="Tom &amp; Jerry &quot;live&quot; &#x2014; &#8220;now&#8221;">', "og:title", 'Tom & Jerry "live" — “now”'],
    ["the <title>, decoded", "<title>Rates &amp; markets &lt;today&gt;</title>", "title", "Rates & markets <today>"],
    ["the canonical link", '<link rel="canonical" href="https://share.example.app/b/abc">', "canonical", "https://share.example.app/b/abc"],
    ["the first of two equal tags", '<meta property="og:image" content="first.png"><meta property="og:image" content="second.png">', "og:image", "first.png"],
  ])("reads %s", async (_name, head, key, value) => {
    expect((await readHeadTags(page(head)))[key]).toBe(value);
  });

  it("ignores meta tags outside <head>", async () => {
    const tags = await readHeadTags(page("<title>t</title>", '<meta property="og:title" content="in the body">'));
    expect(tags["og:title"]).toBeUndefined();
  });
});
