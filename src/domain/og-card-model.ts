/** What an Open Graph card shows, decided from a share (or its absence) before anything is drawn. */
import type { Briefing } from "./briefing-schema";
import { type CardTextLayout, fitCardText } from "./og-card-layout";
import { type FittedSources, fitSources, sourceDomains } from "./source-domains";
import { matchLanguage } from "../i18n/match-language";
import { type Translator, translatorFor } from "../i18n/translator";
import { firstStrongDirection, needsSansTitle } from "./text-scripts";
import { withWordBreaks } from "./word-breaks";

/** Characters of " · "-joined domains that fit beside "Shared from {APP_NAME}" in the footer. */
const FOOTER_SOURCE_CHARS = 46;
/** More summary than three lines can hold is never drawn; cutting early keeps layout work small. */
const SUMMARY_EXCERPT_CHARS = 420;

/** The card's own words, from the catalog of the briefing's language (src/i18n, `card.*` keys). */
export interface CardWords {
  /** "Shared from {app}" cut around the app's name, in the language's word order; the name is set strong. */
  sharedFrom: Array<{ text: string; strong: boolean }>;
  /** "Source" or "Sources" by the language's plural rules: the footer's label. */
  sources: string;
  /** "+3": the sources not shown, in the language's digits; null when every source is shown. */
  more: string | null;
}

/** A briefing's own card: title, summary excerpt, sources, topic and date. */
export interface BriefingCardProps extends CardTextLayout {
  kind: "briefing";
  appName: string;
  /** BCP 47 tag of the briefing: picks CJK glyph forms and the date's language. */
  lang: string;
  /** The direction of the card's own words' language: right to left mirrors the header and footer. */
  dir: "ltr" | "rtl";
  words: CardWords;
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
  /** The footer's words: "Shared from" + "Scout", or "Download on the" + "App Store". */
  words: CardWords;
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

/** The parts of a message around `{app}`, the app's name marked strong; spaces trimmed (the template sets gaps). */
function aroundApp(parts: Array<string | { app: string }>): CardWords["sharedFrom"] {
  return parts
    .map((part) => (typeof part === "string" ? { text: part.trim(), strong: false } : { text: part.app, strong: true }))
    .filter((part) => part.text !== "");
}

function cardWords(t: Translator, appName: string, sources: FittedSources): CardWords {
  const count = sources.shown.length + sources.more;
  return {
    sharedFrom: aroundApp(t.parts("card.sharedFrom", { app: { app: appName } })),
    sources: t.plural("card.sources", count),
    // "+{count}" is a plain message whose placeholder is named count, which t() types as given apart;
    // fill() formats it in the language's digits all the same.
    more: sources.more > 0 ? (t.t as (key: "card.moreSources", params: { count: number }) => string)("card.moreSources", { count: sources.more }) : null,
  };
}

function brandCard(brand: CardBrand, message: string, footer: CardWords["sharedFrom"] | null, sources: readonly string[]): BrandCardProps {
  const fitted = fitSources(sources, FOOTER_SOURCE_CHARS);
  const words = cardWords(translatorFor("en"), brand.appName, fitted);
  return {
    kind: "brand",
    appName: brand.appName,
    tagline: brand.appTagline,
    message,
    words: footer ? { ...words, sharedFrom: footer } : words,
    sources: fitted,
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
  // A revoked share has no language left to speak: English, as the store's own badge wording.
  const t = translatorFor("en");
  const footer = [
    { text: t.t("badge.appStore.above"), strong: false },
    { text: t.t("badge.appStore.large"), strong: true },
  ];
  return brandCard(brand, t.t("card.getYourOwn"), footer, []);
}

/**
 * The neutral card of a live briefing whose title no bundled font draws (Tamil, Georgian, Ethiopic, …):
 * brand, tagline and the briefing's sources.
 *
 * @example
 * sharedBriefingCard(brand, ["aljazeera.net"]).message; // "A briefing shared from Scout"
 */
export function sharedBriefingCard(brand: CardBrand, sources: readonly string[]): BrandCardProps {
  return brandCard(brand, translatorFor("en").t("card.sharedBriefing", { app: brand.appName }), null, sources);
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
  // The card's own words follow the briefing's language when we have its catalog, else English.
  const t = translatorFor(matchLanguage(lang).language);
  const dir = t.language.dir;
  const sources = fitSources(domains, FOOTER_SOURCE_CHARS);
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
    words: cardWords(t, brand.appName, sources),
    sources,
    ...fitCardText(title, summary !== null),
  };
}
