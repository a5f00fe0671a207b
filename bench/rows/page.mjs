/** Row 1: GET /b/:id for a 20-paragraph cited briefing, side by side with GET /healthz. */
import { LOCAL_TOKEN, createShare } from "../lib/api-client.mjs";
import { realisticBriefing } from "../lib/briefings.mjs";
import { interleaved } from "../lib/load.mjs";
import { fmtMs, fmtRps, round } from "../lib/numbers.mjs";
import { oneAtATime } from "../lib/one-at-a-time.mjs";
import { verdict } from "../lib/table.mjs";

export const PAGE_GOAL = 0.8;

/**
 * CPU per request under load, from /proc: the Worker's workerd (which locally also runs the KV,
 * Durable Object and Queue simulators), and the rest of the local stack that production does not
 * have (wrangler's proxy workerd and Node, plus the autocannon client in this process).
 */
function cpuLines(subject, baseline) {
  if (!subject || !baseline) return [];
  const stack = (cpu) => cpu.proxy + cpu.wrangler + cpu.esbuild + cpu.client;
  return [
    { measure: "CPU/request: Worker's workerd", value: fmtMs(subject.worker), baseline: `healthz ${fmtMs(baseline.worker)}`, ratio: (subject.worker / baseline.worker).toFixed(2) },
    { measure: "CPU/request: proxy + client", value: fmtMs(stack(subject)), baseline: `healthz ${fmtMs(stack(baseline))}`, ratio: (stack(subject) / stack(baseline)).toFixed(2) },
  ];
}

/** Load lines shared by rows 1 and 2: throughput and latency, each against healthz. */
export function loadLines({ subject, baseline, goal }) {
  const ratio = subject.rps / baseline.rps;
  return {
    ratio,
    lines: [
      { measure: "throughput", value: fmtRps(subject.rps), baseline: `healthz ${fmtRps(baseline.rps)}`, ratio: ratio.toFixed(2), goal: `≥ ${goal}`, verdict: verdict(ratio >= goal) },
      { measure: "latency p50", value: fmtMs(subject.p50), baseline: `healthz ${fmtMs(baseline.p50)}`, ratio: (subject.p50 / baseline.p50).toFixed(2) },
      { measure: "latency p99", value: fmtMs(subject.p99), baseline: `healthz ${fmtMs(baseline.p99)}`, ratio: (subject.p99 / baseline.p99).toFixed(2) },
      ...cpuLines(subject.cpuPerRequestMs, baseline.cpuPerRequestMs),
    ],
  };
}

export const loadJson = (side) => ({
  url: side.url, rounds: side.rounds, sent: side.sent, answered: side.answered, errors: side.errors,
  statuses: side.statuses, rps: round(side.rps, 1), p50Ms: round(side.p50, 3), p99Ms: round(side.p99, 3),
  cpuPerRequestMs: side.cpuPerRequestMs && Object.fromEntries(Object.entries(side.cpuPerRequestMs).map(([k, v]) => [k, round(v, 3)])),
});

export const BREAKDOWN_ROUNDS = 80;

/** A revoked share: its page answers 410 after one KV read, with a small error page and no event. */
async function revokedShareUrl(origin) {
  const gone = await createShare(origin, realisticBriefing());
  await fetch(`${origin}/api/shares/${gone.id}`, { method: "DELETE", headers: { authorization: `Bearer ${LOCAL_TOKEN}` } });
  return `${origin}/b/${gone.id}`;
}

/**
 * Where a page's time goes, one request at a time: healthz (the Worker and wrangler's proxy), a
 * malformed id (routing and a small error page, no storage), a revoked share (plus one KV read),
 * the page answered 304 to a revalidation (plus the briefing's render and the view event enqueued),
 * and the page itself (plus sending its HTML).
 */
function latencyBreakdown(origin, { pageUrl, goneUrl, etag }) {
  return oneAtATime(
    [
      { name: "healthz", url: `${origin}/healthz`, status: 200 },
      { name: "404, malformed id", url: `${origin}/b/not*an*id`, status: 404 },
      { name: "410, revoked share", url: goneUrl, status: 410 },
      ...(etag ? [{ name: "page revalidated (304)", url: pageUrl, headers: { "if-none-match": etag }, status: 304 }] : []),
      { name: "page", url: pageUrl, status: 200 },
    ],
    BREAKDOWN_ROUNDS,
  );
}

/** Under-load lines for the breakdown's middle steps: throughput and Worker CPU next to healthz. */
function stepLines(steps, healthz) {
  return steps.map(([name, side]) => ({
    measure: `under load: ${name}`,
    value: `${fmtRps(side.rps)}${side.cpuPerRequestMs ? `, CPU ${fmtMs(side.cpuPerRequestMs.worker)}` : ""}`,
    baseline: `healthz ${fmtRps(healthz.rps)}`,
    ratio: (side.rps / healthz.rps).toFixed(2),
  }));
}

/** One-at-a-time lines: each step next to the first (healthz). */
export function breakdownLines(breakdown) {
  const [base, ...steps] = breakdown;
  return steps.map((step) => ({
    measure: `one at a time: ${step.name}`, value: fmtMs(step.ms), baseline: `${base.name} ${fmtMs(base.ms)}`, ratio: (step.ms / base.ms).toFixed(2),
  }));
}

export async function benchPage({ origin, load, meter }) {
  const share = await createShare(origin, realisticBriefing());
  const url = `${origin}/b/${share.id}`;
  const probe = await fetch(url);
  const html = await probe.text();
  if (probe.status !== 200) return { status: "skipped", reason: `not available yet: GET /b/:id answered ${probe.status}` };

  const goneUrl = await revokedShareUrl(origin);
  const etag = probe.headers.get("etag");
  // The page and healthz make the goal; a revoked share's 410 (one KV read) and the page's 304
  // (everything but the body) run in the same rotation, to show where the difference goes.
  const sides = await interleaved(
    {
      healthz: { url: `${origin}/healthz` },
      page: { url },
      gone: { url: goneUrl },
      ...(etag && { revalidated: { url, headers: { "if-none-match": etag } } }),
    },
    { ...load, meter },
  );
  const { page: subject, healthz: baseline } = sides;
  if (subject.statuses[200] !== subject.answered) {
    return { status: "skipped", reason: `page answered other than 200 under load: ${JSON.stringify(subject.statuses)}` };
  }
  const { ratio, lines } = loadLines({ subject, baseline, goal: PAGE_GOAL });
  lines.push({ measure: "page size", value: `${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB HTML` });
  lines.push(...stepLines([["410, revoked share", sides.gone], ...(sides.revalidated ? [["page revalidated (304)", sides.revalidated]] : [])], baseline));
  const breakdown = await latencyBreakdown(origin, { pageUrl: url, goneUrl, etag });
  lines.push(...breakdownLines(breakdown));
  return {
    status: "ok",
    lines,
    json: {
      page: loadJson(subject), healthz: loadJson(baseline), revokedUnderLoad: loadJson(sides.gone),
      revalidatedUnderLoad: sides.revalidated ? loadJson(sides.revalidated) : null, ratio: round(ratio, 3), goal: PAGE_GOAL, met: ratio >= PAGE_GOAL, htmlBytes: Buffer.byteLength(html),
      sequentialMedians: breakdown.map((b) => ({ ...b, ms: round(b.ms, 3) })) },
  };
}
