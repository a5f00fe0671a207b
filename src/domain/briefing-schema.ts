/**
 * The briefing schema: the single source of truth for the API body, what storage gives back,
 * the templates' props and the OpenAPI document.
 */
import { z } from "zod";
import { DeepLinkSchema } from "./deep-link";

/**
 * Plain text only. Rejected: C0/C1 control characters other than tab and newlines (they render as
 * nothing or as boxes) and lone UTF-16 surrogates (they cannot be encoded as UTF-8, so they would not
 * round-trip). Bidi and zero-width characters are legitimate in real text and are rendered isolated.
 */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Plain text of min..max characters (zod counts code points, so an emoji is one), with at least one visible character when required. */
function plainText(min: number, max: number) {
  let text = z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value), "must not contain control characters or lone surrogates");
  if (min > 0) {
    text = text
      .min(min, `must be at least ${min} character${min === 1 ? "" : "s"}`)
      .refine((value) => value.trim().length > 0, "must not be blank");
  }
  return text;
}

/** https: only, so no citation can carry javascript:, data: or a plain-http tracker. */
export const HttpsUrlSchema = z
  .string()
  .max(2048, "must be at most 2048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "must be an absolute https:// URL")
  .meta({ format: "uri", description: "An absolute https:// URL." });

export const CitationSchema = z
  .strictObject({
    label: plainText(1, 120).meta({ description: "What the chip shows, usually the source's domain." }),
    url: HttpsUrlSchema.optional(),
  })
  .meta({ id: "Citation" });

export const ParagraphSchema = z
  .strictObject({
    text: plainText(1, 5000),
    citations: z.array(CitationSchema).max(20, "must have at most 20 citations").optional(),
  })
  .meta({ id: "Paragraph" });

export const SectionSchema = z
  .strictObject({
    heading: plainText(0, 200).optional(),
    paragraphs: z
      .array(ParagraphSchema)
      .min(1, "must have at least 1 paragraph")
      .max(100, "must have at most 100 paragraphs"),
  })
  .meta({ id: "Section" });

/** A BCP 47 language tag, checked for shape and accepted by Intl (so dates can be formatted for it). */
const LanguageTagSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "must be a BCP 47 language tag such as en or pt-BR")
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, "must be a BCP 47 language tag such as en or pt-BR");

/**
 * RFC 3339 (§5.6, note) lets the "T" and "Z" of a date-time be lower case; zod's check does not,
 * so the value is upper-cased first (only those two letters can occur in a valid date-time), and
 * stored that way.
 */
const PublishedAtSchema = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.iso.datetime({ offset: true, message: "must be an RFC 3339 date-time" }))
  .meta({ format: "date-time", description: "RFC 3339; a lower-case t or z is accepted and stored upper-cased." });

export const BriefingSchema = z
  .strictObject({
    title: plainText(1, 200),
    summary: plainText(1, 1000),
    summaryCitations: z.array(CitationSchema).max(20, "must have at most 20 citations").optional(),
    sections: z
      .array(SectionSchema)
      .min(1, "must have at least 1 section")
      .max(50, "must have at most 50 sections"),
    topic: plainText(0, 60).optional(),
    publishedAt: PublishedAtSchema.optional(),
    lang: LanguageTagSchema.optional().meta({ description: 'BCP 47 language tag; "en" when absent.' }),
  })
  .meta({ id: "Briefing" });

export const SharerSchema = z
  .strictObject({
    name: plainText(0, 80).optional(),
    ref: plainText(0, 64).optional().meta({ description: "The app's own reference for the sharer, echoed in attribution." }),
  })
  .meta({ id: "Sharer" });

const ExpiresInSchema = z
  .int("must be a whole number of seconds")
  .min(60, "must be at least 60 seconds")
  .max(31_536_000, "must be at most 31536000 seconds (one year)")
  .meta({ description: "Seconds from now until the share expires (its page then answers 410)." });

/** The body of POST /api/shares. */
export const ShareRequestSchema = z
  .strictObject({
    briefing: BriefingSchema,
    expiresIn: ExpiresInSchema.optional(),
    sharer: SharerSchema.optional(),
    deepLink: DeepLinkSchema.optional(),
  })
  .meta({ id: "ShareRequest" });

/**
 * The body of PUT /api/shares/:id: the briefing is replaced; `expiresIn`, `sharer` and `deepLink`
 * keep their stored values when absent and are cleared by `null`, so an edit that only fixes a typo
 * never makes an expiring share permanent.
 */
export const ShareUpdateRequestSchema = z
  .strictObject({
    briefing: BriefingSchema,
    expiresIn: ExpiresInSchema.nullable()
      .optional()
      .meta({ description: "Seconds from now; absent keeps the stored expiry, null makes the share permanent." }),
    sharer: SharerSchema.nullable().optional().meta({ description: "Absent keeps the stored sharer; null removes it." }),
    deepLink: DeepLinkSchema.nullable().optional().meta({ description: "Absent keeps the stored deep link; null removes it." }),
  })
  .meta({
    id: "ShareUpdateRequest",
    description:
      "The briefing is replaced. expiresIn, sharer and deepLink keep their stored values unless the body gives them; null clears them.",
  });

export type Citation = z.infer<typeof CitationSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;
export type Sharer = z.infer<typeof SharerSchema>;
export type ShareRequest = z.infer<typeof ShareRequestSchema>;
export type ShareUpdateRequest = z.infer<typeof ShareUpdateRequestSchema>;
