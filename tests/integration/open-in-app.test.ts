import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { REVEAL_ANDROID_ONLY } from "../../templates/briefing-page";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { USER_AGENTS } from "../fixtures/user-agents";

const readers = USER_AGENTS.filter((agent) => agent.kind === "human");

/** The page without its per-response nonce, so two responses can be compared. */
const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe("the page's Open-in-app link", () => {
  it("is the same HTML for every reader, so shared caches need no Vary: User-Agent", async () => {
    const { id } = await createShare(buildShareRequest());
    const pages = await Promise.all(
      readers.map(async ({ ua }) => {
        const response = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "user-agent": ua } });
        expect(response.headers.get("vary") ?? "").not.toMatch(/user-agent/i);
        return withoutNonce(await response.text());
      }),
    );
    expect(new Set(pages).size).toBe(1);
  });

  it("is an intent to our package with the page as fallback, hidden until the nonce'd script sees Android", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await SELF.fetch(`${ORIGIN}/b/${id}`);
    const html = await response.text();
    const intent = `intent://share.test/b/${id}#Intent;scheme=https;package=app.example.scout;S.browser_fallback_url=https%3A%2F%2Fshare.test%2Fb%2F${id};end`;
    expect(html).toMatch(new RegExp(`<a class="open-in-app" href="${intent.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" hidden="" data-android-only="true"`));
    const nonce = /script-src[^;]*'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">${REVEAL_ANDROID_ONLY}</script>`);
  });
});
