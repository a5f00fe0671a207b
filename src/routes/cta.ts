/** GET /b/:id/get and GET /get: the call to action — record a human tap once, then send the reader to their store. */
import { type Context, Hono } from "hono";
import { GetAppPage } from "../../templates/get-app-page";
import { StoreHandoffPage } from "../../templates/store-handoff-page";
import { getConfig } from "../config";
import { chooseCtaDestination } from "../domain/cta-destination";
import { describeCtaTap } from "../domain/cta-tap";
import { isPlausibleShareId } from "../domain/share-id";
import { shareUrls } from "../domain/share-urls";
import type { AppEnv } from "../env";
import { errorPageResponse } from "../http/html-page";
import { pageLanguage } from "../http/page-language";
import { recordClick } from "../stats/record-click";
import { readShareForReaders } from "../storage/reader-share";

/** The share a tap is attributed to: live shares carry the sharer's ref; revoked ones still count. */
interface TapTarget {
  shareId: string;
  sharerRef: string | null;
}

/** Store variables already reported by this isolate, so a misconfiguration logs once, not per tap. */
const reported = new Set<string>();

/**
 * Finds the share behind a CTA; an unknown id gives null (the reader still gets the store). When
 * storage fails the tap still counts against the id it came from: the click was answered, so it
 * must not be lost, and stats are only ever read for ids that hold a share.
 */
async function tapTarget(c: Context<AppEnv>, id: string): Promise<TapTarget | null> {
  const store = { env: c.env, waitUntil: (p: Promise<unknown>) => c.executionCtx.waitUntil(p) };
  try {
    const lookup = await readShareForReaders(store, id, getConfig(c.env).demoShare);
    if (lookup.status === "live") return { shareId: id, sharerRef: lookup.share.sharer?.ref ?? null };
    if (lookup.status === "gone") return { shareId: id, sharerRef: null };
    return null;
  } catch (error) {
    console.error(JSON.stringify({ event: "cta_share_lookup_failed", id, message: String(error) }));
    return { shareId: id, sharerRef: null };
  }
}

async function answerTap(c: Context<AppEnv>, target: TapTarget | null) {
  const config = getConfig(c.env);
  const tap = describeCtaTap(c.req.raw, config.publicOrigin);
  const destination = chooseCtaDestination({
    platform: tap.platform,
    inAppBrowser: tap.inAppBrowser,
    store: config,
    attribution: {
      source: target ? "share" : "brand",
      channel: tap.channel,
      placement: tap.placement,
      shareId: target?.shareId ?? null,
      sharerRef: target?.sharerRef ?? null,
    },
  });
  if (target) await recordClick(c.env, c.req.raw, target.shareId, tap);

  // Every tap must reach the Worker (to be counted); no cache may answer it.
  c.header("cache-control", "no-store");
  c.header("x-robots-tag", "noindex");
  // Only the pages are in the reader's language (and vary by it); a redirect is the same for everyone.
  const page = () => {
    const { t, brand } = pageLanguage(c);
    return { appName: brand.appName, appTagline: brand.tagline, t, nonce: c.var.cspNonce };
  };
  // The brand's own CTA has no share to hand to the app; a share's does, when the setting is on.
  const clipboardHandoffUrl =
    config.iosClipboardHandoff && target && config.publicOrigin !== null ? shareUrls.page(config.publicOrigin, target.shareId) : null;
  switch (destination.kind) {
    case "redirect":
      return c.redirect(destination.url, 302);
    case "store-page":
      return c.html(
        StoreHandoffPage({
          ...page(),
          platform: destination.platform,
          openUrl: destination.openUrl,
          webUrl: destination.webUrl,
          clipboardHandoffUrl: destination.platform === "ios" ? clipboardHandoffUrl : null,
        }),
      );
    case "get-app-page": {
      if (destination.missing && !reported.has(destination.missing)) {
        reported.add(destination.missing);
        const problem = config.problems[destination.missing] ?? "is not set";
        console.error(JSON.stringify({ event: "cta_store_unconfigured", variable: destination.missing, problem: `${destination.missing} ${problem}` }));
      }
      const origin = config.publicOrigin;
      const qrUrl = origin === null ? null : target ? shareUrls.cta(origin, target.shareId, "qr") : `${origin}/get?via=qr`;
      return c.html(
        GetAppPage({ ...page(), qrUrl, appStoreUrl: destination.appStoreUrl, playStoreUrl: destination.playStoreUrl, clipboardHandoffUrl }),
      );
    }
  }
}

export const cta = new Hono<AppEnv>()
  .get("/b/:id/get", async (c) => {
    const id = c.req.param("id");
    if (!isPlausibleShareId(id)) return errorPageResponse(c, 404);
    return answerTap(c, await tapTarget(c, id));
  })
  // The brand's own CTA (home and 404 pages): same destinations, nothing counted per share.
  .get("/get", (c) => answerTap(c, null));
