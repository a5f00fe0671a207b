/** The HTML document every page shares: doctype, head in a crawler-friendly order, the one inline stylesheet. */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import { STYLESHEET } from "./styles";

/** The browser chrome colour per theme; matches `--bg` in styles.ts. */
export const THEME_COLORS = { light: "#faf9f6", dark: "#111215" } as const;

/** The brand mark as a data: URI, so the favicon costs no request (and no 404 in the console). */
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#3730a3"/><path fill="#fff" d="M16 5l2.9 8.1L27 16l-8.1 2.9L16 27l-2.9-8.1L5 16l8.1-2.9z"/></svg>',
  );

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
  /** Page-specific CSS appended to the one stylesheet (keep it small). */
  extraCss?: string;
  children: Child;
}

/**
 * The document shell. Order in <head>: charset, viewport, title, `head`, theme-color,
 * color-scheme, robots, icon, stylesheet — metadata first, so crawlers that read only the first
 * kilobytes still see every tag.
 *
 * @example
 * <Layout title="Not found · Scout" lang="en" dir="ltr" nonce={c.var.cspNonce} robots="noindex">
 *   <main>…</main>
 * </Layout>
 */
export function Layout({ title, lang, dir, nonce, head, robots, extraCss, children }: LayoutProps) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={lang} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
          <title>{title}</title>
          {head}
          <meta name="theme-color" content={THEME_COLORS.light} media="(prefers-color-scheme: light)" />
          <meta name="theme-color" content={THEME_COLORS.dark} media="(prefers-color-scheme: dark)" />
          <meta name="color-scheme" content="light dark" />
          {robots ? <meta name="robots" content={robots} /> : null}
          <link rel="icon" href={FAVICON} type="image/svg+xml" />
          <style nonce={nonce} dangerouslySetInnerHTML={{ __html: extraCss ? STYLESHEET + extraCss : STYLESHEET }} />
        </head>
        <body>{children}</body>
      </html>
    </>
  );
}
