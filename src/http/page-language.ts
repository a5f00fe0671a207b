/** The language of a page that has no briefing to follow (404, 410, 503, home, get-the-app, store hand-off): Accept-Language decides. */
import type { Context } from "hono";
import { getConfig } from "../config";
import type { AppEnv } from "../env";
import { type Brand, brandFor } from "../i18n/brand-copy";
import { negotiateLanguage } from "../i18n/accept-language";
import { type Translator, translatorFor } from "../i18n/translator";

export interface PageLanguage {
  t: Translator;
  brand: Brand;
}

/**
 * Negotiates the reader's language and says so in `Vary: Accept-Language`, so that a shared cache
 * keeps one copy per language instead of serving the first reader's to everyone.
 *
 * @example
 * const { t, brand } = pageLanguage(c);
 * return c.html(HomePage({ appName: brand.appName, appTagline: brand.tagline, pitch: brand.pitch, t, … }));
 */
export function pageLanguage(c: Context<AppEnv>): PageLanguage {
  const t = translatorFor(negotiateLanguage(c.req.header("accept-language")));
  c.header("vary", "Accept-Language", { append: true });
  return { t, brand: brandFor(getConfig(c.env), t.language.tag) };
}
