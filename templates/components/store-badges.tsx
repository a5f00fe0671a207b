/** "Download on the App Store" and "Get it on Google Play" badges, drawn in HTML and inline SVG (no image fetch). */
import type { Child } from "hono/jsx";
import type { Translator } from "../../src/i18n/translator";

/** Glyphs from simple-icons (CC0): the Apple logo and the Google Play triangle, 24×24. */
const APPLE_GLYPH =
  "M12.152 6.896c-.948 0-2.415-1.078-3.96-1.04-2.04.027-3.91 1.183-4.961 3.014-2.117 3.675-.546 9.103 1.519 12.09 1.013 1.454 2.208 3.09 3.792 3.039 1.52-.065 2.09-.987 3.935-.987 1.831 0 2.35.987 3.96.948 1.637-.026 2.676-1.48 3.676-2.948 1.156-1.688 1.636-3.325 1.662-3.415-.039-.013-3.182-1.221-3.22-4.857-.026-3.04 2.48-4.494 2.597-4.559-1.429-2.09-3.623-2.324-4.39-2.376-2-.156-3.675 1.09-4.61 1.09zM15.53 3.83c.843-1.012 1.4-2.427 1.245-3.83-1.207.052-2.662.805-3.532 1.818-.78.896-1.454 2.338-1.273 3.714 1.338.104 2.715-.688 3.559-1.701";
const PLAY_GLYPH =
  "M22.018 13.298l-3.919 2.218-3.515-3.493 3.543-3.521 3.891 2.202a1.49 1.49 0 0 1 0 2.594zM1.337.924a1.486 1.486 0 0 0-.112.568v21.017c0 .217.045.419.124.6l11.155-11.087L1.337.924zm12.207 10.065l3.258-3.238L3.45.195a1.466 1.466 0 0 0-.946-.179l11.04 10.973zm0 2.067l-11 10.933c.298.036.612-.016.906-.183l13.324-7.54-3.23-3.21z";

export type Store = "app-store" | "google-play";

/** Each badge's glyph and catalog keys: a small line above, the large line, a small line below (either small one may be empty). */
const STORES = {
  "app-store": { glyph: APPLE_GLYPH, above: "badge.appStore.above", large: "badge.appStore.large", below: "badge.appStore.below" },
  "google-play": { glyph: PLAY_GLYPH, above: "badge.googlePlay.above", large: "badge.googlePlay.large", below: "badge.googlePlay.below" },
} as const;

export interface StoreBadgeProps {
  store: Store;
  href: string;
  t: Translator;
}

/**
 * One store badge: a black pill link with the store's glyph and the wording Apple and Google use
 * in the language ("Laden im / App Store", "Google Play / で手に入れよう"). The whole badge is one
 * link whose accessible name is that wording.
 *
 * @example
 * <StoreBadge store="app-store" href={shareUrls.cta(origin, id, "footer")} t={translatorFor("de")} />
 */
export function StoreBadge({ store, href, t }: StoreBadgeProps) {
  const { glyph, above, large, below } = STORES[store];
  const [over, name, under] = [t.t(above), t.t(large), t.t(below)];
  return (
    <a class={`store-badge store-badge--${store}`} href={href}>
      <svg class="store-badge__glyph" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={glyph} />
      </svg>
      <span class="store-badge__text">
        {over ? <span class="store-badge__small">{over} </span> : null}
        <span class="store-badge__name">{name}</span>
        {under ? <span class="store-badge__small"> {under}</span> : null}
      </span>
    </a>
  );
}

export interface StoreBadgesProps {
  /** Where the App Store badge links: usually the CTA URL, which picks the store by device. */
  href: string;
  t: Translator;
  /** Where the Google Play badge links; defaults to `href`. */
  googlePlayHref?: string;
  /** Shown under the badges, e.g. "Free on iPhone and Android". */
  note?: Child;
}

/**
 * Both store badges side by side (stacked on narrow screens).
 *
 * @example
 * <StoreBadges href="/b/q3V9-xk2LrT_/get?via=footer" t={t} />
 * <StoreBadges href="/get?via=home" t={t} />
 */
export function StoreBadges({ href, t, googlePlayHref, note }: StoreBadgesProps) {
  return (
    <div class="store-badges">
      <div class="store-badges__row">
        <StoreBadge store="app-store" href={href} t={t} />
        <StoreBadge store="google-play" href={googlePlayHref ?? href} t={t} />
      </div>
      {note ? <p class="store-badges__note">{note}</p> : null}
    </div>
  );
}
