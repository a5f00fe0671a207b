/** Picks a catalog from an Accept-Language header (RFC 9110 §12.5.4): q-values, wildcard, and no throw on junk. */
import { DEFAULT_LANGUAGE, type LanguageTag } from "./languages";
import { findLanguage } from "./match-language";

/** Browsers send a handful; anything longer is junk or an attack, and is read only this far. */
const MAX_HEADER_LENGTH = 512;
const MAX_RANGES = 24;
const RANGE = /^(?:\*|[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)$/;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

interface WeightedRange {
  range: string;
  quality: number;
  position: number;
}

/** The ranges of a header with their weights; a malformed entry is skipped, never fatal. */
function parseRanges(header: string): WeightedRange[] {
  const ranges: WeightedRange[] = [];
  const entries = header.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES);
  entries.forEach((entry, position) => {
    const [rawRange = "", ...parameters] = entry.split(";").map((part) => part.trim());
    if (!RANGE.test(rawRange)) return;
    let quality = 1;
    for (const parameter of parameters) {
      const match = QUALITY.exec(parameter.replace(/\s+/g, ""));
      if (!match) return;
      quality = Number(match[1]);
    }
    if (quality > 0) ranges.push({ range: rawRange, quality, position });
  });
  // Highest weight first; equal weights keep the order the reader gave them.
  return ranges.sort((a, b) => b.quality - a.quality || a.position - b.position);
}

/**
 * The best catalog for a reader's Accept-Language: the first range (by weight, then order) that
 * names a language we have; `*` accepts our default; English when nothing matches or the header is
 * missing or malformed.
 *
 * @example
 * negotiateLanguage("ja,en-US;q=0.9");        // "ja"
 * negotiateLanguage("sw, pt-PT;q=0.8, *;q=0.1"); // "pt"
 * negotiateLanguage("zh-TW");                 // "zh-Hant"
 * negotiateLanguage(";;;q=abc");              // "en"
 */
export function negotiateLanguage(header: string | null | undefined): LanguageTag {
  if (!header) return DEFAULT_LANGUAGE;
  for (const { range } of parseRanges(header)) {
    if (range === "*") return DEFAULT_LANGUAGE;
    const language = findLanguage(range);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
