/** Pure helpers of the OG card: scripts, emoji, sources, Unicode ranges, PNG headers. */
import { describe, expect, it } from "vitest";
import { emojiIn, twemojiNames } from "../../src/domain/emoji";
import { readPngInfo } from "../../src/domain/png-info";
import { citationDomain, fitSources, sourceDomains } from "../../src/domain/source-domains";
import { cjkFamilyOrder, hasCjkText, hasRightToLeftText } from "../../src/domain/text-scripts";
import { UnicodeRangeIndex, parseUnicodeRange } from "../../src/domain/unicode-ranges";
import { buildBriefing } from "../fixtures/briefings";

describe("hasRightToLeftText", () => {
  it.each([
    ["Arabic", "البنك المركزي", true],
    ["Hebrew", "בנק ישראל", true],
    ["Persian (Arabic script)", "بانک مرکزی", true],
    ["Syriac", "ܫܠܡܐ", true],
    ["English with one Arabic word", "Talks in الرياض end", true],
    ["English", "AI model pulled", false],
    ["Japanese", "日銀が利上げ", false],
    ["Russian", "Центробанк", false],
  ])("%s → %s", (_name, text, expected) => {
    expect(hasRightToLeftText(text)).toBe(expected);
  });
});

describe("cjkFamilyOrder", () => {
  it.each([
    ["ja tag", "東京", "ja", "jp"],
    ["ko tag", "서울", "ko", "kr"],
    ["zh tag", "北京", "zh", "sc"],
    ["zh-CN", "北京", "zh-CN", "sc"],
    ["zh-TW", "臺北", "zh-TW", "tc"],
    ["zh-HK", "香港", "zh-HK", "tc"],
    ["zh-Hant", "臺北", "zh-Hant", "tc"],
    ["kana under an English tag", "東京でAIを発表", "en", "jp"],
    ["Hangul under an English tag", "한국 경제", "en", "kr"],
    ["Han alone under an English tag", "人工智能", "en", "sc"],
  ])("%s prefers %s… first", (_name, text, lang, first) => {
    const order = cjkFamilyOrder(text, lang);
    expect(order[0]).toBe(first);
    expect([...order].sort()).toEqual(["jp", "kr", "sc", "tc"]);
  });

  it.each([
    ["日本語", true],
    ["한국어", true],
    ["中文", true],
    ["English", false],
    ["Ελληνικά", false],
  ])("hasCjkText(%s) is %s", (text, expected) => {
    expect(hasCjkText(text)).toBe(expected);
  });
});

describe("emojiIn and twemojiNames", () => {
  it.each([
    ["plain text", "AI model pulled", []],
    ["digits, # and * are not emoji", "Top 10 #AI *news* © ™", []],
    ["simple emoji", "Rates cut 📉 again", ["📉"]],
    ["flags", "Summit 🇪🇺🇺🇸", ["🇪🇺", "🇺🇸"]],
    ["skin tone", "Applause 👏🏽", ["👏🏽"]],
    ["ZWJ sequence", "Coders 👩‍💻", ["👩‍💻"]],
    ["keycap", "Step 1️⃣", ["1️⃣"]],
    ["emoji presentation asked with U+FE0F", "Love ❤️ it", ["❤️"]],
    ["repeats counted once", "🎉 party 🎉", ["🎉"]],
  ])("%s", (_name, text, expected) => {
    expect(emojiIn(text)).toEqual(expected);
  });

  it.each([
    ["📈", ["1f4c8"]],
    ["❤️", ["2764"]],
    ["🇯🇵", ["1f1ef-1f1f5"]],
    ["👩‍💻", ["1f469-200d-1f4bb"]],
    ["🏳️‍🌈", ["1f3f3-fe0f-200d-1f308", "1f3f3-200d-1f308"]],
    ["1️⃣", ["31-20e3"]],
  ])("%s is drawn from %j", (grapheme, names) => {
    expect(twemojiNames(grapheme)).toEqual(names);
  });
});

describe("source domains", () => {
  it.each([
    ["the URL's host, without www", { label: "Reuters", url: "https://www.reuters.com/world" }, "reuters.com"],
    ["a label that is a domain", { label: "BBC.co.uk" }, "bbc.co.uk"],
    ["a label that is not a domain", { label: "Reuters" }, null],
    ["a punycode host falls back to the label", { label: "bücher.de", url: "https://xn--bcher-kva.de/" }, null],
  ])("citationDomain: %s", (_name, citation, expected) => {
    expect(citationDomain(citation)).toBe(expected);
  });

  it("orders domains by how often they are cited, first appearance breaking ties", () => {
    const briefing = buildBriefing({
      summaryCitations: [{ label: "ft.com" }, { label: "reuters.com" }],
      sections: [
        { paragraphs: [{ text: "a", citations: [{ label: "x", url: "https://www.reuters.com/a" }, { label: "bbc.co.uk" }] }] },
        { paragraphs: [{ text: "b", citations: [{ label: "bbc.co.uk" }, { label: "reuters.com" }] }] },
      ],
    });
    expect(sourceDomains(briefing)).toEqual(["reuters.com", "bbc.co.uk", "ft.com"]);
  });

  it.each([
    ["everything when it fits", ["a.com", "b.com"], 40, { shown: ["a.com", "b.com"], more: 0 }],
    ["room kept for the counter", ["reuters.com", "ft.com", "bbc.co.uk"], 24, { shown: ["reuters.com", "ft.com"], more: 1 }],
    ["at least one, however long", ["a-very-long-domain-name.example.com", "b.com"], 10, { shown: ["a-very-long-domain-name.example.com"], more: 1 }],
    ["nothing for no sources", [], 40, { shown: [], more: 0 }],
    ["twenty sources", Array.from({ length: 20 }, (_, i) => `source${i}.com`), 46, { shown: ["source0.com", "source1.com", "source2.com"], more: 17 }],
  ])("fitSources: %s", (_name, domains, max, expected) => {
    expect(fitSources(domains, max)).toEqual(expected);
  });
});

describe("UnicodeRangeIndex", () => {
  it("parses points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??")).toEqual([
      [0, 255],
      [305, 305],
      [0x400, 0x4ff],
    ]);
  });

  const index = new UnicodeRangeIndex({
    latin: "U+0000-00FF,U+0131,U+2000-206F",
    cyrillic: "U+0301,U+0400-045F",
    "latin-ext": "U+0100-02BA,U+0304",
  });
  it.each([
    ["A", "latin"],
    ["é", "latin"],
    ["—", "latin"],
    ["Ж", "cyrillic"],
    ["Ł", "latin-ext"],
    ["日", null],
  ])("%s is in %s", (char, subset) => {
    expect(index.subsetFor(char.codePointAt(0) ?? 0)).toBe(subset);
  });
});

describe("readPngInfo", () => {
  function png(width: number, height: number): Uint8Array {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    return bytes;
  }

  it.each([
    ["a 1200×630 header", png(1200, 630), { width: 1200, height: 630, bytes: 33 }],
    ["a JPEG", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(40).fill(0)]), null],
    ["too few bytes", png(1, 1).subarray(0, 20), null],
    ["a first chunk that is not IHDR", (() => { const b = png(1, 1); b[12] = 0x41; return b; })(), null],
  ])("%s", (_name, bytes, expected) => {
    expect(readPngInfo(bytes)).toEqual(expected);
  });
});
