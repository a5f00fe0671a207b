/** The top bar: brand on one side, a small "Get the app" button on the other. */
import type { Child } from "hono/jsx";
import type { Translator } from "../../src/i18n/translator";
import { BrandMark } from "./brand-mark";

export interface SiteHeaderProps {
  appName: string;
  /** The page's words. */
  t: Translator;
  /** The header button's link (placement "banner" on a share); no button when absent. */
  ctaHref?: string;
  /** Where the brand links; defaults to the home page. */
  homeHref?: string;
  /** A word after the brand naming the area, e.g. "Dashboard". */
  area?: string;
  /** Wider than the reading measure (the dashboard's pages). */
  wide?: boolean;
  /** What sits at the end of the bar instead of the button: the dashboard's navigation. */
  children?: Child;
}

/**
 * Its words are in the catalog's language and direction (which may differ from a briefing's when we
 * have no catalog for it). Not sticky on purpose: on iOS Safari the Smart App Banner is the only banner.
 *
 * @example
 * <SiteHeader appName="Scout" t={translatorFor("ja")} ctaHref={shareUrls.cta(origin, id, "banner")} />
 */
export function SiteHeader({ appName, t, ctaHref, homeHref = "/", area, wide, children }: SiteHeaderProps) {
  return (
    <header class="site-header" lang={t.language.locale} dir={t.language.dir}>
      <div class={wide ? "wrap wrap--wide site-header__inner" : "wrap site-header__inner"}>
        <a class="brand" href={homeHref}>
          <BrandMark />
          <span>{appName}</span>
          {area ? <span class="brand__area">{area}</span> : null}
        </a>
        {ctaHref ? (
          <a class="button button--small" href={ctaHref}>
            {t.t("header.getApp")}
          </a>
        ) : null}
        {children}
      </div>
    </header>
  );
}
