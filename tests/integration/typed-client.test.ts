import { SELF } from "cloudflare:test";
import { hc } from "hono/client";
import { describe, expect, it } from "vitest";
import type { ApiType } from "../../src/index";
import { ORIGIN, TOKEN } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";

/** The README's typed-client example, run against the Worker itself. */
const client = hc<ApiType>(`${ORIGIN}/api`, {
  headers: { authorization: `Bearer ${TOKEN}` },
  fetch: (input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init),
});

describe("hono/client with ApiType", () => {
  it("creates and reads a share with typed requests and responses", async () => {
    const created = await client.shares.$post({ json: buildShareRequest() });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const { id, url } = await created.json();
    expect(url).toBe(`${ORIGIN}/b/${id}`);

    const read = await client.shares[":id"].$get({ param: { id } });
    expect(read.status).toBe(200);
    if (read.status !== 200) return;
    const share = await read.json();
    expect(share.briefing.title).toBe(buildShareRequest().briefing.title);
    // The response is typed, not `any`: tsc fails here if the field were accepted.
    // @ts-expect-error ShareDetail has no `html` field
    expect(share.html).toBeUndefined();
  });
});
