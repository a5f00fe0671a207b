/** The API's response bodies, as schemas: they type the handlers and generate the OpenAPI document. */
import { z } from "zod";
import { BriefingSchema, SharerSchema } from "./briefing-schema";
import { DeepLinkSchema } from "./deep-link";
import type { Share } from "./share";
import { shareUrls } from "./share-urls";

export const ShareSummarySchema = z
  .strictObject({
    id: z.string().meta({ description: "10–16 URL-safe characters, unguessable." }),
    url: z.string().meta({ format: "uri", description: "PUBLIC_ORIGIN + /b/:id: the link to share." }),
    imageUrl: z.string().meta({ format: "uri", description: "The versioned Open Graph card." }),
    version: z.string().meta({ description: "Derived from the content: equal content, equal version." }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ShareSummary" });

export const ShareDetailSchema = ShareSummarySchema.extend({
  briefing: BriefingSchema,
  sharer: SharerSchema.nullable(),
  deepLink: DeepLinkSchema.nullable(),
  updatedAt: z.iso.datetime(),
}).meta({ id: "ShareDetail" });

export const FieldErrorSchema = z.strictObject({ path: z.string(), message: z.string() }).meta({ id: "FieldError" });

export const ProblemSchema = z
  .strictObject({
    type: z.string().meta({ format: "uri" }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export type ShareSummary = z.infer<typeof ShareSummarySchema>;
export type ShareDetail = z.infer<typeof ShareDetailSchema>;

export function toShareSummary(share: Share, origin: string): ShareSummary {
  return {
    id: share.id,
    url: shareUrls.page(origin, share.id),
    imageUrl: shareUrls.ogImage(origin, share.id, share.version),
    version: share.version,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
  };
}

export function toShareDetail(share: Share, origin: string): ShareDetail {
  return {
    ...toShareSummary(share, origin),
    briefing: share.briefing,
    sharer: share.sharer,
    deepLink: share.deepLink,
    updatedAt: share.updatedAt,
  };
}
