/** A stored share and the states a share id can be in; re-validated whenever storage hands one back. */
import { z } from "zod";
import { BriefingSchema, SharerSchema } from "./briefing-schema";
import { DeepLinkSchema } from "./deep-link";

export const ShareSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/),
    briefing: BriefingSchema,
    sharer: SharerSchema.nullable(),
    version: z.string().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    // Records stored before deep links existed have none: they parse as null.
    deepLink: DeepLinkSchema.nullable().default(null),
  });

export type Share = z.infer<typeof ShareSchema>;

/** What storage keeps under a share id: the share, or a tombstone once it is revoked or expired. */
export const ShareRecordSchema = z.discriminatedUnion("state", [
  z.strictObject({ state: z.literal("live"), share: ShareSchema }),
  z.strictObject({ state: z.enum(["revoked", "expired"]), id: z.string(), at: z.iso.datetime() }),
]);

export type ShareRecord = z.infer<typeof ShareRecordSchema>;

/** The answer to "what is at this id": expected absence is a value, not an exception. */
export type ShareLookup =
  | { status: "live"; share: Share }
  | { status: "gone"; reason: "revoked" | "expired" }
  | { status: "missing" };

/** A live record whose expiry has passed is expired, whatever the store still holds. */
export function lookupFromRecord(record: ShareRecord | null, now: Date): ShareLookup {
  if (!record) return { status: "missing" };
  if (record.state !== "live") return { status: "gone", reason: record.state };
  const { expiresAt } = record.share;
  if (expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) return { status: "gone", reason: "expired" };
  return { status: "live", share: record.share };
}
