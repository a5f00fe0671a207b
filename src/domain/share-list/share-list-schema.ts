/** The response of `GET /api/shares`: one page of the share index, newest first. */
import { z } from "zod";
import { SharerSchema } from "../briefing-schema";
import { SHARE_STATUSES } from "./list-query";

const count = z.int().nonnegative();

export const ShareListItemSchema = z
  .strictObject({
    id: z.string(),
    url: z.string().meta({ format: "uri" }),
    title: z.string().nullable().meta({ description: "null once the sharer's data was erased." }),
    lang: z.string(),
    topic: z.string().nullable(),
    status: z.enum(SHARE_STATUSES),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    sharer: SharerSchema.nullable(),
    views: z.strictObject({ human: count }),
    ctaClicks: z.strictObject({ ios: count, android: count, desktop: count }),
  })
  .meta({ id: "ShareListItem" });

export const ShareListSchema = z
  .strictObject({
    shares: z.array(ShareListItemSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "ShareList" });

export type ShareListItem = z.infer<typeof ShareListItemSchema>;
export type ShareList = z.infer<typeof ShareListSchema>;
