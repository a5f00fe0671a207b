/** Every catalog, by language tag: 24 languages, each checked against the English one by tsc. */
import type { Messages } from "../catalog";
import type { LanguageTag } from "../languages";
import { ar } from "./ar";
import { bn } from "./bn";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fa } from "./fa";
import { fr } from "./fr";
import { he } from "./he";
import { hi } from "./hi";
import { id } from "./id";
import { it } from "./it";
import { ja } from "./ja";
import { ko } from "./ko";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";
import { sv } from "./sv";
import { th } from "./th";
import { tr } from "./tr";
import { uk } from "./uk";
import { vi } from "./vi";
import { zhHans } from "./zh-Hans";
import { zhHant } from "./zh-Hant";

/**
 * The catalogs. A missing language is a type error here, a missing or extra key one in its file.
 *
 * @example
 * CATALOGS.de["header.getApp"]; // "App laden"
 */
export const CATALOGS: Readonly<Record<LanguageTag, Messages>> = {
  en, es, fr, de, it, pt, nl, pl, sv, tr, ru, uk, ar, he, fa, hi, bn, th, vi, id, ja, ko,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
};
