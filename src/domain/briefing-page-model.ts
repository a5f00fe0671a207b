/** Everything the briefing page shows or declares, derived once from a share and the configuration. */
import { type BrandCopy, brandFor } from "../i18n/brand-copy";
import type { LanguageTag } from "../i18n/languages";
import { matchLanguage } from "../i18n/match-language";
import { ogLocaleFor } from "../i18n/og-locale";
import { translatorFor } from "../i18n/translator";
import type { Citation, Section } from "./briefing-schema";
import { newsArticle, scriptSafeJson } from "./json-ld";
import { truncateText } from "./page-description";
import { formatPublishedDate } from "./published-date";
import { readingMinutes } from "./reading-time";
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
  /** Brand copy per language (config.brandCopy); the defaults above when absent. */
  brandCopy?: Partial<Record<LanguageTag, BrandCopy>>;
}

export interface BriefingPageModel {
  /** The briefing's own language and direction: `<html lang dir>`. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The catalog the page's own words come from: the briefing's language, or English when we lack it. */
  ui: LanguageTag;
  /** False when the briefing's language has no catalog, so the page's words must say they are English. */
  uiMatched: boolean;
  /** `og:locale` in Facebook's names ("pt_BR", "ar_AR"); null for a language we cannot name. */
  ogLocale: string | null;
  documentTitle: string;
  headline: string;
  description: string;
  appName: string;
  /** The tagline and pitch for the page's language (configured per language, else the defaults). */
  appTagline: string;
  /** null: the catalog's pitch. */
  pitch: string | null;
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
  const match = matchLanguage(lang);
  const ui = match.language;
  const uiMatched = match.matched;
  const t = translatorFor(ui);
  const brand = brandFor({ appName, appTagline: settings.appTagline, brandCopy: settings.brandCopy ?? {} }, ui);
  const minutes = readingMinutes(briefing);
  const canonicalUrl = origin ? shareUrls.page(origin, share.id) : null;
  const imageUrl = origin ? shareUrls.ogImage(origin, share.id, share.version) : null;
  // The date is one of the page's words: in the briefing's own locale (en-GB, pt-PT) when we speak it.
  const publishedLabel = formatPublishedDate(briefing.publishedAt, uiMatched ? lang : t.language.locale);
  const sharerName = share.sharer?.name?.trim() || null;

  return {
    lang,
    dir: textDirection(lang),
    ui,
    uiMatched,
    ogLocale: ogLocaleFor(lang, match.matched ? match.language : null),
    documentTitle: t.t("common.titleWithApp", { title: briefing.title, app: appName }),
    headline: briefing.title,
    description: truncateText(briefing.summary, 200),
    appName,
    appTagline: brand.tagline,
    pitch: brand.pitch,
    robots: settings.robots,
    canonicalUrl,
    ogImage: imageUrl
      ? { url: imageUrl, ...OG_IMAGE_SIZE, alt: t.t("page.imageAlt", { title: briefing.title, app: appName }), type: "image/png" }
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
    readingTime: t.plural("page.readingTime", minutes),
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
