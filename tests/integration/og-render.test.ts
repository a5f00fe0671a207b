/** The render pipeline inside workerd: real satori + resvg-wasm, real glyphs for every bundled script, the budget. */
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { cjkFamilyOrder } from "../../src/domain/text-scripts";
import { withoutSummary } from "../../src/domain/og-card-fit";
import { cardForBriefing, revokedCard, sharedBriefingCard } from "../../src/domain/og-card-model";
import { sourceDomains } from "../../src/domain/source-domains";
import { readPngInfo } from "../../src/domain/png-info";
import type { Share } from "../../src/domain/share";
import { emojiImages } from "../../src/render/emoji-images";
import { FontPlanner } from "../../src/render/font-plan";
import { ogCardForShare } from "../../src/render/og-card-service";
import { renderOgCard } from "../../src/render/og-card-renderer";
import { renderPng, renderSvg } from "../../src/render/render-png";
import { buildBriefing } from "../fixtures/briefings";

const brand = { appName: "Scout", appTagline: "Be the smartest in the room" };

/** Draws one text alone, with exactly the fonts and emoji images the card would load for it. */
async function drawText(text: string, lang: string) {
  const planner = await FontPlanner.prepare(env.ASSETS, cjkFamilyOrder(text, lang), [text], lang);
  const emoji = await emojiImages(env.ASSETS, [text]);
  const letters = [...text].filter((char) => !Object.keys(emoji.images).some((e) => e.includes(char))).join("");
  // satori needs at least one font even for a text of emoji only.
  planner.use(`${letters}a`, "strong");
  const { fonts, stacks } = await planner.load();
  const png = await renderPng({
    element: { type: "div", props: { style: { display: "flex", width: 160, height: 100, fontFamily: stacks.sans, fontSize: 64 }, children: text } },
    width: 160,
    height: 100,
    fonts,
    graphemeImages: emoji.images,
  });
  return { png, drawable: planner.canDraw(letters, "strong"), missingEmoji: [...emoji.missing] };
}

function liveShare(title: string): Share {
  const id = `t${crypto.randomUUID().replace(/-/g, "").slice(0, 11)}`;
  const at = new Date().toISOString();
  return { id, briefing: buildBriefing({ title }), sharer: null, version: id, createdAt: at, updatedAt: at, expiresAt: null, deepLink: null };
}

describe("renderOgCard inside workerd", () => {
  it("renders a real 1200×630 PNG with satori 0.63 and resvg-wasm", async () => {
    const png = await renderOgCard(cardForBriefing(buildBriefing(), brand), { assets: env.ASSETS, brand });
    expect(readPngInfo(png)).toMatchObject({ width: 1200, height: 630 });
  });

  // A missing glyph is drawn as the font's one .notdef box, so two different characters would come out
  // identical; real glyphs (or emoji images) differ.
  it.each([
    ["Japanese kana", "あ", "ア", "ja"],
    ["Japanese kanji", "日", "本", "ja"],
    ["Simplified Chinese", "国", "发", "zh-CN"],
    ["Traditional Chinese", "國", "發", "zh-TW"],
    ["Korean", "한", "국", "ko"],
    ["Cyrillic", "Ж", "Ф", "ru"],
    ["Greek", "Ω", "Σ", "el"],
    ["Latin Extended", "Ł", "Ő", "pl"],
    ["Arabic", "خبر", "عاجل", "ar"],
    ["Persian", "پژوهش", "گزارش", "fa"],
    ["Hebrew", "חדשות", "כלכלה", "he"],
    ["Thai", "ข่าว", "เศรษฐกิจ", "th"],
    ["Devanagari", "समाचार", "भारत", "hi"],
    ["Bengali", "খবর", "বাংলা", "bn"],
    ["emoji", "📈", "🎉", "en"],
    ["flag emoji", "🇯🇵", "🇺🇸", "en"],
    ["ZWJ emoji", "👩‍💻", "🏳️‍🌈", "en"],
  ])("draws %s as real, distinct glyphs, never boxes", async (_script, first, second, lang) => {
    const [a, b] = await Promise.all([drawText(first, lang), drawText(second, lang)]);
    expect(a.drawable && b.drawable).toBe(true);
    expect([...a.missingEmoji, ...b.missingEmoji]).toEqual([]);
    expect(a.png).not.toEqual(b.png);
  });

  it.each([
    ["Tamil", "செய்தி", "ta"],
    ["Ethiopic", "ዜና", "am"],
  ])("knows it cannot draw %s (so that field is left out rather than boxed)", async (_script, text, lang) => {
    const planner = await FontPlanner.prepare(env.ASSETS, cjkFamilyOrder(text, lang), [text]);
    expect(planner.canDraw(text, "body")).toBe(false);
  });

  // Issue 11: these used to get the neutral card. Each is drawn, and differs from both neutral cards
  // (the revoked one, and the one a live briefing gets when no bundled font draws its title).
  it.each([
    ["Arabic", "البنك المركزي يخفض أسعار الفائدة للمرة الأولى منذ عامين", "ar"],
    ["Hebrew", "בנק ישראל הוריד את הריבית לראשונה מזה שנתיים", "he"],
    ["Persian", "بانک مرکزی نرخ بهره را برای نخستین بار در دو سال کاهش داد", "fa"],
    ["Thai", "ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายเป็นครั้งแรกในรอบสองปี", "th"],
    ["Hindi", "भारतीय रिज़र्व बैंक ने दो साल में पहली बार ब्याज दरों में कटौती की", "hi"],
    ["Bengali", "বাংলাদেশ ব্যাংক দুই বছরে প্রথমবারের মতো নীতি সুদহার কমাল", "bn"],
    ["mixed-direction (Arabic with GPT-5 and digits)", "شركة OpenAI تطلق نموذج GPT-5 في 150 دولة بدءاً من 7 أبريل 2026", "ar"],
  ])("draws a %s title on its own card, not the neutral one", async (_script, title, lang) => {
    const briefing = buildBriefing({ title, lang });
    const card = cardForBriefing(briefing, brand);
    expect(card.kind).toBe("briefing");
    const [png, revoked, undrawable] = await Promise.all([
      renderOgCard(card, { assets: env.ASSETS, brand }),
      renderOgCard(revokedCard(brand), { assets: env.ASSETS, brand }),
      renderOgCard(sharedBriefingCard(brand, sourceDomains(briefing)), { assets: env.ASSETS, brand }),
    ]);
    expect(readPngInfo(png)).toMatchObject({ width: 1200, height: 630 });
    expect(png).not.toEqual(revoked);
    expect(png).not.toEqual(undrawable);
  });

  it("draws an Arabic mark below its letter, where HarfBuzz puts it (the sign fix in scripts/build-satori.mjs)", async () => {
    const planner = await FontPlanner.prepare(env.ASSETS, [], ["بِ"], "ar");
    planner.use("بِ", "strong");
    const { fonts, stacks } = await planner.load();
    const draw = (text: string) =>
      renderSvg({ element: { type: "div", props: { style: { display: "flex", fontFamily: stacks.sans, fontSize: 100, lineHeight: 1 }, children: text } }, width: 200, height: 200, fonts, graphemeImages: {} });
    // The kasra (a mark below) must end lower than the base letter alone (SVG's y grows downwards).
    const [svg, base] = await Promise.all([draw("بِ"), draw("ب")]);
    const lowest = (text: string) => Math.max(...[...text.matchAll(/d="([^"]+)"/g)].flatMap(([, d]) => (d!.match(/-?\d*\.?\d+/g) ?? []).map(Number).filter((_, i) => i % 2 === 1)));
    expect(lowest(svg)).toBeGreaterThan(lowest(base) + 5);
  });

  it("drops a summary that would need too many font files (rare characters spread over every slice)", async () => {
    const rare = Array.from({ length: 420 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 97) % 20000))).join("");
    const card = cardForBriefing(buildBriefing({ title: "中国发布新一代人工智能发展规划", summary: rare, lang: "zh-CN" }), brand);
    if (card.kind !== "briefing") throw new Error("expected a briefing card");
    const [drawn, withoutIt] = await Promise.all([
      renderOgCard(card, { assets: env.ASSETS, brand }),
      renderOgCard(withoutSummary(card), { assets: env.ASSETS, brand }),
    ]);
    expect(drawn).toEqual(withoutIt);
  });

  it("answers the fallback card when a render overruns its budget (static assets answering slowly)", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const slowAssets = {
      fetch: async (input: Request | string) => {
        await scheduler.wait(200);
        return env.ASSETS.fetch(input);
      },
    };
    const share = liveShare("A render whose fonts arrive too late");
    const card = await ogCardForShare(share, { env, waitUntil: () => undefined, brand, assets: slowAssets, budgetMs: 50 });
    const logged = errors.mock.calls.map(([line]) => String(line));
    errors.mockRestore();
    expect(card.source).toBe("fallback");
    expect(readPngInfo(card.png)).toMatchObject({ width: 1200, height: 630 });
    expect(logged.some((line) => line.includes('"reason":"budget"'))).toBe(true);
  });
});
