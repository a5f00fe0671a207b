/** Data only: the link-preview fetchers of the platforms the stats report, matched in this order (see classify-request.ts). */

/** The platforms `unfurls` counts; anything else that previews links is "other". */
export const UNFURL_PLATFORMS = [
  "imessage",
  "whatsapp",
  "x",
  "facebook",
  "linkedin",
  "slack",
  "discord",
  "telegram",
  "teams",
  "other",
] as const;

export type UnfurlPlatform = (typeof UNFURL_PLATFORMS)[number];

export interface LinkPreviewBot {
  platform: UnfurlPlatform;
  /** Matched against the whole User-Agent. */
  pattern: RegExp;
  /** Why the pattern looks the way it does, where that is not obvious. */
  note?: string;
}

/**
 * Order matters: the first match wins. iMessage must come before Facebook and X because Apple's
 * fetcher borrows both of their names, and Telegram before X for the same reason.
 */
export const LINK_PREVIEW_BOTS: readonly LinkPreviewBot[] = [
  {
    platform: "imessage",
    pattern: /^facebookexternalhit\/1\.1 Facebot Twitterbot\/1\.0$/,
    note: "Messages on iOS/macOS fetches previews under this exact compound name.",
  },
  { platform: "whatsapp", pattern: /\bWhatsApp\//i },
  {
    platform: "telegram",
    pattern: /\bTelegramBot\b/i,
    note: 'Telegram says "TelegramBot (like TwitterBot)": it must be matched before X.',
  },
  { platform: "x", pattern: /\bTwitterbot\b/i },
  { platform: "facebook", pattern: /\bfacebookexternalhit\b|\bFacebot\b|\bfacebookcatalog\b/i },
  { platform: "linkedin", pattern: /\bLinkedInBot\b/i },
  { platform: "slack", pattern: /\bSlackbot\b|\bSlack-ImgProxy\b/i },
  { platform: "discord", pattern: /\bDiscordbot\b/i },
  {
    platform: "teams",
    pattern: /\bSkypeUriPreview\b|\bMicrosoftPreview\b|\bTeamsBot\b/i,
    note: "Teams (and Skype) unfurl with the SkypeUriPreview / MicrosoftPreview fetchers.",
  },
  {
    platform: "other",
    pattern:
      /\bPinterestbot\b|\bredditbot\b|\bEmbedly\b|\biframely\b|\bViber\b|\bSnap URL Preview\b|\bMastodon\/|\bCardyb\b|\bkakaotalk-scrap\b|\bGoogle-PageRenderer\b|\bvkShare\b|\bDiscourse Forum Onebox\b/i,
    note: "Other well-known unfurlers (Pinterest, Reddit, Embedly, Viber, Snapchat, Mastodon, Bluesky, KakaoTalk, Google Chat, VK).",
  },
];

