/** The app's report of its first open of a share after an install (`POST /b/:id/opens`), and what app.json answers. */
import { z } from "zod";
import { BriefingSchema } from "./briefing-schema";
import type { Share } from "./share";
import { shareUrls } from "./share-urls";

/** The platforms an app can report from; the web (`desktop`) has no app. */
export const APP_OPEN_PLATFORMS = ["ios", "android"] as const;
export type AppOpenPlatform = (typeof APP_OPEN_PLATFORMS)[number];

/**
 * How the app found the share: the Play install referrer, the iOS clipboard hand-off, a universal
 * or app link into an installed app, or Apple's Smart App Banner (its `app-argument`).
 */
export const APP_OPEN_SOURCES = ["referrer", "clipboard", "universal-link", "smart-banner"] as const;
export type AppOpenSource = (typeof APP_OPEN_SOURCES)[number];

/** The body of `POST /b/:id/opens`: strict, so a typo is a 400, not a silently dropped field. */
export const AppOpenReportSchema = z
  .strictObject({
    installId: z.uuid().meta({
      description: "A random UUID the app generates once per install and keeps; hashed with the share id before storage.",
    }),
    platform: z.enum(APP_OPEN_PLATFORMS),
    source: z.enum(APP_OPEN_SOURCES),
  })
  .meta({ id: "AppOpenReport", description: "Counted once per (share, installId), however often it is sent." });

export type AppOpenReport = z.infer<typeof AppOpenReportSchema>;

/** What `GET /b/:id/app.json` answers for a live share: what the app needs to open it, nothing private. */
export const AppShareSchema = z
  .strictObject({
    id: z.string(),
    url: z.string().meta({ format: "uri", description: "The share page (`PUBLIC_ORIGIN/b/:id`): the universal link." }),
    deepLink: z
      .string()
      .nullable()
      .meta({ description: "What the app should open for this share, as given by the app's backend; null when none was given." }),
    lang: z.string().meta({ description: "The briefing's language (BCP 47), `en` when it gave none." }),
    title: z.string(),
    briefing: BriefingSchema,
  })
  .meta({ id: "AppShare", description: "A live share as the app opens it. Public: no sharer, no stats." });

export type AppShare = z.infer<typeof AppShareSchema>;

/**
 * The public view of a live share for the app: no sharer (name or ref), no dates, no version.
 *
 * @example
 * toAppShare(share, "https://share.example.app"); // { id, url: "https://share.example.app/b/q3V9-xk2LrT_", deepLink: "/briefings/8f2c", lang: "en", title, briefing }
 */
export function toAppShare(share: Share, origin: string): AppShare {
  return {
    id: share.id,
    url: shareUrls.page(origin, share.id),
    deepLink: share.deepLink,
    lang: share.briefing.lang ?? "en",
    title: share.briefing.title,
    briefing: share.briefing,
  };
}
