import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { chooseCtaDestination } from "../../src/domain/cta-destination";
import { RECORDED_PLACEMENTS, ctaChannel, recordedPlacement } from "../../src/domain/cta-channel";
import { IN_APP_BROWSERS } from "../../src/domain/in-app-browsers";
import { openInAppIntentUrl, openInAppUrlForPage } from "../../src/domain/android-intent";
import {
  type Attribution,
  MAX_CAMPAIGN_LENGTH,
  appStoreUrl,
  campaignToken,
  playReferrer,
  playStoreIntentUrl,
  playStoreUrl,
} from "../../src/domain/store-urls";

const ORIGIN = "https://share.test";
const attribution = (overrides: Partial<Attribution> = {}): Attribution => ({
  source: "share",
  channel: "whatsapp",
  placement: "banner",
  shareId: "q3V9-xk2LrT_",
  sharerRef: "user-42",
  ...overrides,
});
const STORE = { iosAppId: "6450000000", appleProviderToken: "118000000", androidPackage: "app.example.scout" };

/** Every channel ctaChannel can return. */
const CHANNELS = [
  ...IN_APP_BROWSERS.map((browser) => browser.family).filter((family) => family !== "android-webview"),
  ...["x", "facebook", "instagram", "linkedin", "whatsapp", "telegram", "slack", "discord", "teams", "gmail", "reddit", "google", "web", "direct"],
  ...RECORDED_PLACEMENTS.filter((placement) => placement !== "other"),
];

describe("appStoreUrl", () => {
  it("is the campaign link with pt, ct and mt=8", () => {
    expect(appStoreUrl(STORE, attribution())).toBe("https://apps.apple.com/app/id6450000000?pt=118000000&ct=share_whatsapp&mt=8");
  });

  it("still links to the app without a provider token", () => {
    expect(appStoreUrl({ iosAppId: "6450000000", appleProviderToken: null }, attribution())).toBe(
      "https://apps.apple.com/app/id6450000000?ct=share_whatsapp&mt=8",
    );
  });

  it.each(CHANNELS.flatMap((channel) => (["share", "brand"] as const).map((source) => [source, channel] as const)))(
    "keeps ct for %s/%s within 30 characters",
    (source, channel) => {
      const ct = campaignToken({ source, channel });
      expect(ct.length).toBeLessThanOrEqual(MAX_CAMPAIGN_LENGTH);
      expect(ct).toMatch(/^(share|brand)_[a-z0-9-]+$/);
    },
  );
});

describe("playStoreUrl", () => {
  it("carries the referrer encoded exactly once", () => {
    const url = new URL(playStoreUrl("app.example.scout", attribution()));
    expect(url.origin + url.pathname).toBe("https://play.google.com/store/apps/details");
    expect(url.searchParams.get("id")).toBe("app.example.scout");
    const referrer = url.searchParams.get("referrer");
    expect(referrer).toBe(
      "utm_source=share&utm_medium=whatsapp&utm_campaign=share_whatsapp&utm_content=q3V9-xk2LrT_&via=banner&sharer_ref=user-42",
    );
    expect(url.toString()).not.toContain("%25");
  });

  it("reads back, through the Install Referrer string, everything the app needs", () => {
    const referrer = new URLSearchParams(new URL(playStoreUrl("app.example.scout", attribution())).searchParams.get("referrer")!);
    expect(Object.fromEntries(referrer)).toEqual({
      utm_source: "share",
      utm_medium: "whatsapp",
      utm_campaign: "share_whatsapp",
      utm_content: "q3V9-xk2LrT_",
      via: "banner",
      sharer_ref: "user-42",
    });
  });

  it("leaves out the share and sharer for the brand's own CTA", () => {
    expect(playReferrer(attribution({ source: "brand", shareId: null, sharerRef: null, placement: "home", channel: "home" }))).toBe(
      "utm_source=brand&utm_medium=home&utm_campaign=brand_home&via=home",
    );
  });

  test.prop([fc.string({ maxLength: 64 })])("round-trips any sharer ref through the two levels of encoding", (sharerRef) => {
    const url = new URL(playStoreUrl("app.example.scout", attribution({ sharerRef })));
    expect(url.hostname).toBe("play.google.com");
    const referrer = new URLSearchParams(url.searchParams.get("referrer")!);
    expect(referrer.get("sharer_ref")).toBe(sharerRef === "" ? null : sharerRef);
    expect(referrer.get("utm_content")).toBe("q3V9-xk2LrT_");
  });
});

describe("playStoreIntentUrl", () => {
  it("aims the Play Store app and falls back to the https listing", () => {
    const intent = playStoreIntentUrl("app.example.scout", attribution());
    expect(intent).toMatch(/^intent:\/\/details\?id=app\.example\.scout&referrer=utm_source%3Dshare%26/);
    expect(intent).toContain("#Intent;scheme=market;package=com.android.vending;S.browser_fallback_url=");
    expect(intent.endsWith(";end")).toBe(true);
    const fallback = decodeURIComponent(/S\.browser_fallback_url=([^;]+)/.exec(intent)![1]!);
    expect(fallback).toBe(playStoreUrl("app.example.scout", attribution()));
  });
});

describe("openInAppIntentUrl", () => {
  it("hands the share's https URL to our package, falling back to the page", () => {
    expect(openInAppIntentUrl("app.example.scout", `${ORIGIN}/b/q3V9-xk2LrT_`)).toBe(
      "intent://share.test/b/q3V9-xk2LrT_#Intent;scheme=https;package=app.example.scout;S.browser_fallback_url=https%3A%2F%2Fshare.test%2Fb%2Fq3V9-xk2LrT_;end",
    );
  });

  it.each([
    [null, `${ORIGIN}/b/abcd`],
    ["app.example.scout", null],
  ] as const)("offers no Open-in-app link without a package or an origin (package %s, page %s)", (androidPackage, pageUrl) => {
    expect(openInAppUrlForPage(androidPackage, pageUrl)).toBeUndefined();
  });
});

describe("ctaChannel and recordedPlacement", () => {
  it.each([
    ["https://t.co/abc", "x"],
    ["https://l.facebook.com/l.php?u=x", "facebook"],
    ["https://l.instagram.com/?u=x", "instagram"],
    ["https://www.linkedin.com/feed/", "linkedin"],
    ["https://web.whatsapp.com/", "whatsapp"],
    ["https://app.slack.com/client/T1", "slack"],
    ["https://discord.com/channels/1", "discord"],
    ["https://teams.microsoft.com/", "teams"],
    ["https://mail.google.com/mail/u/0", "gmail"],
    ["https://www.google.co.uk/", "google"],
    ["android-app://com.google.android.gm/", "gmail"],
    ["android-app://org.telegram.messenger/", "telegram"],
    ["https://news.example.org/story", "web"],
    [`${ORIGIN}/b/q3V9-xk2LrT_`, "banner"],
    ["not a url", "banner"],
    [null, "banner"],
  ])("maps referrer %s to channel %s", (referer, channel) => {
    expect(ctaChannel({ inAppBrowser: null, referer, publicOrigin: ORIGIN, placement: "banner" })).toBe(channel);
  });

  it("prefers the in-app browser over the referrer", () => {
    const instagram = IN_APP_BROWSERS.find((browser) => browser.family === "instagram")!;
    expect(ctaChannel({ inAppBrowser: instagram, referer: "https://t.co/x", publicOrigin: ORIGIN, placement: "banner" })).toBe("instagram");
  });

  it.each([
    ["banner", "banner"],
    ["qr", "qr"],
    ["footer", "footer"],
    [null, "other"],
    ["", "other"],
    ["BANNER", "other"],
    ["https://evil.example", "other"],
    ["<script>alert(1)</script>", "other"],
  ])("records via=%j as %s", (via, expected) => {
    expect(recordedPlacement(via)).toBe(expected);
  });
});

describe("chooseCtaDestination", () => {
  it.each([
    ["ios", { ...STORE, iosAppId: null }, "IOS_APP_ID"],
    ["android", { ...STORE, androidPackage: null }, "ANDROID_PACKAGE"],
  ] as const)("falls back to the get-the-app page on %s and names %s when it is missing", (platform, store, missing) => {
    const destination = chooseCtaDestination({ platform, inAppBrowser: null, store, attribution: attribution() });
    expect(destination).toMatchObject({ kind: "get-app-page", missing });
  });

  it("builds only store hosts whatever the attribution words are", () => {
    for (const platform of ["ios", "android", "desktop"] as const) {
      const destination = chooseCtaDestination({ platform, inAppBrowser: null, store: STORE, attribution: attribution({ channel: "//evil.example" }) });
      const urls = destination.kind === "redirect" ? [destination.url] : destination.kind === "get-app-page" ? [destination.appStoreUrl, destination.playStoreUrl] : [];
      for (const url of urls) expect(["apps.apple.com", "play.google.com"]).toContain(new URL(url!).hostname);
    }
  });
});
