/** The top bar: brand on one side, a small "Get the app" button on the other. */
import type { Child } from "hono/jsx";
import { BrandMark } from "./brand-mark";

export interface SiteHeaderProps {
  appName: string;
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
 * Its words are English, so it is laid out left to right even above a right-to-left briefing.
 * Not sticky on purpose: on iOS Safari the Smart App Banner is the only banner.
 *
 * @example
 * <SiteHeader appName="Scout" ctaHref={shareUrls.cta(origin, id, "banner")} />
 */
export function SiteHeader({ appName, ctaHref, homeHref = "/", area, wide, children }: SiteHeaderProps) {
  return (
    <header class="site-header" lang="en" dir="ltr">
      <div class={wide ? "wrap wrap--wide site-header__inner" : "wrap site-header__inner"}>
        <a class="brand" href={homeHref}>
          <BrandMark />
          <span>{appName}</span>
          {area ? <span class="brand__area">{area}</span> : null}
        </a>
        {ctaHref ? (
          <a class="button button--small" href={ctaHref}>
            Get the app
          </a>
        ) : null}
        {children}
      </div>
    </header>
  );
}
