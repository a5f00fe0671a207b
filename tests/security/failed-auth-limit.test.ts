/** Failed authentication is limited per client: a token-guessing client is refused with 429 and a real Retry-After. */
import { describe, expect, it, vi } from "vitest";
import type { Bindings } from "../../src/env";
import { FAILED_AUTH_RULE } from "../../src/http/api-guard";
import { expectProblem, harness } from "./harness";

/** A client address of this test only, so no other test's failures share its window. */
const randomIp = () => `10.${Array.from(crypto.getRandomValues(new Uint8Array(3))).join(".")}`;

describe("failed authentication per client", () => {
  const h = harness();
  const attempt = (ip: string, token: string | null, extra: Record<string, string> = {}) =>
    h.api("/shares/abcdefghij", { token, headers: { "cf-connecting-ip": ip, ...extra } });

  it(`answers 401 to the first ${FAILED_AUTH_RULE.limit} failures, then 429 with Retry-After, even to the right token`, async () => {
    const ip = randomIp();
    for (let i = 0; i < FAILED_AUTH_RULE.limit; i++) {
      expect((await attempt(ip, `wrong-${i}`)).status, `failure ${i + 1}`).toBe(401);
    }
    const limited = await attempt(ip, "wrong-again");
    await expectProblem(limited, 429);
    const wait = Number(limited.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(FAILED_AUTH_RULE.windowSeconds);
    // A right guess during the lockout learns nothing: the credentials are not even looked at.
    await expectProblem(await attempt(ip, h.token), 429);
    await expectProblem(await attempt(ip, null), 429);
    // Retry-After is the real time left, so it shrinks as the window runs out.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const later = await attempt(ip, "wrong-later");
    await expectProblem(later, 429);
    expect(Number(later.headers.get("retry-after"))).toBeLessThan(wait);
  });

  it("counts each client apart, and an IPv6 client as its /64", async () => {
    const v6 = `2001:db8:${Array.from(crypto.getRandomValues(new Uint16Array(2)), (n) => n.toString(16)).join(":")}`;
    for (let i = 0; i < FAILED_AUTH_RULE.limit; i++) await attempt(`${v6}::${(i + 1).toString(16)}`, "wrong");
    // Another address in the same /64 is the same client ...
    await expectProblem(await attempt(`${v6}:aaaa:bbbb:cccc:dddd`, "wrong"), 429);
    // ... another client is not affected: its failure is a 401, its right token works.
    const other = randomIp();
    await expectProblem(await attempt(other, "wrong"), 401);
    expect((await attempt(other, h.token)).status).toBe(404);
  });

  it("does not count successful requests or other errors as failures", async () => {
    const ip = randomIp();
    for (let i = 0; i < FAILED_AUTH_RULE.limit + 5; i++) {
      expect((await attempt(ip, h.token)).status).toBe(404);
    }
    await expectProblem(await attempt(ip, "wrong"), 401);
  });

  it("lets requests through when its storage is down: it protects the API, it must not take it down", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = () => Promise.reject(new Error("window storage down"));
    const broken = harness({
      REQUEST_WINDOWS: { idFromName: () => ({}), get: () => ({ count: down, peek: down }) } as unknown as Bindings["REQUEST_WINDOWS"],
    });
    const ip = randomIp();
    for (let i = 0; i < FAILED_AUTH_RULE.limit + 2; i++) {
      expect((await broken.api("/shares/abcdefghij", { token: "wrong", headers: { "cf-connecting-ip": ip } })).status).toBe(401);
    }
    expect((await broken.api("/shares/abcdefghij", { headers: { "cf-connecting-ip": ip } })).status).toBe(404);
    expect(logged.mock.calls.some(([line]) => String(line).includes("rate_limiter_failed"))).toBe(true);
    logged.mockRestore();
  });
});
