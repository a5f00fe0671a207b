/** Oversized, deeply nested, mis-encoded and numerically extreme bodies: each a 4xx problem, never a 5xx. */
import { describe, expect, it } from "vitest";
import { buildBriefing, buildShareRequest } from "../fixtures/briefings";
import { expectProblem, harness } from "./harness";

const LIMIT = 64 * 1024;
const utf8 = new TextEncoder();

/** A valid request whose JSON is exactly `bytes` long, padded with paragraphs of ASCII text. */
function validRequestOfSize(bytes: number): string {
  const request = buildShareRequest();
  const paragraphs: { text: string }[] = [];
  request.briefing = buildBriefing({ sections: [{ heading: "Padding", paragraphs }] });
  let json = JSON.stringify(request);
  while (utf8.encode(json).byteLength < bytes) {
    const missing = bytes - utf8.encode(json).byteLength;
    // Each new paragraph costs 12 bytes of JSON around its text (`,{"text":""}`).
    paragraphs.push({ text: "a".repeat(Math.max(1, Math.min(5000, missing - 12))) });
    json = JSON.stringify(request);
    if (utf8.encode(json).byteLength > bytes) {
      const last = paragraphs.at(-1)!;
      last.text = last.text.slice(0, last.text.length - (utf8.encode(json).byteLength - bytes));
      json = JSON.stringify(request);
    }
  }
  return json;
}

function nested(depth: number, open: string, close: string, leaf = "1"): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}

const valid = JSON.stringify(buildShareRequest());
const withTitle = (raw: string) => valid.replace('"title":"AI model pulled"', `"title":${raw}`);

describe("body size", () => {
  it("accepts a valid request of exactly 64 KiB", async () => {
    const body = validRequestOfSize(LIMIT);
    expect(utf8.encode(body).byteLength).toBe(LIMIT);
    const response = await harness().api("/shares", { method: "POST", body });
    expect(response.status, await response.clone().text()).toBe(201);
  });

  it("answers 413 for a valid request one byte over 64 KiB", async () => {
    const body = validRequestOfSize(LIMIT + 1);
    expect(utf8.encode(body).byteLength).toBe(LIMIT + 1);
    await expectProblem(await harness().api("/shares", { method: "POST", body }), 413);
  });

  it("answers 413 for a streamed body with no Content-Length that grows past 64 KiB", async () => {
    let sent = 0;
    const chunk = utf8.encode(" ".repeat(4096));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: stops by itself after 1 MiB, so a Worker that reads everything still ends.
        if (sent >= 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await harness().api("/shares", { method: "POST", body, duplex: "half" } as RequestInit);
    await expectProblem(response, 413);
    expect(sent).toBeLessThan(1024 * 1024);
  });

  it("answers 413 from a declared Content-Length over 64 KiB", async () => {
    const h = harness();
    const request = new Request("https://share.test/api/shares", {
      method: "POST",
      body: valid,
      headers: { authorization: `Bearer ${h.token}`, "content-type": "application/json", "content-length": String(LIMIT + 1) },
    });
    await expectProblem(await h.fetch(request), 413);
  });
});

describe("nesting and shape", () => {
  it.each([
    ["30 000 nested arrays as the whole body", nested(30_000, "[", "]")],
    ["10 000 nested objects as the whole body", nested(10_000, '{"a":', "}")],
    ["30 000 nested arrays as the title", withTitle(nested(30_000, "[", "]"))],
    ["10 000 nested objects under an unknown key", valid.replace(/}$/, `,"extra":${nested(10_000, '{"a":', "}")}}`)],
    ["3 000 sections", JSON.stringify(buildShareRequest({ briefing: buildBriefing({ sections: Array.from({ length: 3000 }, () => ({ paragraphs: [{ text: "a" }] })) }) }))],
    ["3 000 unknown keys", valid.replace(/}$/, `,${Array.from({ length: 3000 }, (_, i) => `"k${i}":0`).join(",")}}`)],
    ["a 60 KiB number", withTitle("1".repeat(60_000))],
    ["a number that overflows to Infinity", valid.replace(/}$/, ',"expiresIn":1e400}')],
    ["a negative zero expiry", valid.replace(/}$/, ',"expiresIn":-0}')],
    ["an escaped lone surrogate", withTitle('"\\ud800 title"')],
    ["an escaped NUL", withTitle('"a\\u0000b"')],
    ["a bare string", '"briefing"'],
    ["null", "null"],
    ["an empty body", ""],
    ["trailing garbage", `${valid}garbage`],
    ["two documents", `${valid}${valid}`],
  ])("answers %s with a 4xx problem", async (_name, body) => {
    const response = await harness().api("/shares", { method: "POST", body });
    const problem = await expectProblem(response);
    expect(problem.status).toBeGreaterThanOrEqual(400);
    expect(problem.status).toBeLessThan(500);
  });
});

describe("byte encoding", () => {
  const bytesWith = (insert: number[]) => {
    const [before, after] = valid.split("AI model pulled") as [string, string];
    return new Uint8Array([...utf8.encode(before), ...insert, ...utf8.encode(after)]);
  };

  it.each([
    ["a CESU-8 encoded surrogate", [0xed, 0xa0, 0x80]],
    ["an overlong slash", [0xc0, 0xaf]],
    ["a stray continuation byte", [0x80]],
    ["an 0xFF byte", [0xff]],
    ["a truncated 4-byte sequence", [0xf0, 0x9f, 0x98]],
  ])("answers invalid UTF-8 (%s) with 400 malformed JSON", async (_name, insert) => {
    const response = await harness().api("/shares", { method: "POST", body: bytesWith(insert) });
    const problem = await expectProblem(response, 400);
    expect(problem.type).toBe("urn:briefing-share:problem:malformed-json");
  });

  it("accepts a UTF-8 byte-order mark before the JSON", async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(valid)]);
    expect((await harness().api("/shares", { method: "POST", body })).status).toBe(201);
  });
});
