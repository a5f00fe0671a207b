/** GET /: the brand's page; GET /robots.txt: lets every crawler fetch pages and cards. */
import { Hono } from "hono";
import { HomePage } from "../../templates/home-page";
import { getConfig } from "../config";
import type { AppEnv } from "../env";
import { OG_IMAGE_SIZE } from "../domain/briefing-page-model";
import { BRAND_CARD_PATH } from "../domain/share-urls";
import { BRAND_SMART_BANNER_CAMPAIGN, smartAppBannerContent } from "../domain/smart-app-banner";
import { PAGE_CACHE_CONTROL } from "../http/conditional-get";
import { pageLanguage } from "../http/page-language";

/**
 * Everything may be fetched: link-preview crawlers (X obeys robots.txt for pages and cards alike)
 * need /b/:id and /b/:id/og.png, and a search engine can only honour a share page's `noindex`
 * if it is allowed to fetch the page and see it. Only the API is off limits.
 */
export const ROBOTS_TXT = `# Link previews and cards may be fetched by every crawler. Share pages carry noindex
# (meta and X-Robots-Tag) instead of a Disallow, so that crawlers can see it.
User-agent: *
Allow: /
Disallow: /api/
`;

/**
 * The brand's routes, mounted at the root.
 *
 * @example
 * app.route("/", home);
 */
export const home = new Hono<AppEnv>()
  .get("/", (c) => {
    const config = getConfig(c.env);
    const { t, brand } = pageLanguage(c);
    c.header("cache-control", PAGE_CACHE_CONTROL);
    return c.html(
      HomePage({
        appName: brand.appName,
        appTagline: brand.tagline,
        pitch: brand.pitch,
        t,
        nonce: c.var.cspNonce,
        canonicalUrl: config.publicOrigin ? `${config.publicOrigin}/` : null,
        ctaHref: "/get?via=home",
        ogImage: config.publicOrigin
          ? { url: `${config.publicOrigin}${BRAND_CARD_PATH}`, ...OG_IMAGE_SIZE, alt: `${config.appName} · ${config.appTagline}` }
          : null,
        smartAppBanner: smartAppBannerContent({
          iosAppId: config.iosAppId,
          appleProviderToken: config.appleProviderToken,
          appArgument: config.publicOrigin ? `${config.publicOrigin}/` : null,
          campaign: BRAND_SMART_BANNER_CAMPAIGN,
        }),
      }),
    );
  })
  .get("/robots.txt", (c) => c.text(ROBOTS_TXT, 200, { "cache-control": "public, max-age=3600" }));
