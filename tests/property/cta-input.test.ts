/** Property tests: whatever `via`, query, User-Agent and Referer a tap carries, the CTA answers without a 5xx and sends the reader only to a store or to us. */
import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect } from "vitest";
import { buildShareRequest } from "../fixtures/briefings";
import { destinations, forbiddenDestination } from "../security/destinations";
import { harness } from "../security/harness";

const RUNS = 60;
/** Clicks are not under test here: a queue that drops them keeps the runs cheap. */
const droppedQueue = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue;
const h = harness({ STATS_EVENTS: droppedQueue });
let id = "";

beforeAll(async () => {
  const response = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest()) });
  id = ((await response.json()) as { id: string }).id;
});

const printable = (max: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: max });
const userAgent = fc.oneof(
  printable(300),
  fc.constantFrom(
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.55.81;]",
  ),
  // A real agent with hostile text appended, so platform detection still takes its branches.
  printable(80).map((tail) => `Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Instagram ${tail}`),
);
const queryValue = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("//evil.example", "https://evil.example", "\\\\evil.example", "banner", "qr"));

describe("GET /b/:id/get and /get with arbitrary input", () => {
  test.prop(
    [
      fc.boolean(),
      queryValue,
      fc.dictionary(fc.constantFrom("next", "url", "redirect", "via", "ct", "pt", "id", "referrer", "utm_source"), queryValue, { maxKeys: 3 }),
      userAgent,
      fc.option(fc.oneof(fc.webUrl(), printable(120)), { nil: undefined }),
    ],
    { numRuns: RUNS },
  )("never answers 5xx and sends the reader only to a store or to our origin", async (forShare, via, extra, ua, referer) => {
    const query = new URLSearchParams({ via, ...extra }).toString();
    const headers: Record<string, string> = { "user-agent": ua };
    if (referer !== undefined) headers.referer = referer;
    const response = await h.fetch(`${forShare ? `/b/${id}/get` : "/get"}?${query}`, { headers, redirect: "manual" });
    expect(response.status).toBeLessThan(500);
    for (const destination of await destinations(response)) expect(forbiddenDestination(destination)).toBeNull();
  });
});
