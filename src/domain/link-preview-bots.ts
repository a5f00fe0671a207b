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
 * fetcher borrows both of their names, KakaoTalk and LINE before Facebook, and Telegram before X,
 * for the same reason.
 */
export const LINK_PREVIEW_BOTS: readonly LinkPreviewBot[] = [
  {
    platform: "imessage",
    pattern: /(?:^| Safari\/[\d.]+ )facebookexternalhit\/1\.1 Facebot Twitterbot\/1\.0$/,
    note:
      "Messages on iOS/macOS fetches previews under this exact compound name, alone or (macOS Messages) " +
      "after a Safari User-Agent: 'Mozilla/5.0 (Macintosh; …) … Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0'.",
  },
  {
    platform: "other",
    pattern: /\bkakaotalk-scrap\b|\bline-poker\b/i,
    note:
      "KakaoTalk ('facebookexternalhit/1.1; kakaotalk-scrap/1.0; …') and LINE ('facebookexternalhit/1.1;line-poker/1.0') " +
      "borrow Facebook's name: matched before Facebook so their previews are not counted as Facebook's.",
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
    platform: "discord",
    pattern: /^Mozilla\/5\.0 \(Macintosh; Intel Mac OS X 10\.10; rv:38\.0\) Gecko\/20100101 Firefox\/38\.0$/,
    note:
      "Discord fetches a link's page with this exact, frozen string (Firefox 38 on OS X 10.10), besides " +
      "'Discordbot/2.0'. A real Firefox 38 sent the same in 2015, but that release left support in 2016 and " +
      "Firefox updates itself, so a reader sending exactly this today is vanishingly rare: misreading one " +
      "costs one uncounted view, while the opposite error counted every Discord preview as a human view. " +
      "Only the whole string matches; any other Firefox 38 (another OS version, a suffix) stays human.",
  },
  {
    platform: "teams",
    pattern: /\bSkypeUriPreview\b|\bMicrosoftPreview\b|\bTeamsBot\b/i,
    note: "Teams (and Skype) unfurl with the SkypeUriPreview / MicrosoftPreview fetchers.",
  },
  {
    platform: "other",
    pattern:
      /\bPinterestbot\b|\bredditbot\b|\bEmbedly\b|\biframely\b|\bViber\b|\bSnap URL Preview\b|\bMastodon\/|\bCardyb\b|\bGoogle-PageRenderer\b|\bvkShare\b|\bDiscourse Forum Onebox\b/i,
    note: "Other well-known unfurlers (Pinterest, Reddit, Embedly, Viber, Snapchat, Mastodon, Bluesky, Google Chat, VK).",
  },
];

/**
 * Fetchers that are not people and not link previews, which isbot 5.2.3 does not know. Microsoft
 * Office (Word, Outlook, Excel, PowerPoint) requests a link itself before handing it to the browser
 * ("ms-office; MSOffice 16", "Microsoft Office Existence Discovery", "… Protocol Discovery"): the
 * reader's own browser request follows and is the one to count, so the Office check must not be a
 * view or a tap.
 */
export const NON_HUMAN_AGENTS: readonly RegExp[] = [/\bms-office\b/i, /^Microsoft Office (?:Existence|Protocol) Discovery\b/i];

