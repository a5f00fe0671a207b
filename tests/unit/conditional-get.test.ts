import { describe, expect, it } from "vitest";
import { ifNoneMatch, pageEntityTag } from "../../src/http/conditional-get";
import { contentSecurityPolicy, newNonce } from "../../src/http/security-headers";

describe("ifNoneMatch", () => {
  const etag = '"v1.abc"';
  it.each([
    ['"v1.abc"', true],
    ['W/"v1.abc"', true],
    ['"x", "v1.abc"', true],
    ["*", true],
    ['"v1.abd"', false],
    ['"v1"', false],
    ["", false],
    [null, false],
  ])("If-None-Match %j matches: %s", (header, expected) => {
    expect(ifNoneMatch(header, etag)).toBe(expected);
  });
});

describe("pageEntityTag", () => {
  it("ignores the nonce but not the content", async () => {
    const a = await pageEntityTag("v1", '<style nonce="AAA">x</style>', "AAA");
    const b = await pageEntityTag("v1", '<style nonce="BBB">x</style>', "BBB");
    const c = await pageEntityTag("v1", '<style nonce="BBB">y</style>', "BBB");
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(a).toMatch(/^"v1\.[A-Za-z0-9_-]{8}"$/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts and styles only by nonce, and no plugin, base or framing", () => {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce);
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).not.toContain("unsafe");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'none'"]) {
      expect(csp).toContain(directive);
    }
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect(atob([...nonces][0]!).length).toBe(16);
  });
});
