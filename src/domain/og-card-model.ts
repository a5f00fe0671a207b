/** What an Open Graph card shows, decided from a share (or its absence) before anything is drawn. */
import type { Briefing } from "./briefing-schema";
import { type CardTextLayout, fitCardText } from "./og-card-layout";
import { type FittedSources, fitSources, sourceDomains } from "./source-domains";
import { textDirection } from "./text-direction";
import { firstStrongDirection, needsSansTitle } from "./text-scripts";
import { withWordBreaks } from "./word-breaks";

/** Characters of " · "-joined domains that fit beside "Shared from {APP_NAME}" in the footer. */
const FOOTER_SOURCE_CHARS = 46;
/** More summary than three lines can hold is never drawn; cutting early keeps layout work small. */
const SUMMARY_EXCERPT_CHARS = 420;

/** A briefing's own card: title, summary excerpt, sources, topic and date. */
export interface BriefingCardProps extends CardTextLayout {
  kind: "briefing";
  appName: string;
  /** BCP 47 tag of the briefing: picks CJK glyph forms and the date's language. */
  lang: string;
  /** The card's layout direction, from the language: right to left mirrors the header and footer. */
  dir: "ltr" | "rtl";
  /** The title's and summary's own direction (their first letter's, like `dir="auto"`). */
  textDir: "ltr" | "rtl";
  /** With a zero-width space between words of Thai (and Lao, Khmer, Myanmar), where lines may break. */
  title: string;
  /** Serif for Latin, Cyrillic and Greek; sans for CJK, Arabic, Hebrew, Thai, Devanagari, Bengali. */
  titleFace: "serif" | "sans";
  summary: string | null;
  /** Upper-cased for the topic pill, by the language's own rules (Greek drops its accents). */
  topic: string | null;
  /** The date in the briefing's language, and in English for when that language cannot be drawn. */
  date: { local: string; latin: string } | null;
  sources: FittedSources;
}

/** The neutral card: brand name and tagline, for revoked shares (and a title in a script no bundled font has). */
export interface BrandCardProps {
  kind: "brand";
  appName: string;
  tagline: string;
  /** The line under the tagline. */
  message: string;
  /** The footer's right-hand words: "Shared from" + "Scout", or "Download on the" + "App Store". */
  footer: { lead: string; strong: string };
  sources: FittedSources;
}

export type OgCardProps = BriefingCardProps | BrandCardProps;

export interface CardBrand {
  appName: string;
  appTagline: string;
}

/** NFC, so precomposed letters (é, not e + ◌́) meet the fonts' tables; one space between words. */
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

function upperCase(text: string, lang: string): string {
  try {
    return text.toLocaleUpperCase(lang);
  } catch {
    return text.toUpperCase();
  }
}

/**
 * The date in the given language (UTC, so it never depends on where the Worker runs); English
 * (British order) when the tag is one Intl refuses.
 *
 * @example
 * formatCardDate("2026-04-07T08:00:00Z", "ja"); // "2026年4月7日"
 */
export function formatCardDate(iso: string, lang: string): string {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(iso));
  try {
    return format(lang);
  } catch {
    return format("en-GB");
  }
}

function brandCard(brand: CardBrand, message: string, footer: BrandCardProps["footer"], sources: readonly string[]): BrandCardProps {
  return {
    kind: "brand",
    appName: brand.appName,
    tagline: brand.appTagline,
    message,
    footer,
    sources: fitSources(sources, FOOTER_SOURCE_CHARS),
  };
}

/**
 * The neutral card of a revoked or expired share: the app's own call to action, nothing of the
 * briefing, so that old posts keep a good-looking image.
 *
 * @example
 * revokedCard({ appName: "Scout", appTagline: "Be the smartest in the room" }).message; // "Get your own daily briefing"
 */
export function revokedCard(brand: CardBrand): BrandCardProps {
  return brandCard(brand, "Get your own daily briefing", { lead: "Download on the", strong: "App Store" }, []);
}

/**
 * The neutral card of a live briefing whose title no bundled font draws (Tamil, Georgian, Ethiopic, …):
 * brand, tagline and the briefing's sources.
 *
 * @example
 * sharedBriefingCard(brand, ["aljazeera.net"]).message; // "A briefing shared from Scout"
 */
export function sharedBriefingCard(brand: CardBrand, sources: readonly string[]): BrandCardProps {
  return brandCard(brand, `A briefing shared from ${brand.appName}`, { lead: "Shared from", strong: brand.appName }, sources);
}

/**
 * The card for a live briefing, in any script: satori 0.63 shapes text with HarfBuzz and orders
 * right-to-left and mixed-direction text itself.
 *
 * @example
 * const props = cardForBriefing(share.briefing, { appName: "Scout", appTagline: "…" });
 * props.kind; // "briefing"
 */
export function cardForBriefing(briefing: Briefing, brand: CardBrand): OgCardProps {
  const domains = sourceDomains(briefing);
  const lang = briefing.lang ?? "en";
  const title = withWordBreaks(collapse(briefing.title), lang);
  // Cut by code point, never inside a surrogate pair.
  const excerpt = [...collapse(briefing.summary)].slice(0, SUMMARY_EXCERPT_CHARS).join("");
  const summary = excerpt ? withWordBreaks(excerpt, lang) : null;
  const topic = briefing.topic ? collapse(briefing.topic) || null : null;
  const dir = textDirection(lang);
  return {
    kind: "briefing",
    appName: brand.appName,
    lang,
    dir,
    textDir: firstStrongDirection(title) ?? dir,
    title,
    titleFace: needsSansTitle(title) ? "sans" : "serif",
    summary,
    topic: topic ? upperCase(topic, lang) : null,
    date: briefing.publishedAt
      ? { local: formatCardDate(briefing.publishedAt, lang), latin: formatCardDate(briefing.publishedAt, "en-GB") }
      : null,
    sources: fitSources(domains, FOOTER_SOURCE_CHARS),
    ...fitCardText(title, summary !== null),
  };
}
