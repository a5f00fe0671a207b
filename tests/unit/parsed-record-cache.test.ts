import { describe, expect, it, vi } from "vitest";
import { type ShareRecord, ShareRecordSchema } from "../../src/domain/share";
import { parsedRecord } from "../../src/storage/parsed-record-cache";

const id = () => `c${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
const tombstone = (shareId: string, at: string): ShareRecord => ({ state: "revoked", id: shareId, at });
const parser = () => vi.fn((text: string) => ShareRecordSchema.parse(JSON.parse(text)));

describe("parsedRecord", () => {
  it("parses and validates an unchanged KV text once per isolate", () => {
    const shareId = id();
    const text = JSON.stringify(tombstone(shareId, "2026-11-26T12:00:00.000Z"));
    const parse = parser();
    const first = parsedRecord(shareId, text, parse);
    expect(parsedRecord(shareId, `${text}`, parse)).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("validates afresh when the text changes (an update, a revoke, a new expiry)", () => {
    const shareId = id();
    const parse = parser();
    parsedRecord(shareId, JSON.stringify(tombstone(shareId, "2026-11-26T12:00:00.000Z")), parse);
    const changed = parsedRecord(shareId, JSON.stringify(tombstone(shareId, "2026-11-27T12:00:00.000Z")), parse);
    expect(changed).toEqual(tombstone(shareId, "2026-11-27T12:00:00.000Z"));
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it("never caches a text that failed validation", () => {
    const shareId = id();
    const parse = vi.fn(() => null);
    expect(parsedRecord(shareId, "{}", parse)).toBeNull();
    expect(parsedRecord(shareId, "{}", parse)).toBeNull();
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it("hands out a frozen record, so no request can change it for the next", () => {
    const shareId = id();
    const record = parsedRecord(shareId, JSON.stringify(tombstone(shareId, "2026-11-26T12:00:00.000Z")), parser())!;
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      (record as { id: string }).id = "other";
    }).toThrow(TypeError);
  });
});
