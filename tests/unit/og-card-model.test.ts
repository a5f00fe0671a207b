/** What a card shows and how its title is sized, decided before anything is drawn. */
import { describe, expect, it } from "vitest";
import { CARD, fitCardText } from "../../src/domain/og-card-layout";
import { cardTexts, fitCardToFonts, withoutGraphemes, withoutSummary } from "../../src/domain/og-card-fit";
import { type BriefingCardProps, cardForBriefing, formatCardDate, revokedCard } from "../../src/domain/og-card-model";
import { estimateLines } from "../../src/domain/text-measure";
import { buildBriefing } from "../fixtures/briefings";

const brand = { appName: "Scout", appTagline: "Be the smartest in the room" };
const LONG_TITLE = "Central banks in Europe, the United States and Japan signal a coordinated pause in rate rises as inflation cools faster than expected and unemployment edges up in a dozen major economies this spring";

const cite = (domain: string) => ({ label: domain, url: `https://${domain}/story` });

function briefingCard(overrides: Parameters<typeof buildBriefing>[0] = {}): BriefingCardProps {
  const card = cardForBriefing(buildBriefing(overrides), brand);
  if (card.kind !== "briefing") throw new Error("expected a briefing card");
  return card;
}

describe("fitCardText", () => {
  it.each([
    ["a five-word title", "AI model pulled after review"],
    ["a 90-character title", "Europe agrees on a common charger for every phone, tablet and camera sold from 2026"],
    ["a 200-character title", LONG_TITLE.slice(0, 200)],
    ["a Japanese title", "日銀、マイナス金利を解除　17年ぶりの利上げに踏み切る"],
    ["one unbroken 60-letter word", "A".repeat(60)],
  ])("keeps %s within three lines and leaves room for a summary", (_name, title) => {
    const layout = fitCardText(title, true);
    expect(layout.titleLines).toBeGreaterThanOrEqual(1);
    expect(layout.titleLines).toBeLessThanOrEqual(CARD.maxTitleLines);
    const used = layout.titleLines * layout.titleSize * CARD.titleLineHeight + CARD.titleGap + layout.summaryLines * CARD.summarySize * CARD.summaryLineHeight;
    expect(used).toBeLessThanOrEqual(CARD.contentHeight);
  });

  it("sets a short title larger than a long one", () => {
    expect(fitCardText("AI model pulled", true).titleSize).toBeGreaterThan(fitCardText(LONG_TITLE, true).titleSize);
  });

  it.each([
    ["a one-line title", "AI model pulled"],
    ["a three-line title", LONG_TITLE],
  ])("leaves at least two lines of summary under %s", (_name, title) => {
    expect(fitCardText(title, true).summaryLines).toBeGreaterThanOrEqual(2);
  });

  it("gives no summary lines when there is no summary", () => {
    expect(fitCardText("AI model pulled", false).summaryLines).toBe(0);
  });

  it.each([
    ["Short", 10, 1],
    ["東京都庁", 2, 2],
    ["東京都庁舎", 2, 3],
    ["A".repeat(30), 10, 3],
  ])("estimateLines(%j, %d em) is %d", (text, width, lines) => {
    expect(estimateLines(text, width)).toBe(lines);
  });
});

describe("cardForBriefing", () => {
  it("carries the title, an excerpt of the summary, sources, topic and date", () => {
    const card = briefingCard({ title: "AI model pulled", topic: "AI", publishedAt: "2026-04-07T23:30:00Z", lang: "en-GB" });
    expect(card).toMatchObject({ kind: "briefing", title: "AI model pulled", topic: "AI", titleFace: "serif", appName: "Scout" });
    expect(card.date).toEqual({ local: "7 Apr 2026", latin: "7 Apr 2026" });
    expect(card.sources.shown).toEqual(["thenextweb.com", "anthropic.com"]);
  });

  it.each([
    ["Arabic", "البنك المركزي يخفض أسعار الفائدة", "ar", "rtl", "rtl"],
    ["Hebrew", "בנק ישראל הוריד את הריבית", "he", "rtl", "rtl"],
    ["Persian", "بانک مرکزی نرخ بهره را کاهش داد", "fa", "rtl", "rtl"],
    ["Arabic starting with a Latin name", "OpenAI تطلق GPT-5", "ar", "rtl", "ltr"],
    ["Arabic in an English briefing", "الذكاء الاصطناعي", "en", "ltr", "rtl"],
    ["Hindi", "रिज़र्व बैंक ने दरें घटाईं", "hi", "ltr", "ltr"],
    ["Thai", "ธนาคารลดดอกเบี้ย", "th", "ltr", "ltr"],
  ])("gives an %s title its own card, sans, laid out in the language's direction", (_name, title, lang, dir, textDir) => {
    const card = cardForBriefing(buildBriefing({ title, lang }), brand);
    expect(card).toMatchObject({ kind: "briefing", titleFace: "sans", dir, textDir });
    if (card.kind !== "briefing") return;
    expect(card.title.replaceAll("\u200B", "")).toBe(title);
    expect(card.sources.shown).toContain("thenextweb.com");
  });

  it("marks Thai word boundaries, where satori may break a line, with zero-width spaces", () => {
    const card = briefingCard({ title: "ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ย", summary: "ดอกเบี้ยลดลง", lang: "th" });
    expect(card.title.split("\u200B").length).toBeGreaterThanOrEqual(4);
    expect(card.summary).toContain("\u200B");
    expect(briefingCard({ title: "Rates cut", lang: "en" }).title).toBe("Rates cut");
  });

  it.each([
    ["Greek drops accents when upper-cased", "Οικονομία", "el", "ΟΙΚΟΝΟΜΙΑ"],
    ["Turkish dotted i", "iklim", "tr", "İKLİM"],
    ["CJK is unchanged", "経済", "ja", "経済"],
  ])("upper-cases the topic by the language's rules: %s", (_name, topic, lang, expected) => {
    expect(briefingCard({ topic, lang }).topic).toBe(expected);
  });

  it("sets CJK titles in the sans face, Latin ones in the serif", () => {
    expect(briefingCard({ title: "日銀が利上げ", lang: "ja" }).titleFace).toBe("sans");
    expect(briefingCard({ title: "Центробанк", lang: "ru" }).titleFace).toBe("serif");
  });

  it("cuts the summary excerpt by code point, never inside an emoji's surrogate pair", () => {
    const card = briefingCard({ summary: "😀".repeat(500) });
    expect(card.summary && [...card.summary].length).toBe(420);
    expect(card.summary?.endsWith("😀")).toBe(true);
  });

  it.each([
    ["en", "Apr 7, 2026"],
    ["ja", "2026年4月7日"],
    ["", "7 Apr 2026"],
  ])("formats the date for %s", (lang, expected) => {
    expect(formatCardDate("2026-04-07T08:00:00Z", lang)).toBe(expected);
  });

  it("gives a revoked share the call to action and nothing of the briefing", () => {
    expect(revokedCard(brand)).toMatchObject({
      kind: "brand",
      message: "Get your own daily briefing",
      words: { sharedFrom: [{ text: "Download on the", strong: false }, { text: "App Store", strong: true }] },
      sources: { shown: [], more: 0 },
    });
  });

  it.each([
    ["en", [{ text: "Shared from", strong: false }, { text: "Scout", strong: true }], "Sources", "ltr"],
    ["ar", [{ text: "تمت المشاركة من", strong: false }, { text: "Scout", strong: true }], "المصادر", "rtl"],
    ["ja", [{ text: "Scout", strong: true }, { text: "から共有", strong: false }], "出典", "ltr"],
    ["pt-PT", [{ text: "Compartilhado do", strong: false }, { text: "Scout", strong: true }], null, "ltr"],
    ["ur", [{ text: "Shared from", strong: false }, { text: "Scout", strong: true }], "Sources", "ltr"],
  ])("speaks the catalog of %s on the card, in its word order and direction", (lang, sharedFrom, sources, dir) => {
    const card = briefingCard({ lang, summaryCitations: [cite("a.example"), cite("b.example")] });
    expect(card.dir).toBe(dir);
    expect(card.words.sharedFrom.map((part) => part.strong)).toEqual(sharedFrom.map((part) => part.strong));
    if (lang !== "pt-PT") expect(card.words.sharedFrom).toEqual(sharedFrom);
    if (sources) expect(card.words.sources).toBe(sources);
  });

  it("counts the sources it does not show in the language's digits", () => {
    const many = Array.from({ length: 20 }, (_, i) => cite(`source${i}.example.com`));
    expect(briefingCard({ lang: "en", summaryCitations: many }).words.more).toMatch(/^\+\d+$/);
    expect(briefingCard({ lang: "fa", summaryCitations: many }).words.more).toMatch(/^\+[۰-۹]+$/);
  });
});

describe("fitCardToFonts", () => {
  const noThai = (text: string) => !/\p{Script=Thai}/u.test(text);

  it("keeps a card whose every text can be drawn", () => {
    const card = briefingCard();
    expect(fitCardToFonts(card, () => true, brand)).toEqual(card);
  });

  it("turns a card whose title no bundled font draws into the neutral card", () => {
    expect(fitCardToFonts(briefingCard({ title: "ข่าวเศรษฐกิจ" }), noThai, brand)).toMatchObject({
      kind: "brand",
      message: "A briefing shared from Scout",
    });
  });

  it("leaves out an undrawable summary and topic, and lets the title grow into the room", () => {
    const card = briefingCard({ title: "A title of moderate length that wraps onto two lines at most", summary: "ข่าว", topic: "ไทย" });
    const fitted = fitCardToFonts(card, noThai, brand);
    expect(fitted).toMatchObject({ kind: "briefing", summary: null, topic: null, summaryLines: 0 });
  });

  it("falls back to an English date when the local one cannot be drawn", () => {
    const card = briefingCard({ lang: "th", publishedAt: "2026-04-07T08:00:00Z" });
    const fitted = fitCardToFonts(card, noThai, brand);
    expect(fitted.kind === "briefing" && fitted.date?.local).toBe("7 Apr 2026");
  });

  it("drops only the undrawable sources", () => {
    const card = briefingCard({ summaryCitations: [{ label: "reuters.com" }, { label: "ข่าว.com" }], sections: [{ paragraphs: [{ text: "x" }] }] });
    const fitted = fitCardToFonts(card, noThai, brand);
    expect(fitted.sources.shown).toEqual(["reuters.com"]);
  });

  it("lists every text with the role it is drawn in", () => {
    const roles = cardTexts(briefingCard({ title: "Title", topic: "AI" }));
    expect(roles).toContainEqual({ text: "Title", role: "serif" });
    expect(roles).toContainEqual({ text: "AI", role: "strong" });
  });
});

describe("withoutSummary", () => {
  it("drops the summary and lets a long title take its room", () => {
    const card = briefingCard({ title: LONG_TITLE.slice(0, 120) });
    const bare = withoutSummary(card);
    expect(bare).toMatchObject({ summary: null, summaryLines: 0, title: card.title });
    expect(bare.titleSize).toBeGreaterThanOrEqual(card.titleSize);
  });
});

describe("withoutGraphemes", () => {
  it("removes emoji no image draws and tidies the spaces they leave", () => {
    const card = briefingCard({ title: "Markets 🫨 slide", summary: "🫨", topic: "Money 🫨" });
    const stripped = withoutGraphemes(card, new Set(["🫨"]));
    expect(stripped).toMatchObject({ title: "Markets slide", summary: null, topic: "MONEY" });
  });
});
