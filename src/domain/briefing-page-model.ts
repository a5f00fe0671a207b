/** Everything the briefing page shows or declares, derived once from a share and the configuration. */
import type { Citation, Section } from "./briefing-schema";
import { newsArticle, scriptSafeJson } from "./json-ld";
import { truncateText } from "./page-description";
import { formatPublishedDate } from "./published-date";
import { readingMinutes, readingTimeLabel } from "./reading-time";
import type { Share } from "./share";
import { shareUrls } from "./share-urls";
import { LOGO_ICON } from "./site-icons";
import { smartAppBannerContent } from "./smart-app-banner";
import { textDirection } from "./text-direction";

/** The OG card's size; the card route renders exactly this. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface BriefingPageSettings {
  /** PUBLIC_ORIGIN, or null when unset: links become relative and absolute-URL tags are left out. */
  origin: string | null;
  appName: string;
  appTagline: string;
  iosAppId: string | null;
  appleProviderToken: string | null;
  /** The robots directive; "noindex" keeps shares out of search while previews still fetch them. */
  robots: string;
}

export interface BriefingPageModel {
  lang: string;
  dir: "ltr" | "rtl";
  /** `og:locale` ("pt_BR"), only when the tag names a region: Facebook rejects a bare "pt". */
  ogLocale: string | null;
  documentTitle: string;
  headline: string;
  description: string;
  appName: string;
  appTagline: string;
  robots: string;
  /** Absolute URLs, null when PUBLIC_ORIGIN is not configured. */
  canonicalUrl: string | null;
  ogImage: { url: string; width: number; height: number; alt: string; type: "image/png" } | null;
  /** Serialized NewsArticle, safe to place inside <script>. */
  jsonLd: string | null;
  smartAppBanner: string | null;
  readingMinutes: number;
  readingTime: string;
  published: { iso: string; label: string } | null;
  topic: string | null;
  sharerName: string | null;
  summary: string;
  summaryCitations: Citation[];
  sections: Section[];
  ctaHrefs: { banner: string; inline: string; footer: string };
}

/** "pt-BR" → "pt_BR"; "en" or "zh-Hant" → null. */
function ogLocale(lang: string): string | null {
  const match = /^([a-z]{2,3})(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(lang);
  return match ? `${match[1]!.toLowerCase()}_${match[2]!.toUpperCase()}` : null;
}

/**
 * Derives the page model. Pure: the same share and settings give the same model.
 *
 * @example
 * const model = briefingPageModel(share, { origin: "https://share.example.app", appName: "Scout", … });
 * model.canonicalUrl; // "https://share.example.app/b/q3V9-xk2LrT_"
 */
export function briefingPageModel(share: Share, settings: BriefingPageSettings): BriefingPageModel {
  const { briefing } = share;
  const { origin, appName } = settings;
  const lang = briefing.lang ?? "en";
  const minutes = readingMinutes(briefing);
  const canonicalUrl = origin ? shareUrls.page(origin, share.id) : null;
  const imageUrl = origin ? shareUrls.ogImage(origin, share.id, share.version) : null;
  const publishedLabel = formatPublishedDate(briefing.publishedAt, lang);
  const sharerName = share.sharer?.name?.trim() || null;

  return {
    lang,
    dir: textDirection(lang),
    ogLocale: ogLocale(lang),
    documentTitle: `${briefing.title} · ${appName}`,
    headline: briefing.title,
    description: truncateText(briefing.summary, 200),
    appName,
    appTagline: settings.appTagline,
    robots: settings.robots,
    canonicalUrl,
    ogImage: imageUrl
      ? { url: imageUrl, ...OG_IMAGE_SIZE, alt: `${briefing.title} — a briefing shared from ${appName}`, type: "image/png" }
      : null,
    jsonLd:
      canonicalUrl && imageUrl
        ? scriptSafeJson(
            newsArticle({
              briefing,
              url: canonicalUrl,
              imageUrl,
              organization: { name: appName, url: `${origin}/`, logo: { ...LOGO_ICON, url: `${origin}${LOGO_ICON.path}` } },
              createdAt: share.createdAt,
              updatedAt: share.updatedAt,
            }),
          )
        : null,
    smartAppBanner: smartAppBannerContent({
      iosAppId: settings.iosAppId,
      appleProviderToken: settings.appleProviderToken,
      appArgument: canonicalUrl,
    }),
    readingMinutes: minutes,
    readingTime: readingTimeLabel(minutes),
    published: briefing.publishedAt && publishedLabel ? { iso: briefing.publishedAt, label: publishedLabel } : null,
    topic: briefing.topic?.trim() || null,
    sharerName,
    summary: briefing.summary,
    summaryCitations: briefing.summaryCitations ?? [],
    sections: briefing.sections,
    ctaHrefs: {
      banner: shareUrls.cta(origin ?? "", share.id, "banner"),
      inline: shareUrls.cta(origin ?? "", share.id, "inline"),
      footer: shareUrls.cta(origin ?? "", share.id, "footer"),
    },
  };
}
