/** Briefings the bench shares: a realistic one for the load rows, and a size grid for growth. */

const SOURCES = ["reuters.com", "apnews.com", "ft.com", "theverge.com", "nature.com", "bbc.co.uk"];

function citation(n) {
  const label = SOURCES[n % SOURCES.length];
  return { label, url: `https://www.${label}/story/${1000 + n}` };
}

/** About 320 characters of plain newsy prose, different for every paragraph. */
function paragraphText(section, paragraph) {
  return (
    `In section ${section + 1}, paragraph ${paragraph + 1}: regulators in three countries asked the lab for its ` +
    `safety evaluations after researchers reported that the model could be steered around its own guardrails. ` +
    `The company said it would publish a fuller account within weeks, and analysts expect rivals to review ` +
    `their release processes as a result.`
  );
}

/** A title of exactly `length` characters. */
function titleOf(length) {
  const base = "AI model pulled after regulators ask questions about safety testing and disclosure ";
  return base.repeat(Math.ceil(length / base.length)).slice(0, length).trimEnd().padEnd(length, ".");
}

/**
 * A briefing of `sections` sections × `paragraphsPerSection` paragraphs, each paragraph with two citations.
 *
 * @example
 * realisticBriefing()            // 4 sections × 5 paragraphs = 20 cited paragraphs (rows 1 and 2)
 * sizedBriefing({ sections: 50, titleLength: 200 })
 */
export function sizedBriefing({ sections, paragraphsPerSection = 2, titleLength = 60 }) {
  let n = 0;
  return {
    title: titleOf(titleLength),
    summary:
      "A leading AI lab withdrew its newest model two days after release, citing safety concerns raised by " +
      "outside researchers. Here is what happened, why it matters and what comes next.",
    summaryCitations: [citation(n++), citation(n++)],
    sections: Array.from({ length: sections }, (_, s) => ({
      heading: `Part ${s + 1}: what we know`,
      paragraphs: Array.from({ length: paragraphsPerSection }, (_, p) => ({
        text: paragraphText(s, p),
        citations: [citation(n++), citation(n++)],
      })),
    })),
    topic: "AI",
    publishedAt: "2026-11-26T08:00:00Z",
    lang: "en",
  };
}

export const realisticBriefing = () => sizedBriefing({ sections: 4, paragraphsPerSection: 5 });

/** Row 4's grid: every combination of these section counts and title lengths. */
export const GROWTH_SECTIONS = [1, 10, 50];
export const GROWTH_TITLE_LENGTHS = [10, 200];
