/** The HTML document every page shares: doctype, head in a crawler-friendly order, the one inline stylesheet. */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import { SITE_ICONS } from "../src/domain/site-icons";
import { STYLESHEET } from "./styles";

/** The browser chrome colour per theme; matches `--bg` in styles.ts. */
export const THEME_COLORS = { light: "#faf9f6", dark: "#111215" } as const;

export interface LayoutProps {
  /** The document title. */
  title: string;
  /** BCP 47 tag of the page's main content. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The per-response CSP nonce (`c.var.cspNonce`); the stylesheet is allowed by it. */
  nonce: string;
  /** Tags that belong right after <title>: description, canonical, Open Graph, JSON-LD… */
  head?: Child;
  /** The robots meta, e.g. "noindex"; omitted when undefined. */
  robots?: string;
  /** The `apple-itunes-app` content (Safari's Smart App Banner), from smartAppBannerContent; omitted when null. */
  smartAppBanner?: string | null;
  /** Page-specific CSS appended to the one stylesheet (keep it small). */
  extraCss?: string;
  children: Child;
}

/**
 * The document shell. Order in <head>: charset, viewport, title, `head`, theme-color,
 * color-scheme, robots, icons and manifest, stylesheet — metadata first, so crawlers that read only the first
 * kilobytes still see every tag.
 *
 * @example
 * <Layout title="Not found · Scout" lang="en" dir="ltr" nonce={c.var.cspNonce} robots="noindex">
 *   <main>…</main>
 * </Layout>
 */
export function Layout({ title, lang, dir, nonce, head, robots, smartAppBanner, extraCss, children }: LayoutProps) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={lang} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
          <title>{title}</title>
          {head}
          {smartAppBanner ? <meta name="apple-itunes-app" content={smartAppBanner} /> : null}
          <meta name="theme-color" content={THEME_COLORS.light} media="(prefers-color-scheme: light)" />
          <meta name="theme-color" content={THEME_COLORS.dark} media="(prefers-color-scheme: dark)" />
          <meta name="color-scheme" content="light dark" />
          {robots ? <meta name="robots" content={robots} /> : null}
          {/* The ICO lists its sizes rather than "any", so browsers that read SVG prefer the SVG. */}
          <link rel="icon" href={SITE_ICONS.favicon} sizes="16x16 32x32 48x48" />
          <link rel="icon" href={SITE_ICONS.svg} type="image/svg+xml" />
          <link rel="apple-touch-icon" href={SITE_ICONS.appleTouch} sizes="180x180" />
          <link rel="manifest" href={SITE_ICONS.manifest} />
          <style nonce={nonce} dangerouslySetInnerHTML={{ __html: extraCss ? STYLESHEET + extraCss : STYLESHEET }} />
        </head>
        <body>{children}</body>
      </html>
    </>
  );
}
