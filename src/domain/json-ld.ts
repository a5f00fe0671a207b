/** The page's schema.org NewsArticle, and the one safe way to put JSON inside a <script> element. */
import type { Briefing } from "./briefing-schema";

export interface NewsArticleInput {
  briefing: Briefing;
  /** The share's canonical URL (absolute). */
  url: string;
  /** The OG card's URL (absolute). */
  imageUrl: string;
  appName: string;
  /** When the share was created and last replaced (ISO 8601). */
  createdAt: string;
  updatedAt: string;
}

/**
 * The NewsArticle for a shared briefing. The publisher is the app; no author is claimed.
 *
 * @example
 * newsArticle({ briefing, url, imageUrl, appName: "Scout", createdAt, updatedAt });
 */
export function newsArticle({ briefing, url, imageUrl, appName, createdAt, updatedAt }: NewsArticleInput) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: briefing.title,
    description: briefing.summary,
    inLanguage: briefing.lang ?? "en",
    url,
    mainEntityOfPage: url,
    image: [imageUrl],
    datePublished: briefing.publishedAt ?? createdAt,
    dateModified: updatedAt,
    ...(briefing.topic ? { articleSection: briefing.topic } : {}),
    publisher: { "@type": "Organization", name: appName },
    isAccessibleForFree: true,
  };
}

/**
 * JSON that cannot end the <script> element it sits in, nor open a comment or CDATA section:
 * `<`, `>` and `&` become \u escapes (still the same JSON), and so do U+2028/U+2029.
 *
 * @example
 * scriptSafeJson({ title: "</script><script>alert(1)</script>" });
 * // '{"title":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
