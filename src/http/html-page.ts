/** Sends the site's HTML pages: the branded error pages and the cache/robots headers every page shares. */
import type { Context } from "hono";
import { ErrorPage } from "../../templates/error-page";
import { getConfig } from "../config";
import { BRAND_SMART_BANNER_CAMPAIGN, smartAppBannerContent } from "../domain/smart-app-banner";
import type { AppEnv } from "../env";
import { ERROR_PAGE_CACHE_CONTROL } from "./conditional-get";
import { NONCE_SLOT, cachedErrorPage, pageBody } from "./rendered-page-cache";
import { pageLanguage } from "./page-language";

/**
 * A branded error page (404 or 410) that still offers the app, kept out of search indexes, in the
 * reader's language (Accept-Language).
 * Rendered once per isolate for each status, language and link (see cachedErrorPage); the 503 page
 * is sent by on-error.ts, which adds Retry-After and `no-store`.
 *
 * @example
 * return errorPageResponse(c, 410, shareUrls.cta(origin, id, "error"));
 */
export async function errorPageResponse(c: Context<AppEnv>, status: 404 | 410, ctaHref?: string): Promise<Response> {
  const { t, brand } = pageLanguage(c);
  const config = getConfig(c.env);
  // Everything the page shows follows from the status, the language, the link and the configuration
  // (the cache's own key), so one rendering serves every reader who shares them.
  const page = await cachedErrorPage(config, `${status}:${t.language.tag}:${ctaHref ?? ""}`, async () =>
    String(
      await ErrorPage({
        status,
        appName: brand.appName,
        appTagline: brand.tagline,
        pitch: brand.pitch,
        t,
        nonce: NONCE_SLOT,
        ...(ctaHref ? { ctaHref } : {}),
        // The share is unknown or gone: the banner opens (or installs) the app, with no argument.
        smartAppBanner: smartAppBannerContent({
          iosAppId: config.iosAppId,
          appleProviderToken: config.appleProviderToken,
          appArgument: null,
          campaign: BRAND_SMART_BANNER_CAMPAIGN,
        }),
      }),
    ),
  );
  c.header("cache-control", ERROR_PAGE_CACHE_CONTROL);
  c.header("x-robots-tag", "noindex");
  c.header("content-type", "text/html; charset=UTF-8");
  // No nonce when the preview inspector requests the page sub-app in-process, past the app's middleware.
  return c.body(pageBody(page, c.var.cspNonce ?? ""), status);
}
