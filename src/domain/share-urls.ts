/** Every public URL of a share, built from PUBLIC_ORIGIN alone (never from the request's Host). */

/** Placement words a CTA link may carry in `?via=`; anything else is recorded as "other". */
export const CTA_PLACEMENTS = ["banner", "hero", "inline", "footer", "qr", "get-page", "error", "home"] as const;
export type CtaPlacement = (typeof CTA_PLACEMENTS)[number];

/** The brand card (the neutral card): the home page's og:image, at a URL that never changes. */
export const BRAND_CARD_PATH = "/og.png";

export const shareUrls = {
  /** The briefing page: what people share. */
  page: (origin: string, id: string) => `${origin}/b/${encodeURIComponent(id)}`,
  /** The OG card, versioned by content so a changed briefing gets a fresh card in every cache. */
  ogImage: (origin: string, id: string, version: string) =>
    `${origin}/b/${encodeURIComponent(id)}/og.png?v=${encodeURIComponent(version)}`,
  /** The call to action, tagged with where on the page it was tapped. */
  cta: (origin: string, id: string, via: CtaPlacement) => `${origin}/b/${encodeURIComponent(id)}/get?via=${via}`,
  /** The API resource. */
  api: (origin: string, id: string) => `${origin}/api/shares/${encodeURIComponent(id)}`,
};
