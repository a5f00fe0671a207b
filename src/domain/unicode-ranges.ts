/** CSS unicode-range lists ("U+0000-00FF,U+0131") parsed into a lookup from code point to font subset. */

/** An inclusive range of code points and the subset that covers it. */
interface Span {
  start: number;
  end: number;
  subset: string;
}

/**
 * Parses one unicode-range list. Accepts single points, ranges and wildcards ("U+4??").
 *
 * @example
 * parseUnicodeRange("U+0000-00FF,U+0131"); // [[0, 255], [305, 305]]
 */
export function parseUnicodeRange(list: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const part of list.split(",")) {
    const match = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    const first = match?.[1];
    if (!match || !first) continue;
    const last = match[2];
    if (first.includes("?")) {
      spans.push([parseInt(first.replace(/\?/g, "0"), 16), parseInt(first.replace(/\?/g, "F"), 16)]);
    } else {
      const start = parseInt(first, 16);
      spans.push([start, last ? parseInt(last, 16) : start]);
    }
  }
  return spans;
}

/**
 * Which subset of a font family covers a code point, by binary search over its sorted ranges.
 *
 * @example
 * const index = new UnicodeRangeIndex({ latin: "U+0000-00FF", cyrillic: "U+0400-045F" });
 * index.subsetFor(0x0416); // "cyrillic"
 * index.subsetFor(0x4e00); // null
 */
export class UnicodeRangeIndex {
  private readonly spans: Span[];

  /** `ranges` maps each subset to its unicode-range list, as Fontsource's unicode.json does. */
  constructor(ranges: Readonly<Record<string, string>>) {
    this.spans = Object.entries(ranges)
      .flatMap(([subset, list]) => parseUnicodeRange(list).map(([start, end]) => ({ start, end, subset })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  subsetFor(codePoint: number): string | null {
    let low = 0;
    let high = this.spans.length - 1;
    // Spans may overlap (Fontsource repeats a few combining marks in several subsets); any match will do.
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.spans[middle];
      if (!span) break;
      if (codePoint < span.start) high = middle - 1;
      else if (codePoint > span.end) low = middle + 1;
      else return span.subset;
    }
    return this.linearFallback(codePoint);
  }

  /** Overlapping spans can hide a match from the binary search; the rare miss is settled by a scan. */
  private linearFallback(codePoint: number): string | null {
    for (const span of this.spans) {
      if (span.start > codePoint) break;
      if (codePoint <= span.end) return span.subset;
    }
    return null;
  }
}
