/**
 * Bench-only Worker: draws the same card with the app's engine (satori 0.63, patched for workerd) or
 * the one it replaced (satori 0.32, a devDependency alias), with the same fonts, emoji and resvg, so
 * bench/og-engines.mjs can compare them in one isolate, interleaved. Never deployed.
 *
 *   GET /render?engine=new|old&card=latin|cjk|emoji&n=7   → the card's PNG
 */
import { Resvg } from "@resvg/resvg-wasm";
import satoriOld, { init as initOld } from "satori-0.32/standalone";
import yogaOld from "satori-0.32/yoga.wasm";
import { BriefingSchema } from "../../src/domain/briefing-schema";
import { cardForBriefing } from "../../src/domain/og-card-model";
import { prepareOgCard } from "../../src/render/og-card-renderer";
import { type PngRequest, renderPng } from "../../src/render/render-png";
import type { SatoriNode } from "../../src/render/satori-element";
import type { AssetFetcher } from "../../src/render/static-assets";
import { ensureRenderEngines } from "../../src/render/wasm";

const brand = { appName: "Scout", appTagline: "Be the smartest in the room" };
const cite = (domain: string, n: number) => ({ label: domain, url: `https://www.${domain}/story/${n}` });

/** The same three cards for both engines; `n` varies the title so no two renders are the same drawing. */
const CARDS = {
  latin: (n: number) => ({
    title: `Regulators in three countries question AI lab over safety testing, report ${n + 1}`,
    summary:
      "A leading AI lab withdrew its newest model two days after launch, after an internal review found it could be steered into giving harmful advice. Regulators in the EU and UK asked for details.",
    topic: "AI",
    lang: "en",
  }),
  cjk: (n: number) => ({
    title: `日銀、マイナス金利を解除　17年ぶりの利上げに踏み切る（第${n + 1}報）`,
    summary: "日本銀行は金融政策決定会合で、マイナス金利政策の解除を決めた。賃上げの広がりを受け、物価目標の達成が見通せると判断した。",
    topic: "経済",
    lang: "ja",
  }),
  emoji: (n: number) => ({
    title: `Markets rally 📈 as rate cuts land 🎉 — what it means for you 💶 (${n + 1})`,
    summary: "Stocks jumped 🚀 in Europe and Asia after three central banks cut rates on the same day 🇪🇺🇯🇵🇺🇸. Here is what changes for mortgages 🏠 and savings 🐷.",
    topic: "Markets 💹",
    lang: "en",
  }),
} as const;
type CardName = keyof typeof CARDS;

function briefing(name: CardName, n: number) {
  return BriefingSchema.parse({
    ...CARDS[name](n),
    summaryCitations: [cite("reuters.com", n), cite("ft.com", n)],
    sections: [{ heading: "Why it matters", paragraphs: [{ text: "It is the first such withdrawal.", citations: [cite("theverge.com", n)] }] }],
    publishedAt: "2026-04-07T08:00:00Z",
  });
}

/** satori 0.32 has no stylesheets; its every <div> was already a border-box flex box, so the rules are not needed. */
function withoutStyleElements(node: SatoriNode): SatoriNode {
  if (Array.isArray(node)) return node.map(withoutStyleElements).filter((child) => child !== null);
  if (node === null || typeof node === "string") return node;
  if (node.type === "style") return null;
  const { children, ...props } = node.props;
  return { type: node.type, props: children === undefined ? props : { ...props, children: withoutStyleElements(children) } };
}

let oldReady: Promise<void> | null = null;

async function renderOld(request: PngRequest): Promise<Uint8Array> {
  oldReady ??= initOld(yogaOld);
  await Promise.all([oldReady, ensureRenderEngines()]);
  const svg = await satoriOld(withoutStyleElements(request.element) as never, {
    width: request.width,
    height: request.height,
    fonts: request.fonts,
    graphemeImages: request.graphemeImages,
  });
  const resvg = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  try {
    const image = resvg.render();
    try {
      return new Uint8Array(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

export default {
  async fetch(request: Request, env: { ASSETS: AssetFetcher }): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return new Response("ok");
    const engine = url.searchParams.get("engine");
    const name = url.searchParams.get("card") as CardName | null;
    const n = Number(url.searchParams.get("n") ?? "0");
    if (url.pathname !== "/render" || (engine !== "new" && engine !== "old") || !name || !(name in CARDS)) {
      return new Response("GET /render?engine=new|old&card=latin|cjk|emoji&n=0", { status: 400 });
    }
    const prepared = await prepareOgCard(cardForBriefing(briefing(name, n), brand), { assets: env.ASSETS, brand });
    const png = engine === "new" ? await renderPng(prepared) : await renderOld(prepared);
    return new Response(png, { headers: { "content-type": "image/png", "x-engine": engine } });
  },
};
