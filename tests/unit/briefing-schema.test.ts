import { describe, expect, it } from "vitest";
import { BriefingSchema, ShareRequestSchema } from "../../src/domain/briefing-schema";
import { fieldErrors } from "../../src/http/json-body";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";

const paragraph = (text: string) => ({ paragraphs: [{ text }] });

describe("BriefingSchema accepts", () => {
  it.each([
    ["the contract's example", buildBriefing()],
    ["the minimum", { title: "T", summary: "S", sections: [paragraph("P")] }],
    ["200-character titles", buildBriefing({ title: "t".repeat(200) })],
    ["1000-character summaries", buildBriefing({ summary: "s".repeat(1000) })],
    ["5000-character paragraphs", buildBriefing({ sections: [paragraph("p".repeat(5000))] })],
    ["50 sections of 100 paragraphs", buildBriefing({ sections: Array(50).fill({ paragraphs: Array(100).fill({ text: "p" }) }) })],
    ["20 citations", buildBriefing({ summaryCitations: Array(20).fill({ label: "a.example", url: "https://a.example/" }) })],
    ["a citation without a URL", buildBriefing({ summaryCitations: [{ label: "Print edition" }] })],
    ["an offset date", buildBriefing({ publishedAt: "2026-04-07T10:00:00+02:00" })],
    ["region and script subtags", buildBriefing({ lang: "zh-Hant-TW" })],
    ["right-to-left text with bidi marks", buildBriefing({ title: "\u202Bעברית\u202C", lang: "he" })],
    ["emoji and CJK", buildBriefing({ title: "東京 🚀 서울" })],
    ["newlines and tabs in paragraphs", buildBriefing({ sections: [paragraph("line one\nline two\tand a tab")] })],
  ])("%s", (_name, briefing) => {
    expect(BriefingSchema.safeParse(briefing).success).toBe(true);
  });
});

describe("BriefingSchema rejects", () => {
  it.each([
    ["a missing title", "title", { ...buildBriefing(), title: undefined }],
    ["a blank title", "title", buildBriefing({ title: " \n " })],
    ["a 201-character title", "title", buildBriefing({ title: "t".repeat(201) })],
    ["a 1001-character summary", "summary", buildBriefing({ summary: "s".repeat(1001) })],
    ["51 sections", "sections", buildBriefing({ sections: Array(51).fill(paragraph("p")) })],
    ["a section with no paragraph", "sections[0].paragraphs", buildBriefing({ sections: [{ paragraphs: [] }] })],
    ["101 paragraphs", "sections[0].paragraphs", buildBriefing({ sections: [{ paragraphs: Array(101).fill({ text: "p" }) }] })],
    ["a 5001-character paragraph", "sections[0].paragraphs[0].text", buildBriefing({ sections: [paragraph("p".repeat(5001))] })],
    ["21 citations", "summaryCitations", buildBriefing({ summaryCitations: Array(21).fill({ label: "a" }) })],
    ["an http: citation", "summaryCitations[0].url", buildBriefing({ summaryCitations: [{ label: "a", url: "http://a.example" }] })],
    ["a data: citation", "summaryCitations[0].url", buildBriefing({ summaryCitations: [{ label: "a", url: "data:text/html,hi" }] })],
    ["a relative citation", "summaryCitations[0].url", buildBriefing({ summaryCitations: [{ label: "a", url: "/path" }] })],
    ["a citation with credentials", "summaryCitations[0].url", buildBriefing({ summaryCitations: [{ label: "a", url: "https://u:p@a.example" }] })],
    ["a 201-character heading", "sections[0].heading", buildBriefing({ sections: [{ heading: "h".repeat(201), paragraphs: [{ text: "p" }] }] })],
    ["a 61-character topic", "topic", buildBriefing({ topic: "t".repeat(61) })],
    ["a date without a zone", "publishedAt", buildBriefing({ publishedAt: "2026-04-07T08:00:00" })],
    ["a malformed language tag", "lang", buildBriefing({ lang: "en_US" })],
    ["a NUL character", "title", buildBriefing({ title: "a\u0000b" })],
    ["an escape character", "summary", buildBriefing({ summary: "a\u001B[31mred" })],
    ["a lone high surrogate", "title", buildBriefing({ title: "a\uD800b" })],
    ["a lone low surrogate", "title", buildBriefing({ title: "a\uDC00b" })],
    ["a number for a title", "title", { ...buildBriefing(), title: 42 }],
    ["an unknown field", "body", { ...buildBriefing(), body: "<p>" }],
  ])("%s, naming %s", (_name, path, briefing) => {
    const result = BriefingSchema.safeParse(briefing);
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).map((e) => e.path)).toContain(path);
  });
});

describe("ShareRequestSchema", () => {
  it.each([
    ["no expiry", buildShareRequest(), true],
    ["60 seconds", buildShareRequest({ expiresIn: 60 }), true],
    ["one year", buildShareRequest({ expiresIn: 31_536_000 }), true],
    ["59 seconds", buildShareRequest({ expiresIn: 59 }), false],
    ["a fraction", buildShareRequest({ expiresIn: 60.5 }), false],
    ["an 81-character sharer name", buildShareRequest({ sharer: { name: "n".repeat(81) } }), false],
    ["a 65-character sharer ref", buildShareRequest({ sharer: { ref: "r".repeat(65) } }), false],
    ["an empty sharer", buildShareRequest({ sharer: {} }), true],
  ])("%s → valid: %s", (_name, body, valid) => {
    expect(ShareRequestSchema.safeParse(body).success).toBe(valid);
  });
});
