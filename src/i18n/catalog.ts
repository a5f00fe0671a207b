/** The shape every catalog shares, derived from the English one, and the types of keys and placeholders. */
import type { en } from "./messages/en";

/** Intl.PluralRules categories (CLDR): which ones a language uses is its own business. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** One text per plural category the language uses; `other` always. */
export type PluralMessage = { readonly other: string } & { readonly [C in Exclude<PluralCategory, "other">]?: string };

type English = typeof en;

/** A catalog: exactly the English keys, a string where English has one, a plural message where English has one. */
export type Messages = { readonly [K in keyof English]: English[K] extends string ? string : PluralMessage };

export type MessageKey = keyof English;
/** Keys of plain messages. */
export type TextKey = { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey];
/** Keys of plural messages; their `{count}` is the number the plural is chosen by. */
export type PluralKey = Exclude<MessageKey, TextKey>;

type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;
type TextsOf<M> = M extends string ? M : M[keyof M];

/** The placeholder names of a message, read from its English text ("Get {app}" → "app"). */
export type PlaceholderOf<K extends MessageKey> = PlaceholdersIn<TextsOf<English[K]>>;

/** The values a message needs: none, or one per placeholder (`count` of a plural message is given apart). */
export type ParamsOf<K extends MessageKey, V> = [Exclude<PlaceholderOf<K>, "count">] extends [never]
  ? []
  : [params: Record<Exclude<PlaceholderOf<K>, "count">, V>];
