import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { USER_AGENTS } from "../fixtures/user-agents";

const readers = USER_AGENTS.filter((agent) => agent.kind === "human");

describe("the page's Open-in-app link", () => {
  it.each(readers)("is offered to Android readers only ($name)", async ({ ua, platform }) => {
    const { id } = await createShare(buildShareRequest());
    const response = await SELF.fetch(`${ORIGIN}/b/${id}`, { headers: { "user-agent": ua } });
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toMatch(/user-agent/i);
    const html = await response.text();
    const intent = `intent://share.test/b/${id}#Intent;scheme=https;package=app.example.scout;S.browser_fallback_url=https%3A%2F%2Fshare.test%2Fb%2F${id};end`;
    if (platform === "android") expect(html).toContain(`href="${intent}"`);
    else expect(html).not.toContain("intent://");
  });
});
