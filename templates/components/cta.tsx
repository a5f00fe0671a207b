/** The calls to action: a compact card inside the article and the full card with store badges after it. */
import type { Child } from "hono/jsx";
import { BrandMark } from "./brand-mark";
import { StoreBadges } from "./store-badges";

/** The tagline as a sentence: one final stop, never two. */
const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

export interface CtaInlineProps {
  appName: string;
  href: string;
  /** A sentence under the card (the iOS clipboard hand-off's). */
  note?: Child;
}

/**
 * A one-line card between sections: brand, promise, one button.
 *
 * @example
 * <CtaInline appName="Scout" href={shareUrls.cta(origin, id, "inline")} />
 */
export function CtaInline({ appName, href, note }: CtaInlineProps) {
  return (
    <aside class="cta-inline" aria-label={`Get ${appName}`} lang="en" dir="ltr">
      <p class="cta-inline__text">
        <BrandMark />
        <span>
          Get your own daily briefing
          <span class="cta-inline__sub">Free on iPhone and Android</span>
        </span>
      </p>
      <a class="button button--small" href={href}>
        Get {appName}
      </a>
      {note}
    </aside>
  );
}

export interface CtaCardProps {
  appName: string;
  appTagline: string;
  /** Where both store badges link (the CTA URL picks the store by device). */
  href: string;
  /** Heading of the card. */
  title?: string;
  /** Android intent link that opens the app when installed; rendered hidden, revealed on Android by script. */
  openInAppUrl?: string | undefined;
  /** The heading's id, for aria-labelledby (unique per page). */
  id?: string;
  /** A sentence under the badges (the iOS clipboard hand-off's). */
  note?: Child;
}

/**
 * The full call to action: "Get your own daily briefing", the tagline, both store badges.
 *
 * @example
 * <CtaCard appName="Scout" appTagline="Be the smartest in the room" href={shareUrls.cta(origin, id, "footer")} />
 */
export function CtaCard({ appName, appTagline, href, title = "Get your own daily briefing", openInAppUrl, id = "get-the-app", note }: CtaCardProps) {
  return (
    <aside class="cta-card" aria-labelledby={id} lang="en" dir="ltr">
      <BrandMark />
      <h2 class="cta-card__title" id={id}>
        {title}
      </h2>
      <p class="cta-card__text">
        {sentence(appTagline)} {appName} reads the news for you and sends a short, sourced briefing every morning.
      </p>
      <StoreBadges href={href} />
      {note}
      {openInAppUrl ? (
        // Hidden until the page's script sees Android: an intent:// link does nothing elsewhere.
        <a class="open-in-app" href={openInAppUrl} hidden data-android-only>
          Already have {appName}? Open in app
        </a>
      ) : null}
    </aside>
  );
}
