import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Bindings } from "../../src/env";
import { buildStatsEvent } from "../../src/stats/build-event";

/** The test bindings with the click webhook on, in a new object (the answer is kept per bindings object). */
const webhookOn = (): Bindings => ({
  ...env,
  CLICK_WEBHOOK_URL: "https://backend.example.app/hooks/clicks",
  WEBHOOK_SECRET: "whsec_test_0123456789abcdef",
});

function tapFrom(country: string | undefined): Request {
  return new Request("https://share.test/b/q3V9-xk2LrT_/get", { cf: country === undefined ? {} : { country } } as RequestInit);
}

describe("buildStatsEvent: the country", () => {
  it.each([
    ["a click, webhook on", "click", webhookOn, "FR", "FR"],
    ["a click from Tor, webhook on", "click", webhookOn, "T1", "T1"],
    ["a click without a country, webhook on", "click", webhookOn, undefined, null],
    ["a click, webhook off (nothing would read it)", "click", (): Bindings => ({ ...env }), "FR", null],
    ["a view, webhook on", "view", webhookOn, "FR", null],
  ] as const)("%s", async (_, type, bindings, country, expected) => {
    const event = await buildStatsEvent(bindings(), {
      request: tapFrom(country),
      shareId: "q3V9-xk2LrT_",
      type,
      // Not human: no visitor hash (it needs the salt object), which this test is not about.
      requestClass: { kind: "bot" },
      platform: "ios",
      placement: type === "click" ? "banner" : null,
      channel: "direct",
    });
    expect(event.country).toBe(expected);
  });
});
