import { createExecutionContext, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { QUEUES } from "../../src/stats/queue-names";
import type { ClickWebhookDelivery } from "../../src/stats/stats-event";
import { MAX_WEBHOOK_ATTEMPTS, deliverClickWebhooks } from "../../src/stats/webhook-consumer";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "../../src/stats/webhook-signature";
import { batchOf, recordingQueue } from "../fixtures/stats";

const SECRET = "whsec_test_0123456789abcdef";
const URL_ = "https://backend.example.app/hooks/clicks";

const delivery = (): ClickWebhookDelivery => ({
  deliveryId: crypto.randomUUID(),
  type: "cta_clicks",
  events: [{ id: crypto.randomUUID(), shareId: "q3V9-xk2LrT_", at: "2026-11-26T12:00:00.000Z", platform: "ios", placement: "banner", channel: "whatsapp", country: "FR" }],
});

/** The app's backend as a function: verifies each POST's signature, then answers with the next status. */
function backend(statuses: Array<number | "network-error">) {
  const received: Array<{ url: string; body: string; signatureValid: boolean; attempt: string | null }> = [];
  const receive = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.text();
    const signatureValid = await verifyWebhookSignature(SECRET, request.headers.get(SIGNATURE_HEADER), body, Date.now() / 1000);
    received.push({ url: request.url, body, signatureValid, attempt: request.headers.get("x-briefing-attempt") });
    const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
    if (status === "network-error") throw new TypeError("fetch failed: connection refused");
    return new Response(null, { status });
  };
  return { receive: receive as typeof fetch, received };
}

function setup(dlq = recordingQueue<unknown>()) {
  return { bindings: { ...env, CLICK_WEBHOOK_URL: URL_, WEBHOOK_SECRET: SECRET, CLICK_WEBHOOK_DEAD_LETTERS: dlq.queue }, dlq };
}

async function run(bodies: ClickWebhookDelivery[], attempts: number, send: typeof fetch, bindings: typeof env) {
  const batch = batchOf(QUEUES.clickWebhooks, bodies, attempts);
  await deliverClickWebhooks(batch as MessageBatch<unknown>, bindings, send);
  return getQueueResult(batch, createExecutionContext());
}

describe("the click webhook", () => {
  it("POSTs the delivery as JSON, signed over timestamp and body, and acks on 2xx", async () => {
    const { bindings } = setup();
    const app = backend([204]);
    const body = delivery();
    const result = await run([body], 1, app.receive, bindings);
    expect(result.explicitAcks).toEqual(["msg-0"]);
    expect(app.received).toHaveLength(1);
    expect(app.received[0]).toMatchObject({ url: URL_, signatureValid: true, attempt: "1" });
    expect(JSON.parse(app.received[0]!.body)).toEqual(body);
  });

  it.each([[500], [429], [302], ["network-error" as const]])("retries a delivery the backend answered with %s", async (status) => {
    const { bindings } = setup();
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await run([delivery()], 1, backend([status]).receive, bindings);
    warned.mockRestore();
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["msg-0"]);
  });

  it("succeeds on a later attempt with a fresh, valid signature", async () => {
    const { bindings } = setup();
    const body = delivery();
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const app = backend([503, 503, 200]);
    const outcomes = [];
    for (const attempt of [1, 2, 3]) outcomes.push(await run([body], attempt, app.receive, bindings));
    warned.mockRestore();
    expect(outcomes.map((o) => o.retryMessages.length)).toEqual([1, 1, 0]);
    expect(outcomes[2]!.explicitAcks).toEqual(["msg-0"]);
    expect(app.received.map((r) => r.signatureValid)).toEqual([true, true, true]);
    expect(app.received.map((r) => r.attempt)).toEqual(["1", "2", "3"]);
    expect(new Set(app.received.map((r) => r.body)).size).toBe(1);
  });

  it(`dead-letters a delivery that failed ${MAX_WEBHOOK_ATTEMPTS} times, with the reason`, async () => {
    const { bindings, dlq } = setup();
    const body = delivery();
    const quiet = [vi.spyOn(console, "warn").mockImplementation(() => {}), vi.spyOn(console, "error").mockImplementation(() => {})];
    const result = await run([body], MAX_WEBHOOK_ATTEMPTS, backend([500]).receive, bindings);
    quiet.forEach((spy) => spy.mockRestore());
    expect(result.explicitAcks).toEqual(["msg-0"]);
    expect(result.retryMessages).toEqual([]);
    expect(dlq.sent).toEqual([{ failedAt: expect.any(String), attempts: MAX_WEBHOOK_ATTEMPTS, reason: "HTTP 500", delivery: body }]);
  });

  it("keeps retrying when even the dead-letter queue is down", async () => {
    const { bindings } = setup(recordingQueue<unknown>({ fail: true }));
    const quiet = [vi.spyOn(console, "warn").mockImplementation(() => {}), vi.spyOn(console, "error").mockImplementation(() => {})];
    const result = await run([delivery()], MAX_WEBHOOK_ATTEMPTS, backend([500]).receive, bindings);
    quiet.forEach((spy) => spy.mockRestore());
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["msg-0"]);
  });

  it("dead-letters rather than drops deliveries once the webhook is switched off", async () => {
    const dlq = recordingQueue<unknown>();
    const app = backend([200]);
    const warned = [vi.spyOn(console, "warn").mockImplementation(() => {}), vi.spyOn(console, "error").mockImplementation(() => {})];
    const result = await run([delivery()], 1, app.receive, { ...env, CLICK_WEBHOOK_DEAD_LETTERS: dlq.queue });
    warned.forEach((spy) => spy.mockRestore());
    expect(app.received).toHaveLength(0);
    expect(result.explicitAcks).toEqual(["msg-0"]);
    expect(dlq.sent).toHaveLength(1);
  });
});
