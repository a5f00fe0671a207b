/**
 * Row 4: how page and card time grow with the briefing (1, 10, 50 sections × 10- and 200-character
 * titles). Requests are sequential, one at a time, so each figure is the cost of one request.
 */
import { createShare, replaceShare } from "../lib/api-client.mjs";
import { GROWTH_SECTIONS, GROWTH_TITLE_LENGTHS, sizedBriefing } from "../lib/briefings.mjs";
import { fmtMs, median, round, timedFetch } from "../lib/numbers.mjs";

const PAGE_WARMUP = 3;
const PAGE_SAMPLES = 30;
/** Each card sample costs two PUTs and two GETs (see cardTimes). */
const CARD_SAMPLES = 7;

const pathOf = (url) => new URL(url).pathname + new URL(url).search;

/**
 * Page samples are taken round-robin over the grid (one request to each size, then again), so a
 * busy moment on the shared machine lands on every size rather than on one.
 */
async function pageTimes(origin, grid) {
  const urls = grid.map((g) => `${origin}/b/${g.share.id}`);
  for (let i = 0; i < PAGE_WARMUP; i++) for (const url of urls) await timedFetch(url);
  const samples = grid.map(() => []);
  const bytes = grid.map(() => 0);
  for (let round = 0; round < PAGE_SAMPLES; round++) {
    for (const [i, url] of urls.entries()) {
      const r = await timedFetch(url);
      if (r.status !== 200) throw new Error(`GET ${new URL(url).pathname} answered ${r.status}`);
      samples[i].push(r.ms);
      bytes[i] = r.body.length;
    }
  }
  return grid.map((_, i) => ({ ms: median(samples[i]), htmlBytes: bytes[i] }));
}

/** PUT the briefing, then GET its card: the time for both, and where the card's bytes came from. */
async function putThenCard(origin, share, briefing, sharer) {
  const started = performance.now();
  const next = await replaceShare(origin, share.id, briefing, sharer);
  const r = await timedFetch(`${origin}${pathOf(next.imageUrl)}`);
  if (r.status !== 200 || !r.headers.get("content-type")?.startsWith("image/png")) return null;
  return performance.now() - started;
}

/**
 * Card render time per grid point, round-robin. A create or update pre-renders the card (through
 * waitUntil) and a stored card is reused, so no plain request renders one. Each sample therefore
 * times "PUT + GET og.png" twice, side by side: once under a new version (a sharer ref never used,
 * so the card is rendered, whether during the PUT's pre-render or the GET) and once with the same
 * content again (the card is already stored). The difference is the render.
 * Returns null while og.png does not answer a PNG.
 */
async function cardTimes(origin, grid) {
  const samples = grid.map(() => []);
  for (let round = 0; round < CARD_SAMPLES; round++) {
    for (const [i, { share, briefing }] of grid.entries()) {
      const sharer = { ref: `growth-${round}` };
      const fresh = await putThenCard(origin, share, briefing, sharer);
      const unchanged = await putThenCard(origin, share, briefing, sharer);
      if (fresh === null || unchanged === null) return null;
      samples[i].push(fresh - unchanged);
    }
  }
  return samples.map(median);
}

export async function benchGrowth({ origin }) {
  // One throwaway render first, so the first grid point does not pay for loading the renderer.
  const warm = await createShare(origin, sizedBriefing({ sections: 1 }));
  const warmCard = await fetch(`${origin}${pathOf(warm.imageUrl)}`);
  await warmCard.arrayBuffer();
  let cardMissing = warmCard.status === 200 ? null : `og.png answered ${warmCard.status}`;

  const grid = [];
  for (const titleLength of GROWTH_TITLE_LENGTHS) {
    for (const sections of GROWTH_SECTIONS) {
      const briefing = sizedBriefing({ sections, titleLength });
      grid.push({ sections, titleLength, briefing, share: await createShare(origin, briefing) });
    }
  }
  const pages = await pageTimes(origin, grid);
  const cards = cardMissing ? null : await cardTimes(origin, grid);
  if (!cards && !cardMissing) cardMissing = "og.png did not answer a PNG";
  const page = grid.map((g, i) => ({
    sections: g.sections, titleLength: g.titleLength, ...pages[i], jsonBytes: JSON.stringify(g.briefing).length,
  }));
  const card = grid.map((g, i) => ({ sections: g.sections, titleLength: g.titleLength, ms: cards?.[i] ?? Number.NaN }));

  const lines = page.map((p, i) => ({
    measure: `${p.sections} section${p.sections === 1 ? "" : "s"}, ${p.titleLength}-char title`,
    value: `page ${fmtMs(p.ms)} (${(p.htmlBytes / 1024).toFixed(0)} KiB)`,
    baseline: Number.isFinite(card[i].ms) ? `card ${fmtMs(card[i].ms)}` : `card not available yet: ${cardMissing}`,
  }));
  // Growth from the smallest to the largest briefing, next to how much more HTML it is: a ratio
  // below 1 means the fixed cost per request dominates, above 1 that the work grows faster than the output.
  const at = (points, sections, titleLength) => points.find((p) => p.sections === sections && p.titleLength === titleLength);
  const [small, large] = [at(page, 1, 10), at(page, 50, 200)];
  const bytesGrowth = large.htmlBytes / small.htmlBytes;
  lines.push({
    measure: "page, smallest → largest",
    value: `time × ${(large.ms / small.ms).toFixed(1)}`,
    baseline: `HTML bytes × ${bytesGrowth.toFixed(1)}`,
    ratio: (large.ms / small.ms / bytesGrowth).toFixed(2),
  });
  if (cards) {
    const [c0, c1] = [at(card, 1, 10), at(card, 50, 200)];
    lines.push({ measure: "card, smallest → largest", value: `time × ${(c1.ms / c0.ms).toFixed(1)}` });
  }
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
