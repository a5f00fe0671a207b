import { SELF, createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { burnCpu } from "../../src/domain/cpu-burn";
import { ORIGIN, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { waitForStats } from "../fixtures/stats";

/** Calls the Worker with CPU_CALIBRATION on, as `npm run bench` starts it. */
async function calibrated(path: string) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`${ORIGIN}${path}`), { ...env, CPU_CALIBRATION: "on" }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe("the bench's CPU calibration routes", () => {
  it.each(["/__bench/cpu?iterations=1000", "/__bench/cpu-check?iterations=1000"])("are the ordinary 404 page unless CPU_CALIBRATION is on: %s", async (path) => {
    const response = await SELF.fetch(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it.each(["/__bench/cpu", "/__bench/cpu-check"])("%s burns the iterations asked for and answers their result", async (path) => {
    const response = await calibrated(`${path}?iterations=12345`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(String(burnCpu(12345)));
  });

  it.each(["", "?iterations=-1", "?iterations=1.5", "?iterations=abc", "?iterations=20000001"])("rejects %s with a 404, burning nothing", async (query) => {
    expect((await calibrated(`/__bench/cpu${query}`)).status).toBe(404);
  });
});

describe("the contract's floor route", () => {
  it("is the ordinary 404 page unless CPU_CALIBRATION is on", async () => {
    const response = await SELF.fetch(`${ORIGIN}/__bench/floor/abcdefghijkl`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("makes all four calls: answers a body of the size asked for and records one human view, with a visitor", async () => {
    const share = await createShare(buildShareRequest());
    const response = await calibrated(`/__bench/floor/${share.id}?bytes=44000`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(44_000);
    // The consumer accepted the event (a malformed one is dropped), so the send measured is a real one.
    await waitForStats(share.id, (stats) => {
      expect(stats.views.human).toBe(1);
      expect(stats.uniqueVisitors).toBe(1);
    });
  });

  it("makes only the calls named in ?calls=, answering 204 without a body", async () => {
    const share = await createShare(buildShareRequest());
    const response = await calibrated(`/__bench/floor/${share.id}?calls=kv,hmac`);
    expect(response.status).toBe(204);
    const sent = await calibrated(`/__bench/floor/${share.id}?calls=send`);
    expect(sent.status).toBe(204);
    await waitForStats(share.id, (stats) => {
      expect(stats.views.human).toBe(1);
      expect(stats.uniqueVisitors).toBe(0);
    });
  });

  it.each(["?calls=kv,render", "?calls=KV", "?bytes=-1", "?bytes=1.5", "?bytes=2000000"])("rejects %s with a 404", async (query) => {
    expect((await calibrated(`/__bench/floor/abcdefghijkl${query}`)).status).toBe(404);
  });
});

describe("burnCpu", () => {
  it("is deterministic and depends on the iteration count", () => {
    expect(burnCpu(1000)).toBe(burnCpu(1000));
    expect(burnCpu(1000)).not.toBe(burnCpu(1001));
    expect(burnCpu(0)).toBe(0x9e3779b9);
  });
});
