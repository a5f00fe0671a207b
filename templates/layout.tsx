/** The HTML document every page shares: head, one inline stylesheet, body. */
import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  lang: string;
  dir: "ltr" | "rtl";
  /** Extra tags for <head> (meta, link, JSON-LD). */
  head?: Child;
  children: Child;
}

export function Layout({ title, lang, dir, head, children }: LayoutProps) {
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {head}
      </head>
      <body>{children}</body>
    </html>
  );
}
