/** Message lookup for one language: placeholders, plurals by Intl.PluralRules, numbers by Intl.NumberFormat. */
import type { MessageKey, Messages, ParamsOf, PlaceholderOf, PluralCategory, PluralKey, PluralMessage, TextKey } from "./catalog";
import { LANGUAGES, type Language, type LanguageTag } from "./languages";
import { CATALOGS } from "./messages";

/** Everything a template needs to speak one language. */
export interface Translator {
  language: Language;
  /** A plain message with its placeholders filled; numbers are formatted for the language. */
  t<K extends TextKey>(key: K, ...params: ParamsOf<K, string | number>): string;
  /** A plural message for `count` (also its `{count}`, formatted for the language). */
  plural<K extends PluralKey>(key: K, count: number, ...params: ParamsOf<K, string | number>): string;
  /** A message split around its placeholders, for markup inside a sentence ("Shared by <strong>Ada</strong>"). */
  parts<K extends TextKey, V>(key: K, params: Record<PlaceholderOf<K>, V>): Array<string | V>;
  /** A number in the language's digits and grouping. */
  number(value: number): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text with each `{name}` replaced; an unknown name stays visible, so a test can catch it. */
function fill(text: string, values: Readonly<Record<string, unknown>>, format: (value: number) => string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? format(value) : String(value);
  });
}

/** The text cut around its placeholders: literal runs as strings, placeholders as their values. */
function split<V>(text: string, values: Readonly<Record<string, V>>): Array<string | V> {
  const parts: Array<string | V> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function createTranslator(tag: LanguageTag): Translator {
  const language = LANGUAGES[tag];
  const messages: Messages = CATALOGS[tag];
  const numbers = new Intl.NumberFormat(language.locale);
  const plurals = new Intl.PluralRules(language.locale);
  const number = (value: number) => numbers.format(value);
  const text = (key: MessageKey) => messages[key] as string;
  return {
    language,
    number,
    t: (key, ...params) => fill(text(key), params[0] ?? {}, number),
    plural: (key, count, ...params) => {
      const forms = messages[key] as PluralMessage;
      const category = plurals.select(count) as PluralCategory;
      return fill(forms[category] ?? forms.other, { ...(params[0] ?? {}), count }, number);
    },
    parts: (key, params) => split(text(key), params),
  };
}

/** Intl objects are costly to build; one translator per language per isolate. */
const translators = new Map<LanguageTag, Translator>();

/**
 * The translator for one of our languages (see matchLanguage and negotiateLanguage for getting one).
 *
 * @example
 * const t = translatorFor("de");
 * t.t("cta.getApp", { app: "Scout" });   // "Scout holen"
 * t.plural("page.readingTime", 5);       // "5 Min. Lesezeit"
 */
export function translatorFor(tag: LanguageTag): Translator {
  let translator = translators.get(tag);
  if (!translator) {
    translator = createTranslator(tag);
    translators.set(tag, translator);
  }
  return translator;
}
