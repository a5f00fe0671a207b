/**
 * Row 4: how page and card time grow with the briefing (1, 10, 50 sections × 10- and 200-character
 * titles). Requests are sequential, one at a time, so each figure is the cost of one request.
 */
import { createShare, replaceShare } from "../lib/api-client.mjs";
import { GROWTH_SECTIONS, GROWTH_TITLE_LENGTHS, sizedBriefing } from "../lib/briefings.mjs";
import { fmtMs, median, round, timedFetch } from "../lib/numbers.mjs";

const PAGE_WARMUP = 3;
const PAGE_SAMPLES = 20;
/** Each card sample needs a new version (a PUT), because a rendered card is stored and reused. */
const CARD_SAMPLES = 3;

const pathOf = (url) => new URL(url).pathname + new URL(url).search;

async function pageMs(origin, id) {
  const url = `${origin}/b/${id}`;
  for (let i = 0; i < PAGE_WARMUP; i++) await timedFetch(url);
  const samples = [];
  let bytes = 0;
  for (let i = 0; i < PAGE_SAMPLES; i++) {
    const r = await timedFetch(url);
    if (r.status !== 200) throw new Error(`GET /b/${id} answered ${r.status}`);
    samples.push(r.ms);
    bytes = r.body.length;
  }
  return { ms: median(samples), bytes };
}

/** Renders the card CARD_SAMPLES times, each under a new version; null while og.png is missing. */
async function cardMs(origin, share, briefing) {
  const samples = [];
  for (let i = 0; i < CARD_SAMPLES; i++) {
    const next = await replaceShare(origin, share.id, briefing, { ref: `growth-${i}` });
    const r = await timedFetch(`${origin}${pathOf(next.imageUrl)}`);
    if (r.status !== 200 || !r.headers.get("content-type")?.startsWith("image/png")) return null;
    samples.push(r.ms);
  }
  return median(samples);
}

export async function benchGrowth({ origin }) {
  const page = [];
  const card = [];
  let cardMissing = null;
  // One throwaway render first, so the first grid point does not pay for loading the renderer.
  const warm = await createShare(origin, sizedBriefing({ sections: 1 }));
  const warmCard = await fetch(`${origin}${pathOf(warm.imageUrl)}`);
  await warmCard.arrayBuffer();
  if (warmCard.status !== 200) cardMissing = `og.png answered ${warmCard.status}`;

  for (const titleLength of GROWTH_TITLE_LENGTHS) {
    for (const sections of GROWTH_SECTIONS) {
      const briefing = sizedBriefing({ sections, titleLength });
      const share = await createShare(origin, briefing);
      const p = await pageMs(origin, share.id);
      page.push({ sections, titleLength, ms: p.ms, htmlBytes: p.bytes, jsonBytes: JSON.stringify(briefing).length });
      const c = cardMissing ? null : await cardMs(origin, share, briefing);
      if (c === null && !cardMissing) cardMissing = "og.png did not answer a PNG";
      card.push({ sections, titleLength, ms: c ?? Number.NaN });
    }
  }

  const lines = page.map((p, i) => ({
    measure: `${p.sections} sections, ${p.titleLength}-char title`,
    value: `page ${fmtMs(p.ms)} (${(p.htmlBytes / 1024).toFixed(0)} KiB)`,
    baseline: Number.isFinite(card[i].ms) ? `card ${fmtMs(card[i].ms)}` : `card not available yet: ${cardMissing}`,
  }));
  const smallest = page.find((p) => p.sections === 1 && p.titleLength === 10);
  const largest = page.find((p) => p.sections === 50 && p.titleLength === 200);
  lines.push({
    measure: "page growth 1→50 sections",
    value: `× ${(largest.ms / smallest.ms).toFixed(1)} time`,
    baseline: `× ${(largest.htmlBytes / smallest.htmlBytes).toFixed(1)} HTML bytes`,
    ratio: (largest.ms / smallest.ms / (largest.htmlBytes / smallest.htmlBytes)).toFixed(2),
    goal: "≈ linear (time/bytes ≤ 1)",
  });
  return {
    status: "ok",
    lines,
    chart: { page, card, sections: GROWTH_SECTIONS, titleLengths: GROWTH_TITLE_LENGTHS },
    json: {
      pageSamples: PAGE_SAMPLES, cardSamples: CARD_SAMPLES, cardMissing,
      page: page.map((p) => ({ ...p, ms: round(p.ms, 3) })),
      card: card.map((c) => ({ ...c, ms: round(c.ms, 3) })),
    },
  };
}
