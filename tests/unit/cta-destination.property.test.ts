import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { chooseCtaDestination } from "../../src/domain/cta-destination";
import { describeCtaTap } from "../../src/domain/cta-tap";
import { USER_AGENTS } from "../fixtures/user-agents";

const STORE = { iosAppId: "6450000000", appleProviderToken: "118000000", androidPackage: "app.example.scout" };
const ORIGIN = "https://share.test";

/** Every URL a destination could send the reader to. */
function urlsOf(destination: ReturnType<typeof chooseCtaDestination>): string[] {
  switch (destination.kind) {
    case "redirect":
      return [destination.url];
    case "store-page":
      return [destination.openUrl, destination.webUrl];
    case "get-app-page":
      return [destination.appStoreUrl, destination.playStoreUrl].filter((url): url is string => url !== null);
  }
}

describe("no open redirect, whatever the request says", () => {
  test.prop([
    fc.oneof(fc.constantFrom(...USER_AGENTS.map((agent) => agent.ua)), fc.string({ maxLength: 300 })),
    fc.string({ maxLength: 200 }),
    fc.oneof(fc.webUrl(), fc.string({ maxLength: 200 })),
  ])("only ever sends readers to the App Store, Google Play or the Play Store app", (userAgent, via, referer) => {
    const url = new URL(`${ORIGIN}/b/q3V9-xk2LrT_/get`);
    url.searchParams.set("via", via);
    const headers = new Headers();
    try {
      headers.set("user-agent", userAgent);
      headers.set("referer", referer);
    } catch {
      // Not a valid header value: a client could not send it either.
    }
    const tap = describeCtaTap(new Request(url, { headers }), ORIGIN);
    const destination = chooseCtaDestination({
      platform: tap.platform,
      inAppBrowser: tap.inAppBrowser,
      store: STORE,
      attribution: { source: "share", channel: tap.channel, placement: tap.placement, shareId: "q3V9-xk2LrT_", sharerRef: null },
    });
    for (const target of urlsOf(destination)) {
      if (target.startsWith("intent://")) {
        expect(target).toMatch(/^intent:\/\/details\?id=app\.example\.scout&referrer=[^#]*#Intent;scheme=market;package=com\.android\.vending;S\.browser_fallback_url=https%3A%2F%2Fplay\.google\.com%2F[^;]*;end$/);
      } else {
        expect(["https://apps.apple.com", "https://play.google.com"]).toContain(new URL(target).origin);
      }
    }
    expect(tap.channel).toMatch(/^[a-z0-9-]{1,24}$/);
  });
});
