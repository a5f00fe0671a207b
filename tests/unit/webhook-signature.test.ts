import { describe, expect, it } from "vitest";
import { SIGNATURE_TOLERANCE_SECONDS, signWebhook, verifyWebhookSignature } from "../../src/stats/webhook-signature";
import { retryDelaySeconds } from "../../src/stats/retry-delay";
import { webhookConfig } from "../../src/stats/webhook-settings";
import type { Bindings } from "../../src/env";

const SECRET = "whsec_test_0123456789abcdef";
const BODY = '{"deliveryId":"d1","type":"cta_clicks","events":[]}';
const T = 1_764_158_400;

describe("webhook signatures", () => {
  it("signs timestamp and body as t=<unix>,v1=<hex HMAC-SHA256>", async () => {
    const header = await signWebhook(SECRET, T, BODY);
    expect(header).toMatch(/^t=1764158400,v1=[0-9a-f]{64}$/);
    // Independent recomputation: HMAC-SHA256(secret, "<t>.<body>").
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${T}.${BODY}`)));
    expect(header.split("v1=")[1]).toBe(Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join(""));
  });

  it.each([
    ["the same body, secret and a fresh timestamp", BODY, SECRET, T + 10, true],
    ["a tampered body", BODY.replace("d1", "d2"), SECRET, T, false],
    ["another secret", BODY, "whsec_someone_else_000000", T, false],
    ["a timestamp older than the tolerance", BODY, SECRET, T + SIGNATURE_TOLERANCE_SECONDS + 1, false],
  ])("verifies %s as %s", async (_label, body, secret, now, expected) => {
    const header = await signWebhook(SECRET, T, BODY);
    expect(await verifyWebhookSignature(secret, header, body, now)).toBe(expected);
  });

  it.each([null, "", "v1=abc", "t=abc,v1=00"])("rejects a malformed header %j", async (header) => {
    expect(await verifyWebhookSignature(SECRET, header, BODY, T)).toBe(false);
  });
});

describe("webhookConfig", () => {
  const env = (vars: Partial<Bindings>) => vars as Bindings;
  it.each([
    [{}, { enabled: false, problem: null }],
    [{ CLICK_WEBHOOK_URL: "https://api.example.app/hooks" }, { enabled: false, problem: expect.stringContaining("WEBHOOK_SECRET") }],
    [{ WEBHOOK_SECRET: SECRET }, { enabled: false, problem: expect.stringContaining("CLICK_WEBHOOK_URL") }],
    [{ CLICK_WEBHOOK_URL: "http://api.example.app/hooks", WEBHOOK_SECRET: SECRET }, { enabled: false, problem: expect.stringContaining("https") }],
    [{ CLICK_WEBHOOK_URL: "https://api.example.app/hooks", WEBHOOK_SECRET: "short" }, { enabled: false, problem: expect.stringContaining("16") }],
    [{ CLICK_WEBHOOK_URL: "https://api.example.app/hooks", WEBHOOK_SECRET: SECRET }, { enabled: true, settings: { url: "https://api.example.app/hooks", secret: SECRET } }],
  ])("reads %j", (vars, expected) => {
    expect(webhookConfig(env(vars))).toEqual(expected);
  });
});

describe("retryDelaySeconds", () => {
  it.each([
    [1, 300, 5],
    [2, 300, 10],
    [3, 300, 20],
    [7, 300, 300],
    [7, 3600, 320],
    [12, 3600, 3600],
    [0, 300, 5],
  ])("after attempt %i (cap %i s) waits %i s", (attempts, cap, expected) => {
    expect(retryDelaySeconds(attempts, cap)).toBe(expected);
  });
});
