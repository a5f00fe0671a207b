import { describe, expect, it } from "vitest";
import { classifyRequest } from "../../src/domain/classify-request";
import { detectInAppBrowser, storeStrategy } from "../../src/domain/in-app-browsers";
import { detectPlatform } from "../../src/domain/platform";
import { IPHONE_SAFARI, USER_AGENTS } from "../fixtures/user-agents";

describe("the user-agent table", () => {
  it("has at least 40 real agents covering every group", () => {
    expect(USER_AGENTS.length).toBeGreaterThanOrEqual(40);
    const groups = new Set(USER_AGENTS.map((agent) => agent.group));
    expect([...groups].sort()).toEqual(["bot", "desktop", "empty", "in-app", "link-preview", "phone", "tablet"]);
  });
});

describe("classifyRequest", () => {
  it.each(USER_AGENTS)("classifies $name as $kind", ({ ua, kind, unfurl }) => {
    const result = classifyRequest({ method: "GET", userAgent: ua });
    expect(result.kind).toBe(kind);
    if (kind === "unfurl") expect(result).toEqual({ kind: "unfurl", platform: unfurl });
  });

  it.each(USER_AGENTS.filter((agent) => agent.kind === "human"))("never counts a HEAD from $name as human", ({ ua }) => {
    expect(classifyRequest({ method: "HEAD", userAgent: ua })).toEqual({ kind: "head" });
  });

  it.each([
    ["Sec-Purpose: prefetch", "prefetch"],
    ["Sec-Purpose: prefetch;prerender", "prefetch;prerender"],
    ["Purpose: prefetch", "prefetch"],
    ["X-Moz: prefetch", "prefetch"],
    ["Safari top-sites preview", "preview"],
  ])("treats %s from a human browser as a prefetch", (_label, purpose) => {
    expect(classifyRequest({ method: "GET", userAgent: IPHONE_SAFARI, purpose })).toEqual({ kind: "prefetch" });
  });

  it.each([undefined, null, "", "   "])("treats a missing or blank User-Agent (%j) as a bot", (userAgent) => {
    expect(classifyRequest({ method: "GET", userAgent })).toEqual({ kind: "bot" });
  });

  it("recognises iMessage by its exact compound name, not as Facebook or X", () => {
    expect(classifyRequest({ method: "GET", userAgent: "facebookexternalhit/1.1 Facebot Twitterbot/1.0" })).toEqual({
      kind: "unfurl",
      platform: "imessage",
    });
    expect(classifyRequest({ method: "GET", userAgent: "facebookexternalhit/1.1" })).toEqual({ kind: "unfurl", platform: "facebook" });
  });

  it.each([
    ["Firefox 38 on another OS X version", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.9; rv:38.0) Gecko/20100101 Firefox/38.0"],
    ["Firefox 38 on Windows", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:38.0) Gecko/20100101 Firefox/38.0"],
    ["Firefox 38 with a suffix", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.10; rv:38.0) Gecko/20100101 Firefox/38.0 Waterfox/38.0"],
    ["Firefox 138 on OS X 10.10", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.10; rv:138.0) Gecko/20100101 Firefox/138.0"],
  ])("keeps %s human: only Discord's exact frozen string is its fetcher", (_label, userAgent) => {
    expect(classifyRequest({ method: "GET", userAgent })).toEqual({ kind: "human" });
  });

  it("does not take a browser that merely mentions the iMessage name mid-string for iMessage", () => {
    const spoof = "Mozilla/5.0 (Windows NT 10.0) Chrome/124.0.0.0 facebookexternalhit/1.1 Facebot Twitterbot/1.0 extra";
    expect(classifyRequest({ method: "GET", userAgent: spoof })).not.toEqual({ kind: "unfurl", platform: "imessage" });
  });
});

describe("detectPlatform", () => {
  it.each(USER_AGENTS)("detects $name as $platform", ({ ua, platform }) => {
    expect(detectPlatform(ua)).toBe(platform);
  });

  it.each([
    ['"Android"', "android"],
    ['"iOS"', "ios"],
    ['"Windows"', "desktop"],
    [null, "desktop"],
  ] as const)("uses the Sec-CH-UA-Platform hint %s when the UA says nothing", (hint, expected) => {
    expect(detectPlatform("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36", hint)).toBe(expected);
  });

  it("does not take Windows Phone for Android", () => {
    expect(detectPlatform("Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0) like iPhone OS 7_0_3 Mac OS X")).toBe("ios");
  });
});

describe("detectInAppBrowser", () => {
  it.each(USER_AGENTS.filter((agent) => agent.kind === "human"))("finds $name's in-app family", ({ ua, inApp }) => {
    expect(detectInAppBrowser(ua)?.family ?? undefined).toBe(inApp);
  });

  it("recognises Gmail's Custom Tab by its android-app:// referrer, and lets it redirect", () => {
    const browser = detectInAppBrowser(USER_AGENTS[5]!.ua, "android-app://com.google.android.gm/");
    expect(browser?.family).toBe("gmail");
    expect(storeStrategy("android", browser)).toBe("redirect");
  });

  it("ignores an https referrer that merely mentions an app", () => {
    expect(detectInAppBrowser(IPHONE_SAFARI, "https://example.com/?q=Instagram 300")).toBeNull();
  });

  it.each([
    ["desktop", null, "redirect"],
    ["ios", null, "redirect"],
    ["android", null, "redirect"],
  ] as const)("a regular browser on %s is redirected", (platform, browser, strategy) => {
    expect(storeStrategy(platform, browser)).toBe(strategy);
  });
});
