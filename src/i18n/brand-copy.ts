/** Brand copy per language from configuration: APP_TAGLINE_<LANG> and APP_PITCH_<LANG>, checked and named when wrong. */
import { LANGUAGE_TAGS, type LanguageTag } from "./languages";

/** A per-language brand variable's name, e.g. APP_TAGLINE_JA, APP_PITCH_ZH_HANT. */
export type BrandCopyVariable = `APP_TAGLINE_${string}` | `APP_PITCH_${string}`;

export interface BrandCopy {
  tagline?: string;
  /** May say `{app}`, filled with APP_NAME. */
  pitch?: string;
}

export interface ParsedBrandCopy {
  copy: Partial<Record<LanguageTag, BrandCopy>>;
  /** What is wrong with each per-language variable that was given but cannot be used. */
  problems: Partial<Record<BrandCopyVariable, string>>;
}

/** Long enough for any real tagline or pitch, short enough that a pasted paragraph is caught. */
const MAX_LENGTH = { TAGLINE: 120, PITCH: 400 } as const;
const NAME = /^APP_(TAGLINE|PITCH)_([A-Z_]+)$/;
/** The variable suffix of each language: "zh-Hans" → "ZH_HANS". */
const BY_SUFFIX = new Map<string, LanguageTag>(LANGUAGE_TAGS.map((tag) => [brandCopySuffix(tag), tag]));

/**
 * @example
 * brandCopySuffix("zh-Hant"); // "ZH_HANT"
 */
export function brandCopySuffix(tag: LanguageTag): string {
  return tag.toUpperCase().replace("-", "_");
}

/**
 * Reads every APP_TAGLINE_<LANG> / APP_PITCH_<LANG> from the bindings. A variable naming a language
 * we do not have, or holding an unusable value, is reported (and ignored) rather than shown.
 *
 * @example
 * parseBrandCopy({ APP_TAGLINE_JA: "一歩先を行く" }).copy.ja; // { tagline: "一歩先を行く" }
 * parseBrandCopy({ APP_TAGLINE_XX: "…" }).problems;          // { APP_TAGLINE_XX: "names no language this project has (…)" }
 */
export function parseBrandCopy(env: Readonly<Record<string, unknown>>): ParsedBrandCopy {
  const parsed: ParsedBrandCopy = { copy: {}, problems: {} };
  for (const [name, raw] of Object.entries(env)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const variable = name as BrandCopyVariable;
    const kind = match[1] as "TAGLINE" | "PITCH";
    const language = BY_SUFFIX.get(match[2]!);
    if (!language) {
      parsed.problems[variable] = `names no language this project has (expected one of ${[...BY_SUFFIX.keys()].join(", ")})`;
      continue;
    }
    if (typeof raw !== "string") {
      parsed.problems[variable] = "must be a string";
      continue;
    }
    const value = raw.replace(/\s+/g, " ").trim();
    if (!value) continue; // an empty variable means "use the default"
    if ([...value].length > MAX_LENGTH[kind]) {
      parsed.problems[variable] = `is longer than ${MAX_LENGTH[kind]} characters`;
      continue;
    }
    if (/\p{Cc}/u.test(value)) {
      parsed.problems[variable] = "must not contain control characters";
      continue;
    }
    const entry = (parsed.copy[language] ??= {});
    if (kind === "TAGLINE") entry.tagline = value;
    else entry.pitch = value;
  }
  return parsed;
}

/** The words a page shows about the app, in one language. */
export interface Brand {
  appName: string;
  tagline: string;
  /** The configured pitch with `{app}` filled, or null to use the catalog's. */
  pitch: string | null;
}

/**
 * The brand copy for a language: the configured per-language values, else the defaults
 * (APP_TAGLINE; the catalog's own pitch).
 *
 * @example
 * brandFor({ appName: "Scout", appTagline: "Be the smartest in the room", brandCopy: { ja: { tagline: "一歩先を行く" } } }, "ja");
 * // { appName: "Scout", tagline: "一歩先を行く", pitch: null }
 */
export function brandFor(
  config: { appName: string; appTagline: string; brandCopy: Partial<Record<LanguageTag, BrandCopy>> },
  language: LanguageTag,
): Brand {
  const copy = config.brandCopy[language];
  return {
    appName: config.appName,
    tagline: copy?.tagline ?? config.appTagline,
    pitch: copy?.pitch ? copy.pitch.replaceAll("{app}", config.appName) : null,
  };
}
