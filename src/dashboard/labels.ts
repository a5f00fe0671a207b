/** Display names for the counter keys the API uses (channels, platforms, placements, sources). */

const LABELS: Readonly<Record<string, string>> = {
  imessage: "iMessage",
  whatsapp: "WhatsApp",
  x: "X",
  facebook: "Facebook",
  linkedin: "LinkedIn",
  slack: "Slack",
  discord: "Discord",
  telegram: "Telegram",
  teams: "Teams",
  instagram: "Instagram",
  tiktok: "TikTok",
  snapchat: "Snapchat",
  gmail: "Gmail",
  reddit: "Reddit",
  google: "Google",
  messenger: "Messenger",
  line: "LINE",
  wechat: "WeChat",
  web: "Other websites",
  direct: "Direct",
  other: "Other",
  ios: "iOS",
  android: "Android",
  desktop: "Desktop",
  banner: "Header button",
  hero: "Hero",
  inline: "Inline",
  footer: "Footer card",
  qr: "QR code",
  "get-page": "Get-the-app page",
  error: "Error page",
  home: "Home page",
  referrer: "Play referrer",
  clipboard: "Clipboard",
  "universal-link": "Universal link",
  "smart-banner": "Smart App Banner",
};

/**
 * The name to show for a key; an unknown key is shown as it is, capitalised.
 *
 * @example
 * labelFor("whatsapp"); // "WhatsApp"
 * labelFor("mastodon"); // "Mastodon"
 */
export function labelFor(key: string): string {
  return LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}
