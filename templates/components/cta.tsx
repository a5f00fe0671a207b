/** The calls to action: a compact card inside the article and the full card with store badges after it. */
import type { Child } from "hono/jsx";
import type { Translator } from "../../src/i18n/translator";
import { BrandMark } from "./brand-mark";
import { StoreBadges } from "./store-badges";

/** The tagline as a sentence in the language's own full stop ("." "。" "।"), never two. */
const sentence = (text: string, stop: string) => (/[.!?…。！？।]$/u.test(text) || !stop ? text : `${text}${stop}`);

export interface CtaInlineProps {
  appName: string;
  href: string;
  t: Translator;
  /** A sentence under the card (the iOS clipboard hand-off's). */
  note?: Child;
}

/**
 * A one-line card between sections: brand, promise, one button.
 *
 * @example
 * <CtaInline appName="Scout" href={shareUrls.cta(origin, id, "inline")} t={t} />
 */
export function CtaInline({ appName, href, t, note }: CtaInlineProps) {
  return (
    <aside class="cta-inline" aria-label={t.t("cta.getApp", { app: appName })} lang={t.language.locale} dir={t.language.dir}>
      <p class="cta-inline__text">
        <BrandMark />
        <span>
          {t.t("cta.title")}
          <span class="cta-inline__sub">{t.t("cta.free")}</span>
        </span>
      </p>
      <a class="button button--small" href={href}>
        {t.t("cta.getApp", { app: appName })}
      </a>
      {note}
    </aside>
  );
}

export interface CtaCardProps {
  appName: string;
  appTagline: string;
  /** The configured pitch for this language, or null for the catalog's. */
  pitch?: string | null;
  t: Translator;
  /** Where both store badges link (the CTA URL picks the store by device). */
  href: string;
  /** Heading of the card; the catalog's "Get your own daily briefing" by default. */
  title?: string;
  /** Android intent link that opens the app when installed; rendered hidden, revealed on Android by script. */
  openInAppUrl?: string | undefined;
  /** The heading's id, for aria-labelledby (unique per page). */
  id?: string;
  /** A sentence under the badges (the iOS clipboard hand-off's). */
  note?: Child;
}

/**
 * The full call to action: "Get your own daily briefing", the tagline and pitch, both store badges.
 *
 * @example
 * <CtaCard appName="Scout" appTagline="Be the smartest in the room" t={t} href={shareUrls.cta(origin, id, "footer")} />
 */
export function CtaCard({ appName, appTagline, pitch, t, href, title, openInAppUrl, id = "get-the-app", note }: CtaCardProps) {
  // The tagline may be in another language than the page (APP_TAGLINE is the default for all):
  // <bdi> keeps an English tagline's full stop with it inside an Arabic sentence.
  const text = t.parts("cta.taglineAndPitch", {
    tagline: <bdi>{sentence(appTagline, t.t("punctuation.sentenceEnd"))}</bdi>,
    pitch: pitch ?? t.t("cta.pitch", { app: appName }),
  });
  return (
    <aside class="cta-card" aria-labelledby={id} lang={t.language.locale} dir={t.language.dir}>
      <BrandMark />
      <h2 class="cta-card__title" id={id}>
        {title ?? t.t("cta.title")}
      </h2>
      <p class="cta-card__text">{text}</p>
      <StoreBadges href={href} t={t} />
      {note}
      {openInAppUrl ? (
        // Hidden until the page's script sees Android: an intent:// link does nothing elsewhere.
        <a class="open-in-app" href={openInAppUrl} hidden data-android-only>
          {t.t("cta.openInApp", { app: appName })}
        </a>
      ) : null}
    </aside>
  );
}
