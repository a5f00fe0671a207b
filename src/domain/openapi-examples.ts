/**
 * The OpenAPI document's examples. Responses are built by the same functions the handlers use
 * (toShareSummary, buildShareStats, …), so an example cannot drift from the schema it illustrates;
 * a test parses every one with its zod schema, and `npm run lint:openapi` validates them with ajv.
 */
import type { z } from "zod";
import { type ProblemSchema, type ShareDetail, type ShareSummary, toShareDetail, toShareSummary } from "./api-schemas";
import type { Briefing, ShareRequest, ShareUpdateRequest } from "./briefing-schema";
import type { Share } from "./share";
import type { ShareList } from "./share-list/share-list-schema";
import { type ShareStats, buildShareStats, counterName } from "./share-stats";
import { shareUrls } from "./share-urls";

type ProblemDocument = z.infer<typeof ProblemSchema>;

const ID = "q3V9xk2LrT_a";
const CREATED_AT = "2026-04-07T08:05:00.000Z";

const briefing: Briefing = {
  title: "AI model pulled",
  summary: "A leading AI lab withdrew its newest model a day after release, citing safety findings.",
  summaryCitations: [{ label: "thenextweb.com", url: "https://thenextweb.com/news/ai-model-pulled" }],
  sections: [
    {
      heading: "Why it matters",
      paragraphs: [
        {
          text: "It is the first time a frontier model has been withdrawn after a public launch.",
          citations: [{ label: "anthropic.com", url: "https://www.anthropic.com/news" }],
        },
      ],
    },
  ],
  topic: "AI",
  publishedAt: "2026-04-07T08:00:00Z",
  lang: "en",
};

const share: Share = {
  id: ID,
  briefing,
  sharer: { name: "Ada", ref: "user-42" },
  version: "mJ3k0xQ2a9Zb",
  createdAt: CREATED_AT,
  updatedAt: CREATED_AT,
  expiresAt: "2026-04-14T08:05:00.000Z",
  deepLink: "/briefings/8f2c",
};

/** Every example, by what it illustrates; the origin is the document's server. */
export function openApiExamples(origin: string) {
  const createRequest: ShareRequest = { briefing, expiresIn: 604_800, sharer: { name: "Ada", ref: "user-42" }, deepLink: "/briefings/8f2c" };
  const updateRequest: ShareUpdateRequest = { briefing: { ...briefing, title: "AI model pulled, then restored" } };
  const summary: ShareSummary = toShareSummary(share, origin);
  const detail: ShareDetail = toShareDetail(share, origin);
  const stats: ShareStats = buildShareStats(
    ID,
    {
      counters: {
        [counterName.viewsHuman]: 412,
        [counterName.viewsTotal]: 530,
        [counterName.unfurl("whatsapp")]: 61,
        [counterName.unfurl("imessage")]: 38,
        [counterName.click("ios")]: 57,
        [counterName.click("android")]: 21,
        [counterName.placement("banner")]: 49,
        [counterName.placement("footer")]: 29,
        [counterName.uniqueVisitors]: 377,
      },
      daily: [{ date: "2026-04-07", views: 412, clicks: 78 }],
    },
    Date.parse("2026-04-07T12:00:00Z"),
  );
  const list: ShareList = {
    shares: [
      {
        id: ID,
        url: shareUrls.page(origin, ID),
        title: briefing.title,
        lang: "en",
        topic: "AI",
        status: "live",
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
        expiresAt: share.expiresAt,
        sharer: share.sharer,
        views: { human: stats.views.human },
        ctaClicks: stats.ctaClicks,
      },
    ],
    nextCursor: "WyIyMDI2LTA0LTA3VDA4OjA1OjAwLjAwMFoiLCJxM1Y5eGsyTHJUX2EiXQ.h3kVb8Zq1mXo0PaL",
  };
  const problem = (code: string, title: string, status: number, detail: string, extra: Partial<ProblemDocument> = {}): ProblemDocument => ({
    type: `urn:briefing-share:problem:${code}`,
    title,
    status,
    detail,
    ...extra,
  });
  return {
    createRequest,
    updateRequest,
    summary,
    detail,
    stats,
    list,
    erasure: { revoked: 2 },
    shareId: ID,
    problems: {
      validation: problem("validation-failed", "Validation failed", 400, "The request body has 1 invalid field(s).", {
        errors: [{ path: "briefing.title", message: "must be at most 200 characters" }],
      }),
      unauthorized: problem("unauthorized", "Unauthorized", 401, "Send a valid API token as `Authorization: Bearer <token>`."),
      notFound: problem("not-found", "Not found", 404, `No live share with id ${ID}.`),
      conflict: problem("idempotency-conflict", "Idempotency-Key reused with a different body", 409, "This Idempotency-Key was already used with a different body."),
      tooLarge: problem("payload-too-large", "Payload too large", 413, "The request body is larger than 65536 bytes."),
      mediaType: problem("unsupported-media-type", "Unsupported media type", 415, "Send the body as UTF-8; charset=latin1 is not supported."),
      rateLimited: problem("rate-limited", "Too many requests", 429, "This token sent too many requests; retry later."),
      configuration: problem("configuration-error", "Configuration error", 500, "Configuration variable PUBLIC_ORIGIN is missing."),
      unavailable: problem("storage-unavailable", "Storage unavailable", 503, "Storage is unavailable; retry shortly."),
    },
  };
}
