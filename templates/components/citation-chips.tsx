/** A paragraph's or summary's sources, as small chips that open the source in a new tab. */
import type { Citation } from "../../src/domain/briefing-schema";
import type { Translator } from "../../src/i18n/translator";

export interface CitationChipsProps {
  citations: Citation[] | undefined;
  t: Translator;
  /** Accessible name of the list; the catalog's "Sources" by default. */
  label?: string;
}

/**
 * Links carry `rel="noopener noreferrer nofollow ugc"`: the URLs come from the sharer's briefing,
 * so they pass no referrer, no window handle and no ranking signal. A citation without a URL is
 * plain text. Labels are isolated with <bdi> so a right-to-left label cannot reorder its neighbours.
 *
 * @example
 * <CitationChips citations={[{ label: "reuters.com", url: "https://www.reuters.com/…" }]} t={t} />
 */
export function CitationChips({ citations, t, label }: CitationChipsProps) {
  if (!citations || citations.length === 0) return null;
  return (
    <ul class="chips" aria-label={label ?? t.t("page.sources")}>
      {citations.map((citation) => (
        <li>
          {citation.url ? (
            <a class="chip" href={citation.url} target="_blank" rel="noopener noreferrer nofollow ugc">
              <bdi>{citation.label}</bdi>
              <svg class="chip__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <path fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" d="M4.5 2.5h5v5M9.5 2.5 3 9" />
              </svg>
              <span class="visually-hidden"> {t.t("page.opensInNewTab")}</span>
            </a>
          ) : (
            <span class="chip">
              <bdi>{citation.label}</bdi>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
