/**
 * Rows 2 and 6: GET /b/:id/get as a human on an iPhone, side by side with GET /healthz, then the
 * clicks the stats counted next to the redirects the load received.
 */
import { createShare, readStats } from "../lib/api-client.mjs";
import { realisticBriefing } from "../lib/briefings.mjs";
import { sideBySide } from "../lib/load.mjs";
import { round } from "../lib/numbers.mjs";
import { verdict } from "../lib/table.mjs";
import { sleep } from "../lib/worker-server.mjs";
import { oneAtATime } from "../lib/one-at-a-time.mjs";
import { BREAKDOWN_ROUNDS, breakdownLines, loadJson, loadLines } from "./page.mjs";

export const CTA_GOAL = 0.7;
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const HUMAN_HEADERS = { "user-agent": IPHONE_SAFARI, accept: "text/html", "accept-language": "en-GB" };
/** Clicks travel through a queue; the local consumer delivers in batches, so give it time to drain. */
const SETTLE_TIMEOUT_MS = 60_000;
const SETTLE_QUIET_MS = 6_000;

const iosClicks = (stats) => stats?.ctaClicks?.ios;

/** Waits until the counted clicks reach `expected` or stop moving for SETTLE_QUIET_MS. */
async function settledClicks(origin, id, expected) {
  const started = Date.now();
  let last = -1;
  let lastChange = Date.now();
  while (Date.now() - started < SETTLE_TIMEOUT_MS) {
    const stats = await readStats(origin, id);
    const counted = iosClicks(stats) ?? 0;
    if (counted >= expected && counted === last) return { stats, waitedMs: Date.now() - started };
    if (counted !== last) { last = counted; lastChange = Date.now(); }
    else if (Date.now() - lastChange > SETTLE_QUIET_MS) return { stats, waitedMs: Date.now() - started };
    await sleep(500);
  }
  return { stats: await readStats(origin, id), waitedMs: Date.now() - started };
}

export async function benchCta({ origin, load, meter }) {
  // The probe and warm-up click a throwaway share, so the measured share counts only the load.
  const probeShare = await createShare(origin, realisticBriefing());
  const probe = await fetch(`${origin}/b/${probeShare.id}/get?via=banner`, { headers: HUMAN_HEADERS, redirect: "manual" });
  await probe.arrayBuffer();
  const location = probe.headers.get("location") ?? "";
  if (probe.status !== 302 || !location.includes("apps.apple.com")) {
    return { status: "skipped", reason: `not available yet: GET /b/:id/get as an iPhone answered ${probe.status} ${location}`.trim() };
  }
  if (iosClicks(await readStats(origin, probeShare.id)) === undefined) {
    return { status: "skipped", reason: "not available yet: GET /api/shares/:id/stats has no ctaClicks.ios" };
  }

  const share = await createShare(origin, realisticBriefing());
  const url = `${origin}/b/${share.id}/get?via=banner`;
  const { subject, baseline } = await sideBySide({
    subject: { url, headers: HUMAN_HEADERS },
    baseline: { url: `${origin}/healthz`, headers: HUMAN_HEADERS },
    ...load,
    meter,
  });
  const { ratio, lines } = loadLines({ subject, baseline, goal: CTA_GOAL });
  const redirects = subject.statuses[302] ?? 0;

  const { stats, waitedMs } = await settledClicks(origin, share.id, redirects);
  const counted = iosClicks(stats) ?? 0;
  const byBanner = stats?.byPlacement?.banner;
  const exact = counted === redirects && subject.answered === subject.sent;

  // After the count is read, so these taps land on the probe share only: the brand's /get redirects
  // without a share lookup or a recorded click; /b/:id/get adds both.
  const breakdown = await oneAtATime(
    [
      { name: "healthz", url: `${origin}/healthz`, headers: HUMAN_HEADERS, status: 200 },
      { name: "brand /get (no share, no click)", url: `${origin}/get?via=banner`, headers: HUMAN_HEADERS, status: 302 },
      { name: "/b/:id/get (lookup + click)", url: `${origin}/b/${probeShare.id}/get?via=banner`, headers: HUMAN_HEADERS, status: 302 },
    ],
    BREAKDOWN_ROUNDS,
  );
  lines.push(...breakdownLines(breakdown));
  return {
    status: "ok",
    lines,
    exactness: {
      status: "ok",
      lines: [
        { measure: "302s answered", value: String(redirects), baseline: `of ${subject.sent} sent`, goal: "all answered" , verdict: verdict(subject.answered === subject.sent) },
        { measure: "clicks counted (ios)", value: String(counted), baseline: `302s ${redirects}`, ratio: (counted / redirects).toFixed(4), goal: "= answered", verdict: verdict(counted === redirects) },
        { measure: "byPlacement.banner", value: String(byBanner ?? "absent"), baseline: `302s ${redirects}` },
        { measure: "stats settled after", value: `${(waitedMs / 1000).toFixed(1)} s` },
      ],
      json: { sent: subject.sent, answered: subject.answered, redirects, countedIos: counted, byPlacementBanner: byBanner ?? null, settleMs: waitedMs, exact },
    },
    json: {
      cta: loadJson(subject), healthz: loadJson(baseline), ratio: round(ratio, 3), goal: CTA_GOAL, met: ratio >= CTA_GOAL,
      sequentialMedians: breakdown.map((b) => ({ ...b, ms: round(b.ms, 3) })),
    },
  };
}
