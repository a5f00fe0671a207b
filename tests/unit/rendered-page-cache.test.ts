import { describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../../src/config";
import { BriefingSchema } from "../../src/domain/briefing-schema";
import type { Bindings } from "../../src/env";
import { NONCE_SLOT, cachedPage, withNonce } from "../../src/http/rendered-page-cache";
import { buildBriefing } from "../fixtures/briefings";

const freshConfig = (): Config => parseConfig({ PUBLIC_ORIGIN: "https://share.test" } as Bindings);

describe("cachedPage", () => {
  it("renders a share version once per configuration, and again for a new version or configuration", async () => {
    const config = freshConfig();
    let renders = 0;
    const render = async () => ({ html: `<p nonce="${NONCE_SLOT}">${++renders}</p>`, etag: `"e${renders}"` });
    const first = await cachedPage(config, "abcd:v1", render);
    expect(await cachedPage(config, "abcd:v1", render)).toBe(first);
    expect(renders).toBe(1);
    await cachedPage(config, "abcd:v2", render);
    await cachedPage(freshConfig(), "abcd:v1", render);
    expect(renders).toBe(3);
  });

  it("keeps at most 256 pages, dropping the oldest first", async () => {
    const config = freshConfig();
    let renders = 0;
    const render = async () => ({ html: String(++renders), etag: '""' });
    for (let i = 0; i <= 256; i++) await cachedPage(config, `id${i}:v`, render);
    await cachedPage(config, "id256:v", render);
    expect(renders).toBe(257);
    await cachedPage(config, "id0:v", render);
    expect(renders).toBe(258);
  });
});

describe("withNonce", () => {
  it("puts the response's nonce in every slot", () => {
    expect(withNonce(`<style nonce="${NONCE_SLOT}"></style><script nonce="${NONCE_SLOT}"></script>`, "n0nce")).toBe(
      '<style nonce="n0nce"></style><script nonce="n0nce"></script>',
    );
  });

  it("cannot touch briefing text: the schema rejects the slot's characters", () => {
    expect(BriefingSchema.safeParse(buildBriefing({ title: `a ${NONCE_SLOT} b` })).success).toBe(false);
  });
});
