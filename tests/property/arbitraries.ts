/**
 * fast-check arbitraries for hostile share requests, each paired with an independent model of the
 * contract's rules, so a property can say which fields the API must reject and which it must keep.
 */
import { fc } from "@fast-check/vitest";

/** A generated value and whether the contract accepts it at its place. */
export interface Judged<T> {
  value: T;
  valid: boolean;
}

/** Characters that break naive code: controls, lone surrogates, bidi, zero-width, markup, astral. */
const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom("<", ">", "&", '"', "'", "`", "/", "\\", "{{", "}}", "${", "\u0000", " ") },
  // C0 and C1 controls (tab, LF and CR are allowed), DEL.
  { weight: 2, arbitrary: fc.integer({ min: 0x00, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)) },
  // Lone surrogates: not encodable as UTF-8.
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  // Bidi embeddings, overrides, isolates and marks; zero-width characters; line separators.
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
      "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029",
      "\u00a0", "\u3000", "\u0301", "\u{1F600}", "\u{1F1FA}\u{1F1F8}", "\u{E0001}", "\ufffd", "\uffff",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("\t", "\n", "\r", "\r\n") },
);

/** A string of hostile units, usually short, sometimes right at or over a length limit. */
function hostileString(max: number): fc.Arbitrary<string> {
  const short = fc.array(hostileUnit, { maxLength: Math.min(max, 24) }).map((units) => units.join(""));
  const nearLimit = fc
    .tuple(fc.integer({ min: Math.max(0, max - 2), max: max + 2 }), hostileUnit)
    .map(([length, unit]) => "x".repeat(Math.max(0, length - unit.length)) + unit);
  return fc.oneof({ weight: 8, arbitrary: short }, { weight: 1, arbitrary: nearLimit });
}

/**
 * The contract's plain-text rule, written independently of the schema: no C0/C1 control other than
 * tab, LF and CR; no lone surrogate; a required text is not blank. Length counts characters (code
 * points), as zod does: an emoji outside the BMP is one character, not two UTF-16 units.
 */
export function isPlainText(value: string, min: number, max: number): boolean {
  const characters = [...value].length;
  if (characters < min || characters > max) return false;
  if (min > 0 && !/\S/.test(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return false;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return false;
    if (unit >= 0x7f && unit <= 0x9f) return false;
  }
  return true;
}

export const text = (min: number, max: number): fc.Arbitrary<Judged<string>> =>
  hostileString(max).map((value) => ({ value, valid: isPlainText(value, min, max) }));

/** https URLs the contract accepts, and URLs it must refuse (other schemes, credentials, garbage). */
export const citationUrl: fc.Arbitrary<Judged<string>> = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true }).map((value) => ({ value, valid: true })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.domain)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://example.com/",
        "//example.com/",
        "https://user:secret@example.com/",
        "https:",
        "/relative/path",
        "",
        `https://example.com/${"a".repeat(2048)}`,
      )
      .map((value) => ({ value, valid: false })),
  },
);

const publishedAt: fc.Arbitrary<Judged<string>> = fc.oneof(
  fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
    .map((d) => ({ value: d.toISOString(), valid: true })),
  fc.constantFrom("2026-04-07T08:00:00+02:00", "2026-04-07T08:00:00Z").map((value) => ({ value, valid: true })),
  fc.constantFrom("yesterday", "", "2026-13-45T99:99:99Z", "<script>", "2026-04-07T08:00:00Z\u0000").map((value) => ({ value, valid: false })),
);

const lang: fc.Arbitrary<Judged<string>> = fc.oneof(
  fc.constantFrom("en", "pt-BR", "ar", "he", "zh-Hant-TW", "sr-Latn").map((value) => ({ value, valid: true })),
  fc.constantFrom("", "english", "en_US", "x", "<script>", "en-\u202e").map((value) => ({ value, valid: false })),
);

const expiresIn: fc.Arbitrary<Judged<unknown>> = fc.oneof(
  fc.integer({ min: 60, max: 31_536_000 }).map((value) => ({ value, valid: true })),
  fc.constantFrom<unknown>(59, 0, -1, 31_536_001, 1.5, "60", null, true, 1e308).map((value) => ({ value, valid: false })),
);

/** One field of a generated request: where it is (the API's path syntax) and what it holds. */
export interface Field {
  path: string;
  value: unknown;
  valid: boolean;
}

export interface JudgedRequest {
  body: Record<string, unknown>;
  /** The paths of the fields the contract must reject; empty when the request is valid. */
  invalidPaths: string[];
}

/** Builds an object from optional judged fields, recording each under `path.key`. */
function assemble(path: string, parts: Record<string, Judged<unknown> | undefined>, fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(parts)) {
    if (part === undefined) continue;
    out[key] = part.value;
    fields.push({ path: path ? `${path}.${key}` : key, value: part.value, valid: part.valid });
  }
  return out;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/**
 * A share request whose structure is always right and whose every text, URL, date, tag and number
 * may be hostile; `invalidPaths` says which fields a correct API rejects. With `validOnly`, every
 * field is one the contract accepts (still full of bidi, zero-width, markup and astral characters),
 * so round-trip properties see many accepted requests.
 */
export function judgedShareRequest({ validOnly = false } = {}): fc.Arbitrary<JudgedRequest> {
  const keep = <T>(arb: fc.Arbitrary<Judged<T>>) => (validOnly ? arb.filter((j) => j.valid) : arb);
  const citationParts = fc.record({ label: keep(text(1, 120)), url: optional(keep(citationUrl)) });
  const paragraphParts = fc.record({ text: keep(text(1, 5000)), citations: optional(fc.array(citationParts, { maxLength: 3 })) });
  const sectionParts = fc.record({
    heading: optional(keep(text(0, 200))),
    paragraphs: fc.array(paragraphParts, { minLength: 1, maxLength: 3 }),
  });
  return fc
    .record({
      title: keep(text(1, 200)),
      summary: keep(text(1, 1000)),
      summaryCitations: optional(fc.array(citationParts, { maxLength: 3 })),
      sections: fc.array(sectionParts, { minLength: 1, maxLength: 3 }),
      topic: optional(keep(text(0, 60))),
      publishedAt: optional(keep(publishedAt)),
      lang: optional(keep(lang)),
      expiresIn: optional(keep(expiresIn)),
      sharer: optional(fc.record({ name: optional(keep(text(0, 80))), ref: optional(keep(text(0, 64))) })),
    })
    .map((parts) => {
      const fields: Field[] = [];
      const citations = (path: string, list: { label: Judged<string>; url: Judged<string> | undefined }[]) =>
        list.map((c, i) => assemble(`${path}[${i}]`, { label: c.label, url: c.url }, fields));
      const briefing = assemble("briefing", { title: parts.title, summary: parts.summary }, fields);
      if (parts.summaryCitations) briefing.summaryCitations = citations("briefing.summaryCitations", parts.summaryCitations);
      briefing.sections = parts.sections.map((section, s) => {
        const out = assemble(`briefing.sections[${s}]`, { heading: section.heading }, fields);
        out.paragraphs = section.paragraphs.map((paragraph, p) => {
          const path = `briefing.sections[${s}].paragraphs[${p}]`;
          const para = assemble(path, { text: paragraph.text }, fields);
          if (paragraph.citations) para.citations = citations(`${path}.citations`, paragraph.citations);
          return para;
        });
        return out;
      });
      Object.assign(briefing, assemble("briefing", { topic: parts.topic, publishedAt: parts.publishedAt, lang: parts.lang }, fields));
      const body: Record<string, unknown> = { briefing, ...assemble("", { expiresIn: parts.expiresIn }, fields) };
      if (parts.sharer) body.sharer = assemble("sharer", { name: parts.sharer.name, ref: parts.sharer.ref }, fields);
      return { body, invalidPaths: fields.filter((f) => !f.valid).map((f) => f.path) };
    });
}

/** Every string leaf of a JSON value with its path, to compare what went in with what came out. */
export function stringLeaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}
