import { describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../../src/config";
import { BriefingSchema } from "../../src/domain/briefing-schema";
import type { Bindings } from "../../src/env";
import { NONCE_SLOT, cachedErrorPage, cachedPage, pageBody } from "../../src/http/rendered-page-cache";
import { newNonce } from "../../src/http/security-headers";
import { buildBriefing } from "../fixtures/briefings";

const freshConfig = (): Config => parseConfig({ PUBLIC_ORIGIN: "https://share.test" } as Bindings);

/** Both caches of the module, each called with a render that returns `html`, so one set of tests covers both. */
const caches = [
  ["cachedPage", (config: Config, key: string, html: () => string) => cachedPage(config, key, async () => ({ html: html(), etag: '""' }))],
  ["cachedErrorPage", (config: Config, key: string, html: () => string) => cachedErrorPage(config, key, async () => html())],
] as const;

describe.each(caches)("%s", (_, cached) => {
  it("renders a key once per configuration, and again for a new key or configuration", async () => {
    const config = freshConfig();
    let renders = 0;
    const render = () => `<p nonce="${NONCE_SLOT}">${++renders}</p>`;
    const first = await cached(config, "abcd:v1", render);
    expect(await cached(config, "abcd:v1", render)).toBe(first);
    expect(renders).toBe(1);
    await cached(config, "abcd:v2", render);
    await cached(freshConfig(), "abcd:v1", render);
    expect(renders).toBe(3);
  });

  it("keeps at most 256 pages, dropping the oldest first", async () => {
    const config = freshConfig();
    let renders = 0;
    const render = () => String(++renders);
    for (let i = 0; i <= 256; i++) await cached(config, `id${i}:v`, render);
    await cached(config, "id256:v", render);
    expect(renders).toBe(257);
    await cached(config, "id0:v", render);
    expect(renders).toBe(258);
  });
});

describe("cachedErrorPage beside cachedPage", () => {
  it("is kept apart from the share pages: 300 error pages push no share page out", async () => {
    const config = freshConfig();
    let pageRenders = 0;
    const renderPage = async () => ({ html: String(++pageRenders), etag: '""' });
    const page = await cachedPage(config, "abcd:v1", renderPage);
    for (let i = 0; i < 300; i++) await cachedErrorPage(config, `410:en:/b/id${i}/get?via=error`, async () => String(i));
    expect(await cachedPage(config, "abcd:v1", renderPage)).toBe(page);
    expect(pageRenders).toBe(1);
  });

  it("keeps the share page's ETag with its bytes", async () => {
    const page = await cachedPage(freshConfig(), "abcd:v1", async () => ({ html: "<p>x</p>", etag: '"e1"' }));
    expect(page.etag).toBe('"e1"');
  });
});

describe("pageBody", () => {
  const decoder = new TextDecoder();
  const pages: Array<[string, string]> = [
    ["every slot", `<style nonce="${NONCE_SLOT}"></style><script nonce="${NONCE_SLOT}"></script>`],
    ["a slot at each end", `${NONCE_SLOT}<p>${NONCE_SLOT}`],
    ["no slot", "<p>plain</p>"],
    ["text beyond ASCII around a slot", `<p>café · 東京 🦊</p><i nonce="${NONCE_SLOT}">مرحبا</i>`],
  ];
  // A real nonce (24 base64 characters, written over the template); others are re-encoded, and
  // none is what the preview inspector's in-process request to the page has.
  const nonces = [newNonce(), "6oegaeD2HIrMxz87HC+48Q==", "n0nce", ""];
  const cases = pages.flatMap(([name, html]) => nonces.map((nonce) => [name, nonce, html] as const));
  it.each(cases)("puts the response's nonce in %s, as UTF-8 (nonce %s)", async (_, nonce, html) => {
    const page = await cachedPage(freshConfig(), "abcd:v1", async () => ({ html, etag: '"e"' }));
    const expected = html.replaceAll(NONCE_SLOT, nonce);
    const body = pageBody(page, nonce);
    expect(decoder.decode(body)).toBe(expected);
    expect(body.length).toBe(new TextEncoder().encode(expected).length);
  });

  it("gives every response its own nonce and never changes the cached page", async () => {
    const page = await cachedPage(freshConfig(), "abcd:v1", async () => ({ html: `<b nonce="${NONCE_SLOT}">`, etag: '"e"' }));
    const [first, second] = [newNonce(), newNonce()];
    const firstBody = pageBody(page, first);
    const secondBody = pageBody(page, second);
    expect(decoder.decode(firstBody)).toBe(`<b nonce="${first}">`);
    expect(decoder.decode(secondBody)).toBe(`<b nonce="${second}">`);
    expect(firstBody.buffer).not.toBe(page.template.buffer);
    expect(decoder.decode(page.template)).toBe(`<b nonce="${"\u0000".repeat(24)}">`);
  });

  it("cannot touch briefing text: the schema rejects the slot's characters", () => {
    expect(BriefingSchema.safeParse(buildBriefing({ title: `a ${NONCE_SLOT} b` })).success).toBe(false);
  });
});
