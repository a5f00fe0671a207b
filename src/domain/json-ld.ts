/** The page's schema.org NewsArticle, and the one safe way to put JSON inside a <script> element. */
import type { Briefing } from "./briefing-schema";
import { truncateGraphemes } from "./truncate-graphemes";

/**
 * Google's Article documentation long said "headline should not exceed 110 characters"; it now only
 * warns that long titles get truncated, but validators built on the old rule still flag longer ones.
 * The full title stays in `name`.
 */
export const HEADLINE_MAX_CHARS = 110;

export interface NewsArticleInput {
  briefing: Briefing;
  /** The share's canonical URL (absolute). */
  url: string;
  /** The OG card's URL (absolute). */
  imageUrl: string;
  /** The app, which writes the briefings: author and publisher. */
  organization: OrganizationInput;
  /** When the share was created and last replaced (ISO 8601). */
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationInput {
  name: string;
  /** PUBLIC_ORIGIN + "/" (absolute). */
  url: string;
  /** The square brand icon (absolute URL and size): Google wants at least 112×112, crawlable. */
  logo: { url: string; width: number; height: number };
}

/**
 * The app as a schema.org Organization: the briefings are written by the app itself (no person
 * wrote them), so it is both their author and their publisher.
 *
 * @example
 * organization({ name: "Scout", url: "https://share.example.app/", logo: { url: "https://share.example.app/icon-512.png", width: 512, height: 512 } });
 */
export function organization({ name, url, logo }: OrganizationInput) {
  return {
    "@type": "Organization",
    name,
    url,
    logo: { "@type": "ImageObject", url: logo.url, width: logo.width, height: logo.height },
  };
}

/**
 * The NewsArticle for a shared briefing, following Google's Article guidelines: a headline cut to
 * 110 characters on a grapheme boundary, the app as author and publisher, ISO 8601 dates with a time
 * zone. `datePublished` is only ever the briefing's own `publishedAt`: without it the page says when
 * the share was made (`dateCreated`), rather than passing the share time off as a publication date.
 *
 * @example
 * newsArticle({ briefing, url, imageUrl, organization: { name: "Scout", url, logo }, createdAt, updatedAt });
 */
export function newsArticle({ briefing, url, imageUrl, organization: org, createdAt, updatedAt }: NewsArticleInput) {
  const app = organization(org);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: truncateGraphemes(briefing.title, HEADLINE_MAX_CHARS),
    name: briefing.title,
    description: briefing.summary,
    inLanguage: briefing.lang ?? "en",
    url,
    mainEntityOfPage: url,
    image: [imageUrl],
    ...(briefing.publishedAt ? { datePublished: briefing.publishedAt } : { dateCreated: createdAt }),
    dateModified: updatedAt,
    ...(briefing.topic ? { articleSection: briefing.topic } : {}),
    author: app,
    publisher: app,
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
