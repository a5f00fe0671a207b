/**
 * Row 3: the OG card. The measuring is bench/og-card.mjs's (issue 4: cold, warm and stored fetch,
 * and headless Chromium drawing the same card); this adapter fits its answer into the table and
 * adds issue 6's two goals, both against Chromium's warm card, then bench/og-engines.mjs's lines
 * (issue 11: satori 0.63 against the 0.32 it replaced, same cards, same run).
 */
import { access } from "node:fs/promises";
import { fmtMs, median } from "../lib/numbers.mjs";
import { verdict } from "../lib/table.mjs";

const OG_MODULE = new URL("../og-card.mjs", import.meta.url);
const ENGINES_MODULE = new URL("../og-engines.mjs", import.meta.url);
/** Issue 6: a warm render within 1/5 of Chromium's time, a stored (cached) fetch within 1/50. */
export const WARM_GOAL = 1 / 5;
export const STORED_GOAL = 1 / 50;

function goalLines({ medians, chromium }) {
  if (!chromium?.warmMs?.length || !medians) return [];
  const chrome = median(chromium.warmMs);
  const line = (name, ms, goal, label) => ({
    measure: `goal: ${name} vs Chromium warm`,
    value: fmtMs(ms),
    baseline: `Chromium warm ${fmtMs(chrome)}`,
    ratio: (ms / chrome).toFixed(3),
    goal: label,
    verdict: verdict(ms / chrome <= goal),
  });
  const lines = [line("warm render", medians.warmMs, WARM_GOAL, "≤ 0.2 (1/5)"), line("stored fetch", medians.storedMs, STORED_GOAL, "≤ 0.02 (1/50)")];
  // healthz is the least any answer costs through wrangler dev's proxy: when even it misses 1/50,
  // the stored-fetch goal cannot be met on this stack, whatever the card code does.
  if (Number.isFinite(medians.healthzMs)) {
    lines.push({ ...line("healthz (the floor)", medians.healthzMs, STORED_GOAL, "≤ 0.02 (1/50)"), measure: "floor: healthz vs Chromium warm" });
  }
  return lines;
}

export async function benchCard({ port, cwd }) {
  try {
    await access(OG_MODULE);
  } catch {
    return { status: "skipped", reason: "not available yet: bench/og-card.mjs (issue 4) is not in the tree" };
  }
  const { benchOgCard } = await import(OG_MODULE.href);
  const result = await benchOgCard({ port, cwd });
  if (result?.status === "skipped") return result;
  if (!Array.isArray(result?.lines)) {
    return { status: "ok", lines: [{ measure: "result", value: JSON.stringify(result).slice(0, 120) }], json: result };
  }
  const { benchEngines } = await import(ENGINES_MODULE.href);
  const engines = await benchEngines({ cwd });
  return {
    status: "ok",
    lines: [...result.lines, ...goalLines(result.json ?? {}), ...engines.lines],
    json: { ...(result.json ?? result), engines: engines.json },
  };
}
