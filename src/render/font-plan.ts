/** Decides which font files a card needs, from the code points of its text, and loads only those. */
import interRanges from "../../public/fonts/inter/unicode-ranges.json";
import arabicRanges from "../../public/fonts/noto-sans-arabic/unicode-ranges.json";
import bengaliRanges from "../../public/fonts/noto-sans-bengali/unicode-ranges.json";
import devanagariRanges from "../../public/fonts/noto-sans-devanagari/unicode-ranges.json";
import hebrewRanges from "../../public/fonts/noto-sans-hebrew/unicode-ranges.json";
import thaiRanges from "../../public/fonts/noto-sans-thai/unicode-ranges.json";
import serifRanges from "../../public/fonts/source-serif-4/unicode-ranges.json";
import type { CardFontStacks } from "../../templates/og-card";
import type { TextRole } from "../domain/og-card-fit";
import type { CjkFamily } from "../domain/text-scripts";
import { UnicodeRangeIndex } from "../domain/unicode-ranges";
import { type AssetFetcher, requireAsset } from "./static-assets";

type Weight = 400 | 600 | 700;

/** One font file as satori takes it: a unique name per subset, so satori never picks the wrong slice. */
export interface CardFont {
  name: string;
  weight: Weight;
  style: "normal";
  data: ArrayBuffer;
}

interface Face {
  /** Folder under /fonts and file-name prefix, as scripts/vendor-card-assets.mjs copied them. */
  family: string;
  weight: Weight;
  index: UnicodeRangeIndex;
}

interface Slice {
  family: string;
  subset: string;
  weight: Weight;
}

const INTER = new UnicodeRangeIndex(interRanges);
const SERIF = new UnicodeRangeIndex(serifRanges);

/** The faces that may draw each role, in the order they are tried before any CJK family. */
const LATIN_FACES: Record<TextRole, Face[]> = {
  serif: [
    { family: "source-serif-4", weight: 700, index: SERIF },
    // Inter covers a few blocks Source Serif lacks (Greek Extended); its semibold sits best beside a bold serif.
    { family: "inter", weight: 600, index: INTER },
  ],
  strong: [{ family: "inter", weight: 600, index: INTER }],
  body: [{ family: "inter", weight: 400, index: INTER }],
};
/** Noto Sans CJK has two weights here: bold for titles and labels, regular for body text. */
const CJK_WEIGHT: Record<TextRole, Weight> = { serif: 700, strong: 700, body: 400 };

/**
 * One Noto Sans face per script the Latin faces lack, each a single slice (60–80 KB for Arabic,
 * Devanagari and Bengali, ~10 KB for Hebrew and Thai), with the same two weights as CJK. Tried after
 * the Latin faces, so digits and Latin words in an Arabic title stay in Inter.
 */
const SCRIPT_FACES: ReadonlyArray<{ family: string; index: UnicodeRangeIndex; languages: readonly string[] }> = [
  // Noto Sans Arabic draws Persian and Urdu letters too (in Naskh, not Urdu's Nastaliq).
  { family: "noto-sans-arabic", index: new UnicodeRangeIndex(arabicRanges), languages: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"] },
  { family: "noto-sans-hebrew", index: new UnicodeRangeIndex(hebrewRanges), languages: ["he", "iw", "yi"] },
  { family: "noto-sans-thai", index: new UnicodeRangeIndex(thaiRanges), languages: ["th"] },
  { family: "noto-sans-devanagari", index: new UnicodeRangeIndex(devanagariRanges), languages: ["hi", "mr", "ne", "sa"] },
  // Bengali shares the danda (।) with Devanagari: a Bengali briefing takes it from its own face.
  { family: "noto-sans-bengali", index: new UnicodeRangeIndex(bengaliRanges), languages: ["bn", "as"] },
];

/** The script faces, the briefing language's own first (for the characters two scripts share). */
function scriptFacesFor(lang: string) {
  const language = lang.toLowerCase().split("-")[0] ?? "";
  const own = SCRIPT_FACES.filter((face) => face.languages.includes(language));
  return [...own, ...SCRIPT_FACES.filter((face) => !own.includes(face))];
}

/** Not drawn at all: spaces, joiners and variation selectors. */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/u;

const cjkIndexes = new Map<CjkFamily, Promise<UnicodeRangeIndex>>();

/** The range index of a CJK family, read from its unicode-ranges.json once per isolate. */
function cjkIndex(assets: AssetFetcher, family: CjkFamily): Promise<UnicodeRangeIndex> {
  let index = cjkIndexes.get(family);
  if (!index) {
    index = requireAsset(assets, `/fonts/noto-sans-${family}/unicode-ranges.json`).then(
      (bytes) => new UnicodeRangeIndex(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>),
    );
    // A failed read is not remembered: the next card tries again.
    index.catch(() => cjkIndexes.delete(family));
    cjkIndexes.set(family, index);
  }
  return index;
}

const sliceName = (slice: Slice) => `${slice.family}-${slice.subset}`;
const slicePath = (slice: Slice) =>
  `/fonts/${slice.family}/${slice.family}-${slice.subset}-${slice.weight}-normal.woff`;

/**
 * Finds, for every character of a card, the font slice that draws it: Latin, Cyrillic and Greek from
 * Inter and Source Serif 4; Arabic, Hebrew, Thai, Devanagari and Bengali from their Noto Sans faces;
 * CJK from the Noto Sans family the briefing's language calls for, falling back to the others. CJK
 * range tables are read only when a card has a character none of the other faces has.
 *
 * @example
 * const fonts = await FontPlanner.prepare(env.ASSETS, ["jp", "kr", "sc", "tc"], [card.title]);
 * if (!fonts.canDraw(card.title, "serif")) useNeutralCard();
 * fonts.use(card.title, "serif");
 * const { fonts: files, stacks } = await fonts.load();
 */
export class FontPlanner {
  private readonly slices = new Map<string, Slice>();

  private constructor(
    private readonly assets: AssetFetcher,
    private readonly cjk: Array<{ family: CjkFamily; index: UnicodeRangeIndex }>,
    private readonly scripts: ReturnType<typeof scriptFacesFor>,
  ) {}

  /**
   * Reads the CJK range tables the texts may need (none for text the Latin and script faces cover).
   * `lang` (the briefing's) decides which script face draws a character two scripts share.
   */
  static async prepare(assets: AssetFetcher, cjkOrder: readonly CjkFamily[], texts: readonly string[], lang = "en"): Promise<FontPlanner> {
    const scripts = scriptFacesFor(lang);
    const covered = (codePoint: number) =>
      INTER.subsetFor(codePoint) !== null || scripts.some((face) => face.index.subsetFor(codePoint) !== null);
    const withoutCjk = texts.every((text) => [...text].every((char) => INVISIBLE.test(char) || covered(char.codePointAt(0) ?? 0)));
    const cjk = withoutCjk
      ? []
      : await Promise.all(cjkOrder.map(async (family) => ({ family, index: await cjkIndex(assets, family) })));
    return new FontPlanner(assets, cjk, scripts);
  }

  private sliceFor(codePoint: number, role: TextRole): Slice | null {
    for (const face of LATIN_FACES[role]) {
      const subset = face.index.subsetFor(codePoint);
      if (subset) return { family: face.family, subset, weight: face.weight };
    }
    for (const { family, index } of this.scripts) {
      const subset = index.subsetFor(codePoint);
      if (subset) return { family, subset, weight: CJK_WEIGHT[role] };
    }
    for (const { family, index } of this.cjk) {
      const subset = index.subsetFor(codePoint);
      if (subset) return { family: `noto-sans-${family}`, subset, weight: CJK_WEIGHT[role] };
    }
    return null;
  }

  /** True when every visible character of the text has a font in the given role. */
  canDraw(text: string, role: TextRole): boolean {
    for (const char of text) {
      if (!INVISIBLE.test(char) && !this.sliceFor(char.codePointAt(0) ?? 0, role)) return false;
    }
    return true;
  }

  /** Records the slices the text needs; characters no font has are left to satori (they were checked). */
  use(text: string, role: TextRole): void {
    for (const char of text) {
      if (INVISIBLE.test(char)) continue;
      const slice = this.sliceFor(char.codePointAt(0) ?? 0, role);
      if (slice) this.slices.set(slicePath(slice), slice);
    }
  }

  /** How many font files the recorded texts need. */
  get fileCount(): number {
    return this.slices.size;
  }

  /** Reads every recorded slice (in parallel) and returns satori's font list and the CSS stacks. */
  async load(): Promise<{ fonts: CardFont[]; stacks: CardFontStacks }> {
    const slices = [...this.slices.entries()];
    const fonts = await Promise.all(
      slices.map(async ([path, slice]): Promise<CardFont> => ({
        name: sliceName(slice),
        weight: slice.weight,
        style: "normal",
        data: await requireAsset(this.assets, path),
      })),
    );
    const names = (prefix: string) => [...new Set(slices.filter(([, s]) => s.family.startsWith(prefix)).map(([, s]) => sliceName(s)))];
    const stack = (...families: string[][]) => families.flat().map((name) => `"${name}"`).join(", ") || "sans-serif";
    return {
      fonts,
      stacks: {
        serif: stack(names("source-serif-4"), names("inter"), names("noto-sans")),
        sans: stack(names("inter"), names("noto-sans")),
      },
    };
  }
}
