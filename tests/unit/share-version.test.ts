import { describe, expect, it } from "vitest";
import { canonicalJson, shareVersion } from "../../src/domain/share-version";
import { buildBriefing } from "../fixtures/briefings";

describe("canonicalJson", () => {
  it("orders keys, so key order does not change the text", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it("drops undefined values like JSON.stringify", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe("shareVersion", () => {
  it("is the same for the same content in any key order", async () => {
    const briefing = buildBriefing();
    const reordered = Object.fromEntries(Object.entries(briefing).reverse()) as typeof briefing;
    expect(await shareVersion(briefing, null)).toBe(await shareVersion(reordered, null));
  });

  it.each([
    ["the title", { ...buildBriefing(), title: "Other" }, null],
    ["a paragraph", buildBriefing({ sections: [{ paragraphs: [{ text: "other" }] }] }), null],
    ["the sharer", buildBriefing(), { name: "Grace" }],
  ])("changes when %s changes", async (_name, briefing, sharer) => {
    expect(await shareVersion(briefing, sharer)).not.toBe(await shareVersion(buildBriefing(), null));
  });

  it("is 12 URL-safe characters", async () => {
    expect(await shareVersion(buildBriefing(), null)).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});
