/**
 * Row 3: the OG card. The measuring is bench/og-card.mjs's (issue 4: cold, warm and stored fetch,
 * and headless Chromium rendering the same card); this adapter only fits its answer into the table.
 */
import { access } from "node:fs/promises";

const OG_MODULE = new URL("../og-card.mjs", import.meta.url);

export async function benchCard({ origin, port }) {
  try {
    await access(OG_MODULE);
  } catch {
    return { status: "skipped", reason: "not available yet: bench/og-card.mjs (issue 4) is not in the tree" };
  }
  const { benchOgCard } = await import(OG_MODULE.href);
  const result = await benchOgCard({ port, origin });
  if (result?.status === "skipped") return result;
  if (Array.isArray(result?.lines)) return { status: "ok", lines: result.lines, json: result.json ?? result };
  return { status: "ok", lines: [{ measure: "result", value: JSON.stringify(result).slice(0, 120) }], json: result };
}
