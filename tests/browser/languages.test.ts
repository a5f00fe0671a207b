/// <reference types="node" />
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/domain/briefing-schema";
import { LANGUAGE_TAGS } from "../../src/i18n/languages";
import { buildBriefing } from "../fixtures/briefings";
import { collectProblems, launchChromium, watchProblems } from "./chromium";
import type { BrowserWindow } from "./dom";
import { BASE_URL, createShare } from "./server";

const SCREENSHOTS = "artifacts/screenshots/languages";
const WIDTHS = [320, 1280] as const;

/** Briefings written the way each language is: long German compounds, Thai without spaces, RTL with Latin and digits. */
const BRIEFINGS: Record<"ar" | "he" | "ja" | "de" | "th", Briefing> = {
  ar: buildBriefing({
    lang: "ar",
    topic: "تقنية",
    publishedAt: "2026-04-07T08:00:00Z",
    title: "مختبر ذكاء اصطناعي يسحب نموذج GPT-5 بعد 48 ساعة من إطلاقه",
    summary: "قرر مختبر رائد سحب أحدث نماذجه بعد أن رصد باحثون سلوكاً غير متوقع في اختبارات السلامة.",
    summaryCitations: [{ label: "reuters.com", url: "https://www.reuters.com/" }],
    sections: [
      { heading: "لماذا يهم", paragraphs: [{ text: "إنها المرة الأولى التي يُسحب فيها نموذج بهذا الحجم خلال يومين.", citations: [{ label: "aljazeera.net", url: "https://www.aljazeera.net/" }] }] },
      { heading: "ما التالي", paragraphs: [{ text: "يتوقع المختبر إعادة إطلاق النموذج في الربع القادم." }] },
    ],
  }),
  he: buildBriefing({
    lang: "he",
    topic: "כלכלה",
    publishedAt: "2026-04-07T08:00:00Z",
    title: "בנק ישראל השאיר את הריבית על 4.5% בפעם השלישית ברציפות",
    summary: "הוועדה המוניטרית ציינה את ירידת האינפלציה ואת ההאטה בביקושים המקומיים.",
    summaryCitations: [{ label: "globes.co.il", url: "https://www.globes.co.il/" }],
    sections: [
      { heading: "למה זה חשוב", paragraphs: [{ text: "אנליסטים צופים הורדה ברבעון הבא אם האינפלציה תמשיך לרדת." }] },
      { heading: "מה הלאה", paragraphs: [{ text: "הוועדה תתכנס שוב ביוני." }] },
    ],
  }),
  ja: buildBriefing({
    lang: "ja",
    topic: "テクノロジー",
    publishedAt: "2026-04-07T08:00:00Z",
    title: "大手AI研究所、最新モデルを公開48時間後に撤回",
    summary: "安全性テストで予期しない挙動が見つかったため、研究所は最新モデルの提供を一時停止すると発表した。",
    summaryCitations: [{ label: "nikkei.com", url: "https://www.nikkei.com/" }],
    sections: [
      { heading: "なぜ重要か", paragraphs: [{ text: "この規模のモデルが公開直後に撤回されるのは初めてだ。" }] },
      { heading: "今後", paragraphs: [{ text: "研究所は次の四半期に再公開する予定だという。" }] },
    ],
  }),
  de: buildBriefing({
    lang: "de",
    topic: "Verbraucherschutz",
    publishedAt: "2026-04-07T08:00:00Z",
    title: "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz kehrt als Donaudampfschifffahrtsgesellschaftsverordnung zurück",
    summary: "Die Arbeitsunfähigkeitsbescheinigungsübermittlungsverfahren werden ab Herbst vollständig digital abgewickelt.",
    summaryCitations: [{ label: "tagesschau.de", url: "https://www.tagesschau.de/" }],
    sections: [
      { heading: "Warum das wichtig ist", paragraphs: [{ text: "Kraftfahrzeughaftpflichtversicherungsunternehmen müssen ihre Datenschutzgrundverordnungskonformität nachweisen." }] },
      { heading: "Wie es weitergeht", paragraphs: [{ text: "Der Bundesrat berät im Juni." }] },
    ],
  }),
  th: buildBriefing({
    lang: "th",
    topic: "เศรษฐกิจ",
    publishedAt: "2026-04-07T08:00:00Z",
    title: "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้าเป็นครั้งที่สามติดต่อกัน",
    summary: "คณะกรรมการนโยบายการเงินระบุว่าเงินเฟ้อชะลอตัวลงและอุปสงค์ในประเทศยังอ่อนแอ",
    summaryCitations: [{ label: "bangkokpost.com", url: "https://www.bangkokpost.com/" }],
    sections: [
      { heading: "ทำไมจึงสำคัญ", paragraphs: [{ text: "นักวิเคราะห์คาดว่าจะมีการลดดอกเบี้ยในไตรมาสหน้าหากเงินเฟ้อยังคงลดลงต่อเนื่อง" }] },
      { heading: "ขั้นต่อไป", paragraphs: [{ text: "คณะกรรมการจะประชุมอีกครั้งในเดือนมิถุนายน" }] },
    ],
  }),
};

/** The calls to action a reader must be able to read and tap whole. */
const CTAS = [".site-header .button", ".cta-inline .button", ".cta-card__title", ".cta-card .store-badge"] as const;

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  direction: string;
  /** Each CTA: its box, and whether its content is wider than its box (clipped or spilling). */
  ctas: Array<{ selector: string; left: number; right: number; clipped: boolean }>;
  brand: { left: number; right: number };
  headerButton: { left: number; right: number };
  badgeGlyph: { left: number; right: number };
  badgeText: { left: number; right: number };
  summaryBorder: { left: string; right: string };
}

async function measure(page: Page): Promise<Layout> {
  return page.evaluate((selectors) => {
    const { document, innerWidth, getComputedStyle } = globalThis as unknown as BrowserWindow;
    type Sized = { scrollWidth: number; clientWidth: number };
    const box = (selector: string) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return { left: rect.x, right: rect.x + rect.width };
    };
    const ctas = selectors.flatMap((selector) =>
      Array.from(document.querySelectorAll(selector)).map((element) => {
        const rect = element.getBoundingClientRect();
        const sized = element as unknown as Sized;
        return { selector, left: rect.x, right: rect.x + rect.width, clipped: sized.scrollWidth > sized.clientWidth + 1 };
      }),
    );
    const summary = getComputedStyle(document.querySelector(".summary")!);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      direction: getComputedStyle(document.documentElement).direction,
      ctas,
      brand: box(".site-header .brand"),
      headerButton: box(".site-header .button"),
      badgeGlyph: box(".cta-card .store-badge__glyph"),
      badgeText: box(".cta-card .store-badge__text"),
      summaryBorder: { left: summary.borderLeftWidth, right: summary.borderRightWidth },
    };
  }, [...CTAS]);
}

const ids = new Map<string, string>();
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  for (const [tag, briefing] of Object.entries(BRIEFINGS)) ids.set(tag, await createShare({ briefing, sharer: { name: tag === "ar" ? "ليلى" : "Ada" } }));
  for (const tag of LANGUAGE_TAGS) if (!ids.has(tag)) ids.set(tag, await createShare({ briefing: buildBriefing({ lang: tag }), sharer: { name: "Ada" } }));
});

afterAll(async () => {
  await browser?.close();
});

const CASES = (Object.keys(BRIEFINGS) as Array<keyof typeof BRIEFINGS>).flatMap((tag) => WIDTHS.map((width) => ({ tag, width })));

describe("the share page in ar, he, ja, de and th", () => {
  it.each(CASES)("$tag at $width px: no sideways scroll, no clipped call to action, mirrored when right to left", async ({ tag, width }) => {
    const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 800 }, deviceScaleFactor: width === 320 ? 2 : 1 });
    try {
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(`${BASE_URL}/b/${ids.get(tag)}`, { waitUntil: "load" });
      await page.screenshot({ path: `${SCREENSHOTS}/${tag}-${width}.png`, fullPage: true });
      expect(await collectProblems(page, problems)).toEqual({ consoleErrors: [], cspViolations: [] });

      const layout = await measure(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.ctas.length).toBeGreaterThanOrEqual(CTAS.length + 1); // two store badges
      for (const cta of layout.ctas) {
        expect(cta, cta.selector).toMatchObject({ clipped: false });
        expect(cta.left, cta.selector).toBeGreaterThanOrEqual(0);
        expect(cta.right, cta.selector).toBeLessThanOrEqual(layout.innerWidth);
      }

      const rtl = tag === "ar" || tag === "he";
      expect(layout.direction).toBe(rtl ? "rtl" : "ltr");
      // Mirrored: the brand at the reading start, the button at the end; the badge's glyph before its words.
      if (rtl) {
        expect(layout.brand.left).toBeGreaterThan(layout.headerButton.right);
        expect(layout.badgeGlyph.left).toBeGreaterThanOrEqual(layout.badgeText.right);
        expect(layout.summaryBorder).toEqual({ left: "0px", right: "4px" });
      } else {
        expect(layout.brand.right).toBeLessThan(layout.headerButton.left);
        expect(layout.badgeGlyph.right).toBeLessThanOrEqual(layout.badgeText.left);
        expect(layout.summaryBorder).toEqual({ left: "4px", right: "0px" });
      }
    } finally {
      await context.close();
    }
  });
});

describe("every language at 320 px", () => {
  it("fits the page's own words, store badges included, without sideways scroll or a clipped call to action", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const failures: string[] = [];
    try {
      const page = await context.newPage();
      for (const tag of LANGUAGE_TAGS) {
        await page.goto(`${BASE_URL}/b/${ids.get(tag)}`, { waitUntil: "load" });
        const layout = await measure(page);
        if (layout.scrollWidth > layout.innerWidth) failures.push(`${tag}: page ${layout.scrollWidth} px wide`);
        for (const cta of layout.ctas) {
          if (cta.clipped || cta.left < 0 || cta.right > layout.innerWidth) failures.push(`${tag}: ${cta.selector} ${JSON.stringify(cta)}`);
        }
        await page.locator(".cta-card").screenshot({ path: `${SCREENSHOTS}/cta-${tag}-320.png` });
      }
    } finally {
      await context.close();
    }
    if (failures.length > 0) console.error(failures.join("\n"));
    expect(failures).toEqual([]);
  });
});
