/** Sends the site's HTML pages: the branded error pages and the cache/robots headers every page shares. */
import type { Context } from "hono";
import { ErrorPage } from "../../templates/error-page";
import { getConfig } from "../config";
import { BRAND_SMART_BANNER_CAMPAIGN, smartAppBannerContent } from "../domain/smart-app-banner";
import type { AppEnv } from "../env";
import { ERROR_PAGE_CACHE_CONTROL } from "./conditional-get";
import { pageLanguage } from "./page-language";

/**
 * A branded error page (404 or 410) that still offers the app, kept out of search indexes, in the
 * reader's language (Accept-Language).
 * The 503 page is sent by on-error.ts, which adds Retry-After and `no-store`.
 *
 * @example
 * return errorPageResponse(c, 410, shareUrls.cta(origin, id, "error"));
 */
export function errorPageResponse(c: Context<AppEnv>, status: 404 | 410, ctaHref?: string): Response | Promise<Response> {
  const { t, brand } = pageLanguage(c);
  const config = getConfig(c.env);
  c.header("cache-control", ERROR_PAGE_CACHE_CONTROL);
  c.header("x-robots-tag", "noindex");
  return c.html(
    ErrorPage({
      status,
      appName: brand.appName,
      appTagline: brand.tagline,
      pitch: brand.pitch,
      t,
      nonce: c.var.cspNonce,
      ...(ctaHref ? { ctaHref } : {}),
      // The share is unknown or gone: the banner opens (or installs) the app, with no argument.
      smartAppBanner: smartAppBannerContent({
        iosAppId: config.iosAppId,
        appleProviderToken: config.appleProviderToken,
        appArgument: null,
        campaign: BRAND_SMART_BANNER_CAMPAIGN,
      }),
    }),
    status,
  );
}
