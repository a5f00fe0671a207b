/** Every catalog, by language tag. */
import type { Messages } from "../catalog";
import type { LanguageTag } from "../languages";
import { en } from "./en";

/**
 * The catalogs. A language without one here is served in English (see `catalogLanguage`).
 *
 * @example
 * CATALOGS.en["header.getApp"]; // "Get the app"
 */
export const CATALOGS: Readonly<Partial<Record<LanguageTag, Messages>>> = { en };
