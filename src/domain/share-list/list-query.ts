/** `GET /api/shares`'s query: limits, filters and the search words, validated with one schema. */
import { z } from "zod";

export const SHARE_STATUSES = ["live", "revoked", "expired"] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

export const LIST_LIMIT = { min: 1, max: 200, default: 50 } as const;

/** Query parameters arrive as strings; unknown ones are refused like unknown body fields. */
export const ShareListQuerySchema = z
  .strictObject({
    limit: z
      .string()
      .regex(/^\d{1,4}$/, `must be a whole number from ${LIST_LIMIT.min} to ${LIST_LIMIT.max}`)
      .transform(Number)
      .pipe(z.int().min(LIST_LIMIT.min, `must be at least ${LIST_LIMIT.min}`).max(LIST_LIMIT.max, `must be at most ${LIST_LIMIT.max}`))
      .optional()
      .meta({ description: `Shares per page, ${LIST_LIMIT.min}–${LIST_LIMIT.max} (default ${LIST_LIMIT.default}).` }),
    cursor: z.string().min(1).max(200, "must be at most 200 characters").optional().meta({ description: "`nextCursor` of the previous page." }),
    status: z.enum(SHARE_STATUSES, `must be one of ${SHARE_STATUSES.join(", ")}`).optional(),
    sharerRef: z.string().min(1, "must not be empty").max(64, "must be at most 64 characters").optional(),
    q: z
      .string()
      .max(200, "must be at most 200 characters")
      .refine((value) => searchWords(value).length > 0, "must contain at least one word")
      .refine((value) => searchWords(value).length <= 8, "must contain at most 8 words")
      .optional()
      .meta({ description: "Words of the title, case-insensitive; every word must appear." }),
  });

export type ShareListQuery = z.output<typeof ShareListQuerySchema>;

/**
 * The normalised form titles are searched in: compatibility forms folded (full-width letters,
 * ligatures) and lower-cased, so "ＧＰＴ" finds "gpt".
 *
 * @example
 * searchText("Ａi Model PULLED"); // "ai model pulled"
 */
export function searchText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The words of a search, normalised like titles.
 *
 * @example
 * searchWords("  AI   model "); // ["ai", "model"]
 */
export function searchWords(q: string): string[] {
  return searchText(q).split(/\s+/u).filter((word) => word.length > 0);
}

/**
 * The filters that a cursor is bound to, as one canonical string: a cursor only continues the
 * list it came from.
 *
 * @example
 * listFilterKey({ status: "live", q: "AI" }); // "status=live&sharerRef=&q=ai"
 */
export function listFilterKey(query: Pick<ShareListQuery, "status" | "sharerRef" | "q">): string {
  const params = new URLSearchParams({
    status: query.status ?? "",
    sharerRef: query.sharerRef ?? "",
    q: query.q === undefined ? "" : searchWords(query.q).join(" "),
  });
  return params.toString();
}

/**
 * A share's status as the list reports it: a live row whose expiry has passed is expired even
 * before its Durable Object's alarm has rewritten the row.
 *
 * @example
 * effectiveStatus("live", "2026-01-01T00:00:00.000Z", new Date("2026-06-01")); // "expired"
 */
export function effectiveStatus(stored: ShareStatus, expiresAt: string | null, now: Date): ShareStatus {
  if (stored === "live" && expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) return "expired";
  return stored;
}
