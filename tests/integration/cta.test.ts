import { SELF, env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { cta } from "../../src/routes/cta";
import { ORIGIN, api, createShare } from "../fixtures/api";
import { buildShareRequest } from "../fixtures/briefings";
import { ANDROID_CHROME, DESKTOP_CHROME, IPHONE_SAFARI, USER_AGENTS, byName } from "../fixtures/user-agents";

const APP_STORE = "https://apps.apple.com/app/id6450000000?pt=118000000&ct=";

function tap(path: string, userAgent: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (userAgent) headers.set("user-agent", userAgent);
  return SELF.fetch(`${ORIGIN}${path}`, { ...init, headers, redirect: "manual" });
}

/** An attribute's value in the page, HTML entities undone. */
function hrefOf(html: string, id: string): string | null {
  const match = new RegExp(`id="${id}" href="([^"]+)"`).exec(html);
  return match ? match[1]!.replace(/&amp;/g, "&") : null;
}

describe("GET /b/:id/get: where each agent goes", () => {
  it.each(USER_AGENTS)("sends $name to $cta", async ({ ua, cta: outcome }) => {
    const { id } = await createShare(buildShareRequest());
    const response = await tap(`/b/${id}/get?via=banner`, ua);
    expect(response.headers.get("cache-control")).toBe("no-store");
    switch (outcome) {
      case "app-store-302": {
        expect(response.status).toBe(302);
        const location = response.headers.get("location")!;
        expect(location.startsWith(APP_STORE)).toBe(true);
        expect(new URL(location).searchParams.get("mt")).toBe("8");
        break;
      }
      case "play-302": {
        expect(response.status).toBe(302);
        const location = new URL(response.headers.get("location")!);
        expect(location.origin + location.pathname).toBe("https://play.google.com/store/apps/details");
        const referrer = new URLSearchParams(location.searchParams.get("referrer")!);
        expect(referrer.get("utm_content")).toBe(id);
        expect(referrer.get("sharer_ref")).toBe("user-42");
        break;
      }
      case "app-store-page": {
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(hrefOf(html, "store-open")!.startsWith(APP_STORE)).toBe(true);
        break;
      }
      case "play-intent-page": {
        expect(response.status).toBe(200);
        const html = await response.text();
        const open = hrefOf(html, "store-open")!;
        expect(open).toMatch(/^intent:\/\/details\?id=app\.example\.scout&referrer=.+#Intent;scheme=market;package=com\.android\.vending;S\.browser_fallback_url=https%3A%2F%2Fplay\.google\.com%2F.+;end$/);
        expect(hrefOf(html, "store-web")!.startsWith("https://play.google.com/store/apps/details?id=app.example.scout&referrer=")).toBe(true);
        expect(html).toMatch(/<script nonce="[^"]+">/);
        break;
      }
      case "get-app-page": {
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(html).toContain('<svg class="qr"');
        expect(html).toContain(`href="${APP_STORE.replace(/&/g, "&amp;")}`);
        expect(html).toContain('href="https://play.google.com/store/apps/details?id=app.example.scout&amp;referrer=');
        break;
      }
    }
  });
});

describe("GET /b/:id/get: attribution", () => {
  it("tags the App Store campaign with the in-app browser the reader is in", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await tap(`/b/${id}/get?via=footer`, byName("Instagram, iOS").ua);
    expect(response.headers.get("location")).toBe(`${APP_STORE}share_instagram&mt=8`);
  });

  it("tags the campaign with the placement when the tap came from our own page", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await tap(`/b/${id}/get?via=footer`, IPHONE_SAFARI, { headers: { referer: `${ORIGIN}/b/${id}` } });
    expect(response.headers.get("location")).toBe(`${APP_STORE}share_footer&mt=8`);
  });

  it("carries share id, sharer ref, channel and placement to Google Play's Install Referrer", async () => {
    const { id } = await createShare(buildShareRequest({ sharer: { name: "Ada", ref: "ref with spaces & =" } }));
    const response = await tap(`/b/${id}/get?via=inline`, ANDROID_CHROME, { headers: { referer: "https://t.co/xyz" } });
    const referrer = new URLSearchParams(new URL(response.headers.get("location")!).searchParams.get("referrer")!);
    expect(Object.fromEntries(referrer)).toEqual({
      utm_source: "share",
      utm_medium: "x",
      utm_campaign: "share_x",
      utm_content: id,
      via: "inline",
      sharer_ref: "ref with spaces & =",
    });
  });

  it("still sends the reader of a revoked share to the store, without the sharer", async () => {
    const { id } = await createShare(buildShareRequest());
    expect((await api(`/shares/${id}`, { method: "DELETE" })).status).toBe(204);
    const response = await tap(`/b/${id}/get?via=error`, ANDROID_CHROME);
    const referrer = new URLSearchParams(new URL(response.headers.get("location")!).searchParams.get("referrer")!);
    expect(referrer.get("utm_content")).toBe(id);
    expect(referrer.get("sharer_ref")).toBeNull();
  });

  it("sends a reader of an unknown share to the store with brand attribution", async () => {
    const response = await tap("/b/NoSuchShare1/get", IPHONE_SAFARI);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${APP_STORE}brand_direct&mt=8`);
  });

  it.each(["/b/x/get", "/b/has.dot/get", `/b/${"a".repeat(33)}/get`])("answers 404 for the malformed id in %s", async (path) => {
    expect((await tap(path, IPHONE_SAFARI)).status).toBe(404);
  });
});

describe("GET /b/:id/get: no open redirect", () => {
  it.each([
    "https://evil.example/",
    "//evil.example",
    "javascript:alert(1)",
    "banner&ct=evil",
    "%0d%0aLocation:%20https://evil.example",
  ])("ignores via=%s and the Host header", async (via) => {
    const { id } = await createShare(buildShareRequest());
    for (const ua of [IPHONE_SAFARI, ANDROID_CHROME]) {
      const response = await SELF.fetch(`https://evil.example/b/${id}/get?via=${encodeURIComponent(via)}`, {
        headers: { "user-agent": ua, referer: "https://evil.example/" },
        redirect: "manual",
      });
      const location = new URL(response.headers.get("location")!);
      expect(["apps.apple.com", "play.google.com"]).toContain(location.hostname);
      expect(response.headers.get("location")).not.toContain("evil");
    }
  });
});

describe("GET /b/:id/get: HEAD and the desktop page", () => {
  it("answers HEAD with the same redirect", async () => {
    const { id } = await createShare(buildShareRequest());
    const get = await tap(`/b/${id}/get?via=banner`, IPHONE_SAFARI);
    const head = await tap(`/b/${id}/get?via=banner`, IPHONE_SAFARI, { method: "HEAD" });
    expect(head.status).toBe(302);
    expect(head.headers.get("location")).toBe(get.headers.get("location"));
  });

  it("shows desktop readers a QR code of the CTA link and both badges", async () => {
    const { id } = await createShare(buildShareRequest());
    const response = await tap(`/b/${id}/get?via=banner`, DESKTOP_CHROME);
    const html = await response.text();
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain('role="img" aria-label="QR code: scan with your phone to get Scout"');
    expect(html).toContain("Download on the");
    expect(html).toContain("GET IT ON");
    expect(html).toContain('<meta name="robots" content="noindex"');
  });
});

describe("GET /get: the brand's call to action", () => {
  it.each([
    [IPHONE_SAFARI, `${APP_STORE}brand_home&mt=8`],
  ])("redirects the home page's tap with brand attribution", async (ua, location) => {
    const response = await tap("/get?via=home", ua);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(location);
  });

  it("gives Android readers the Play listing without a share id", async () => {
    const response = await tap("/get?via=error", ANDROID_CHROME);
    const referrer = new URLSearchParams(new URL(response.headers.get("location")!).searchParams.get("referrer")!);
    expect(referrer.get("utm_source")).toBe("brand");
    expect(referrer.get("utm_content")).toBeNull();
  });

  it("shows the get-the-app page, naming the missing variable once in the log, when a store is not configured", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await cta.request("/get?via=home", { headers: { "user-agent": IPHONE_SAFARI } }, { ...env, IOS_APP_ID: undefined });
    const log = logged.mock.calls.flat().join(" ");
    logged.mockRestore();
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain("apps.apple.com");
    expect(html).toContain("play.google.com");
    expect(log).toContain('"variable":"IOS_APP_ID"');
  });
});
