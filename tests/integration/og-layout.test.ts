/**
 * The card's layout read back from satori inside workerd: every part inside the canvas, in order, not
 * overlapping, and every glyph inside the text area. (A card can pass every PNG test while visibly
 * broken: under satori 0.63 without its two CSS rules, the footer fell off and the date was cut.)
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing-schema";
import { cardForBriefing } from "../../src/domain/og-card-model";
import { prepareOgCard } from "../../src/render/og-card-renderer";
import type { SatoriNode } from "../../src/render/satori-element";
import { buildBriefing } from "../fixtures/briefings";
import { layoutProblems, readCardLayout } from "../fixtures/card-layout";

const brand = { appName: "Scout", appTagline: "Be the smartest in the room" };
const cite = (domain: string) => ({ label: domain, url: `https://${domain}/story` });
const long = "Central banks in Europe, the United States and Japan signal a coordinated pause in rate rises as inflation cools faster than expected";

const CARDS: Array<[string, Partial<Briefing>]> = [
  ["a short English title", { title: "AI model pulled", topic: "AI", publishedAt: "2026-04-07T08:00:00Z" }],
  ["a 200-character English title", { title: `${long} and unemployment edges up in a dozen economies this spring`.slice(0, 200), topic: "Economy", publishedAt: "2026-04-07T08:00:00Z" }],
  ["twenty sources", { summaryCitations: Array.from({ length: 20 }, (_, i) => cite(`source${i}.example.com`)), publishedAt: "2026-04-07T08:00:00Z" }],
  ["a Japanese title", { title: "日銀、マイナス金利を解除　17年ぶりの利上げに踏み切る", lang: "ja", topic: "経済", publishedAt: "2026-04-07T08:00:00Z" }],
  ["emoji", { title: "Markets rally 📈 as rate cuts land 🎉 — what it means for you 💶", topic: "Markets 💹" }],
  ["an Arabic title", { title: "البنك المركزي يخفض أسعار الفائدة للمرة الأولى منذ عامين", lang: "ar", topic: "اقتصاد", publishedAt: "2026-04-07T08:00:00Z" }],
  ["a mixed-direction title", { title: "شركة OpenAI تطلق نموذج GPT-5 في 150 دولة بدءاً من 7 أبريل 2026", lang: "ar", publishedAt: "2026-04-07T08:00:00Z" }],
  ["a Hebrew title", { title: "בנק ישראל הוריד את הריבית לראשונה מזה שנתיים", lang: "he", publishedAt: "2026-04-07T08:00:00Z" }],
  ["a Persian title", { title: "بانک مرکزی ایران نرخ بهره را برای نخستین بار در دو سال گذشته کاهش داد", lang: "fa", publishedAt: "2026-04-07T08:00:00Z" }],
  [
    "a long Thai title (no spaces to break at)",
    { title: "ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายเป็นครั้งแรกในรอบสองปีเพื่อพยุงเศรษฐกิจที่ชะลอตัวลงอย่างต่อเนื่อง", lang: "th", publishedAt: "2026-04-07T08:00:00Z" },
  ],
  ["a Hindi title", { title: "भारतीय रिज़र्व बैंक ने दो साल में पहली बार ब्याज दरों में कटौती की", lang: "hi", publishedAt: "2026-04-07T08:00:00Z" }],
  ["a Bengali title", { title: "বাংলাদেশ ব্যাংক দুই বছরে প্রথমবারের মতো নীতি সুদহার কমাল", lang: "bn", publishedAt: "2026-04-07T08:00:00Z" }],
];

async function layoutOf(overrides: Partial<Briefing>, edit: (element: SatoriNode) => SatoriNode = (e) => e) {
  const request = await prepareOgCard(cardForBriefing(buildBriefing(overrides), brand), { assets: env.ASSETS, brand });
  return readCardLayout({ ...request, element: edit(request.element) });
}

/** The card as satori 0.63 would lay it out without the template's stylesheet: the probe's broken card. */
function withoutStylesheet(node: SatoriNode): SatoriNode {
  if (Array.isArray(node)) return node.map(withoutStylesheet).filter((child) => child !== null);
  if (node === null || typeof node === "string") return node;
  if (node.type === "style") return null;
  const { children, ...props } = node.props;
  return { type: node.type, props: children === undefined ? props : { ...props, children: withoutStylesheet(children) } };
}

describe("the card's layout, read back from satori", () => {
  it.each(CARDS)("is whole for %s: inside the canvas, in order, nothing overlapping", async (_name, overrides) => {
    const layout = await layoutOf(overrides);
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("mirrors for right to left: the brand on the right, the date on the left, the title's lines ending at the right edge", async () => {
    const { parts } = await layoutOf({ title: "البنك المركزي يخفض أسعار الفائدة", lang: "ar", topic: "اقتصاد", publishedAt: "2026-04-07T08:00:00Z" });
    expect(parts.brand!.right).toBeGreaterThan(1100);
    expect(parts.date!.left).toBeLessThan(200);
    expect(parts.title!.right).toBeGreaterThan(1100);
    const ltr = await layoutOf({ title: "Rates cut", topic: "AI", publishedAt: "2026-04-07T08:00:00Z" });
    expect(ltr.parts.brand!.left).toBeLessThan(100);
    expect(ltr.parts.date!.right).toBeGreaterThan(1100);
  });

  it("catches a visibly broken card: the same card without its two CSS rules fails the check", async () => {
    const layout = await layoutOf(CARDS[1]![1], withoutStylesheet);
    expect(layoutProblems(layout).length).toBeGreaterThan(0);
  });
});
