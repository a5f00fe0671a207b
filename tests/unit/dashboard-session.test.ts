import { describe, expect, it } from "vitest";
import { SESSION_LIFETIME_SECONDS, csrfToken, isValidCsrfToken, issueSession, verifySession } from "../../src/dashboard/session";

const SECRET = "unit-test-secret-unit-test-secret-0001";
const NOW = Date.parse("2026-12-01T10:00:00Z");

describe("issueSession / verifySession", () => {
  it("round-trips a session for an accepted token, for its whole lifetime and no longer", async () => {
    const { session, cookieValue } = await issueSession(SECRET, "tok-a", NOW);
    expect(session.expiresAt - session.issuedAt).toBe(SESSION_LIFETIME_SECONDS);
    expect(await verifySession(SECRET, cookieValue, ["tok-b", "tok-a"], NOW)).toEqual(session);
    expect(await verifySession(SECRET, cookieValue, ["tok-a"], NOW + (SESSION_LIFETIME_SECONDS - 1) * 1000)).toEqual(session);
    expect(await verifySession(SECRET, cookieValue, ["tok-a"], NOW + SESSION_LIFETIME_SECONDS * 1000)).toBeNull();
  });

  it("gives every session its own id", async () => {
    const ids = new Set(await Promise.all(Array.from({ length: 20 }, async () => (await issueSession(SECRET, "tok", NOW)).session.id)));
    expect(ids.size).toBe(20);
  });

  it.each([
    ["undefined", undefined],
    ["empty", ""],
    ["no dot", "abc"],
    ["three parts", "a.b.c"],
    ["not base64url", "a+b.c/d"],
    ["huge", "a".repeat(5000)],
  ])("refuses a cookie that is %s", async (_label, value) => {
    expect(await verifySession(SECRET, value, ["tok"], NOW)).toBeNull();
  });

  it("refuses another secret's session and a session whose token was removed", async () => {
    const { cookieValue } = await issueSession(SECRET, "tok", NOW);
    expect(await verifySession(`${SECRET}x`, cookieValue, ["tok"], NOW)).toBeNull();
    expect(await verifySession(SECRET, cookieValue, ["other"], NOW)).toBeNull();
    expect(await verifySession(SECRET, cookieValue, [], NOW)).toBeNull();
  });
});

describe("CSRF tokens", () => {
  it("accept the session's own token only, compared whole", async () => {
    const a = (await issueSession(SECRET, "tok", NOW)).session;
    const b = (await issueSession(SECRET, "tok", NOW)).session;
    const token = await csrfToken(SECRET, a);
    expect(await isValidCsrfToken(SECRET, a, token)).toBe(true);
    expect(await isValidCsrfToken(SECRET, b, token)).toBe(false);
    expect(await isValidCsrfToken(SECRET, a, token.slice(0, -1))).toBe(false);
    expect(await isValidCsrfToken(SECRET, a, undefined)).toBe(false);
    expect(await isValidCsrfToken(`${SECRET}x`, a, token)).toBe(false);
  });

  it("differ from the session cookie's signature (separate purposes)", async () => {
    const { session, cookieValue } = await issueSession(SECRET, "tok", NOW);
    expect(cookieValue.split(".")[1]).not.toBe(await csrfToken(SECRET, session));
  });
});
