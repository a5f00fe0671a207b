import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { parseHtml } from "../fixtures/html";

async function robotsOf(id: string, overrides: Record<string, string>) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`${ORIGIN}/b/${id}`), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  const page = await parseHtml(await response.text());
  return { header: response.headers.get("x-robots-tag"), meta: page.meta.get("robots") };
}

describe("share pages and search engines", () => {
  it.each([
    ["by default", {}, "noindex"],
    ["with SHARE_PAGES_INDEXABLE=off", { SHARE_PAGES_INDEXABLE: "off" }, "noindex"],
    ["with SHARE_PAGES_INDEXABLE=on", { SHARE_PAGES_INDEXABLE: "on" }, "index"],
  ])("say %s in the header and the meta tag: %s", async (_name, overrides, expected) => {
    const { id } = await createShare(buildShareRequest());
    expect(await robotsOf(id, overrides)).toEqual({ header: expected, meta: expected });
  });
});
