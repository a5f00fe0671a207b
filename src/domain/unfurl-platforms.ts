/**
 * How each messenger and network draws a link preview: which tags it reads and where it cuts.
 * Display limits are observed, not published (they move with app versions and screen widths), so the
 * preview inspector words them as "about"; the image limits are the documented ones.
 */

export type UnfurlPlatformId = "imessage" | "whatsapp" | "x" | "facebook" | "linkedin" | "slack" | "discord";

export interface UnfurlPlatform {
  id: UnfurlPlatformId;
  name: string;
  /** Tags read for the title, first present wins. */
  titleFrom: readonly string[];
  /** Tags read for the description; empty when the platform shows none. */
  descriptionFrom: readonly string[];
  imageFrom: readonly string[];
  /** About how many characters of title show before the ellipsis. */
  titleChars: number;
  /** About how many characters of description show; null when none is shown. */
  descriptionChars: number | null;
  /** Above this the image is dropped; null when no limit is documented. */
  maxImageBytes: number | null;
  /** Below this the platform falls back to a small thumbnail (or nothing). */
  minImage: { width: number; height: number };
  /** The platform draws the large image only when twitter:card says summary_large_image. */
  needsLargeCardTag: boolean;
}

const MB = 1024 * 1024;
const OG_TITLE = ["og:title", "title"] as const;
const OG_DESCRIPTION = ["og:description", "description"] as const;
const OG_IMAGE = ["og:image"] as const;

export const UNFURL_PLATFORMS: readonly UnfurlPlatform[] = [
  {
    id: "imessage",
    name: "iMessage",
    titleFrom: OG_TITLE,
    descriptionFrom: [],
    imageFrom: OG_IMAGE,
    titleChars: 60,
    descriptionChars: null,
    maxImageBytes: 10 * MB,
    minImage: { width: 600, height: 315 },
    needsLargeCardTag: false,
  },
  {
    id: "whatsapp",
    name: "WhatsApp",
    titleFrom: OG_TITLE,
    descriptionFrom: OG_DESCRIPTION,
    imageFrom: OG_IMAGE,
    titleChars: 65,
    descriptionChars: 90,
    // WhatsApp silently drops images over 300 KB: the preview then shows text only.
    maxImageBytes: 300 * 1024,
    minImage: { width: 300, height: 157 },
    needsLargeCardTag: false,
  },
  {
    id: "x",
    name: "X",
    titleFrom: ["twitter:title", ...OG_TITLE],
    descriptionFrom: ["twitter:description", ...OG_DESCRIPTION],
    imageFrom: ["twitter:image", ...OG_IMAGE],
    titleChars: 70,
    descriptionChars: 200,
    maxImageBytes: 5 * MB,
    minImage: { width: 300, height: 157 },
    needsLargeCardTag: true,
  },
  {
    id: "facebook",
    name: "Facebook",
    titleFrom: OG_TITLE,
    descriptionFrom: OG_DESCRIPTION,
    imageFrom: OG_IMAGE,
    titleChars: 88,
    descriptionChars: 155,
    maxImageBytes: 8 * MB,
    minImage: { width: 600, height: 315 },
    needsLargeCardTag: false,
  },
  {
    id: "linkedin",
    name: "LinkedIn",
    titleFrom: OG_TITLE,
    descriptionFrom: [],
    imageFrom: OG_IMAGE,
    titleChars: 70,
    descriptionChars: null,
    maxImageBytes: 5 * MB,
    minImage: { width: 1200, height: 627 },
    needsLargeCardTag: false,
  },
  {
    id: "slack",
    name: "Slack",
    titleFrom: OG_TITLE,
    descriptionFrom: OG_DESCRIPTION,
    imageFrom: OG_IMAGE,
    titleChars: 150,
    descriptionChars: 300,
    maxImageBytes: null,
    minImage: { width: 300, height: 157 },
    needsLargeCardTag: false,
  },
  {
    id: "discord",
    name: "Discord",
    titleFrom: OG_TITLE,
    descriptionFrom: OG_DESCRIPTION,
    imageFrom: OG_IMAGE,
    titleChars: 256,
    descriptionChars: 350,
    maxImageBytes: 8 * MB,
    minImage: { width: 300, height: 157 },
    needsLargeCardTag: true,
  },
];
