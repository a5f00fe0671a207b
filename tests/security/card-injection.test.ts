/**
 * The OG card with hostile text: markup, Zalgo, bidi overrides, zero-width and astral characters in
 * the title, summary and source labels still render a real card within budget (not the fallback).
 * A handful of strings only: each render is satori + resvg, about a second on a shared machine.
 */
import { describe, expect, it } from "vitest";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { CONTEXT_PAYLOADS, naughtyStrings, xssPolyglots } from "../fixtures/injection-payloads";
import { harness } from "./harness";

/** The hardest of each family: stacked combining marks, wide ligatures, mathematical letters, bidi, markup. */
const byText = (fragment: string) => {
  const found = naughtyStrings.find((s) => s.includes(fragment));
  if (!found) throw new Error(`no naughty string contains ${fragment}`);
  return found;
};
const CARD_PAYLOADS = [
  byText("Z̮̞̠͙͔ͅḀ"),
  byText("Ṱ̺̺̕o͞"),
  byText("﷽"),
  byText("𝕿𝖍𝖊"),
  byText("\u202a\u202atest"),
  byText("ﾟ･✿ヾ"),
  xssPolyglots[0]!,
  CONTEXT_PAYLOADS[1]!,
  "\u200b\u200c\u200d\u2060\ufeff".repeat(8) + "zero-width",
];

describe("the OG card with hostile text", () => {
  const h = harness();

  it.each(CARD_PAYLOADS)("renders a real 1200×630 card for %j", async (payload) => {
    const briefing = buildBriefing({
      title: Array.from(payload).slice(0, 200).join(""),
      summary: Array.from(`${payload} ${payload}`).slice(0, 1000).join(""),
      summaryCitations: [{ label: Array.from(payload).slice(0, 120).join(""), url: "https://example.com/" }],
    });
    const created = await h.api("/shares", { method: "POST", body: JSON.stringify(buildShareRequest({ briefing })) });
    expect(created.status).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: string };
    const response = await h.fetch(`/b/${id}/og.png?v=${version}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    // Rendered now or stored by the create's pre-render: either way not the fallback card.
    expect(response.headers.get("server-timing")).toMatch(/card;desc="(rendered|stored)"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
