/** Draws row 4 (time against briefing size) as a small two-panel SVG line chart, by hand. */

const WIDTH = 820;
const HEIGHT = 400;
const PANEL = { top: 70, bottom: 300, width: 330 };
const LEFTS = [70, 470];
const COLORS = { 10: "#2563eb", 200: "#db2777" };

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** A "nice" axis maximum (1, 2 or 5 × 10^n) at or above `value`. */
function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value);
}

/**
 * One panel: x is the section count on a log scale (1, 10, 50 are far apart in size), y the median
 * milliseconds, one line per title length.
 */
function panel({ left, title, points, sections, titleLengths }) {
  const usable = points.filter((p) => Number.isFinite(p.ms));
  const yMax = niceMax(Math.max(...usable.map((p) => p.ms), 0));
  const logMax = Math.log10(Math.max(...sections, 2));
  const x = (i) => left + 30 + ((PANEL.width - 60) * Math.log10(sections[i])) / logMax;
  const y = (ms) => PANEL.bottom - ((PANEL.bottom - PANEL.top) * ms) / yMax;
  const parts = [`<text x="${left}" y="${PANEL.top - 22}" class="h">${escape(title)}</text>`];
  for (let t = 0; t <= 4; t++) {
    const ms = (yMax * t) / 4;
    parts.push(`<line x1="${left}" x2="${left + PANEL.width}" y1="${y(ms)}" y2="${y(ms)}" class="grid"/>`);
    parts.push(`<text x="${left - 8}" y="${y(ms) + 4}" class="tick" text-anchor="end">${+ms.toFixed(2)}</text>`);
  }
  sections.forEach((s, i) =>
    parts.push(`<text x="${x(i)}" y="${PANEL.bottom + 20}" class="tick" text-anchor="middle">${s}</text>`),
  );
  parts.push(`<text x="${left + PANEL.width / 2}" y="${PANEL.bottom + 42}" class="axis" text-anchor="middle">sections (log scale)</text>`);
  parts.push(`<text x="${left - 50}" y="${(PANEL.top + PANEL.bottom) / 2}" class="axis" text-anchor="middle" transform="rotate(-90 ${left - 50} ${(PANEL.top + PANEL.bottom) / 2})">median ms</text>`);
  if (usable.length === 0) {
    parts.push(`<text x="${left + PANEL.width / 2}" y="${(PANEL.top + PANEL.bottom) / 2}" class="axis" text-anchor="middle">not measured</text>`);
    return parts.join("\n");
  }
  for (const titleLength of titleLengths) {
    const line = sections
      .map((s, i) => ({ i, p: usable.find((p) => p.sections === s && p.titleLength === titleLength) }))
      .filter(({ p }) => p);
    const color = COLORS[titleLength] ?? "#444";
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${line.map(({ i, p }) => `${x(i)},${y(p.ms)}`).join(" ")}"/>`);
    for (const { i, p } of line) {
      parts.push(`<circle cx="${x(i)}" cy="${y(p.ms)}" r="4" fill="${color}"><title>${titleLength}-char title, ${p.sections} sections: ${p.ms.toFixed(2)} ms</title></circle>`);
    }
  }
  return parts.join("\n");
}

/**
 * @param {{ page: Point[], card: Point[], sections: number[], titleLengths: number[], caption: string }} data
 *   where Point is `{ sections, titleLength, ms }`.
 * @returns {string} a standalone SVG document
 */
export function growthChartSvg({ page, card, sections, titleLengths, caption }) {
  const legend = titleLengths
    .map((t, i) => `<rect x="${70 + i * 170}" y="${HEIGHT - 46}" width="14" height="4" fill="${COLORS[t] ?? "#444"}"/><text x="${90 + i * 170}" y="${HEIGHT - 40}" class="tick">${t}-character title</text>`)
    .join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, -apple-system, Segoe UI, sans-serif">
<style>.h{font-size:15px;font-weight:600;fill:#111}.tick{font-size:11px;fill:#555}.axis{font-size:12px;fill:#333}.grid{stroke:#e5e7eb;stroke-width:1}.cap{font-size:11px;fill:#666}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${WIDTH / 2}" y="22" text-anchor="middle" class="h">How cost grows with the briefing: median time per request (workerd, wrangler dev)</text>
${panel({ left: LEFTS[0], title: "Page GET /b/:id", points: page, sections, titleLengths })}
${panel({ left: LEFTS[1], title: "Card render (PUT new − PUT unchanged)", points: card, sections, titleLengths })}
${legend}
<text x="70" y="${HEIGHT - 14}" class="cap">${escape(caption)}</text>
</svg>
`;
}
