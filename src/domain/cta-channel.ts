/** The channel a call-to-action tap came through, from a small fixed set (App Store Connect drops rare campaigns). */
import type { InAppBrowser } from "./in-app-browsers";
import { CTA_PLACEMENTS, type CtaPlacement } from "./share-urls";

/** Placements as recorded: the allow-listed words, and "other" for a missing or unknown `via`. */
export type RecordedPlacement = CtaPlacement | "other";
export const RECORDED_PLACEMENTS = [...CTA_PLACEMENTS, "other"] as const satisfies readonly RecordedPlacement[];

/** Where a tap came from, when the page was opened from somewhere the referrer names. */
const REFERRER_CHANNELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(t\.co|x\.com|twitter\.com|mobile\.twitter\.com)$/, "x"],
  [/^(l|lm|m|www|web)\.facebook\.com$|^fb\.me$/, "facebook"],
  [/^(l\.)?instagram\.com$|^www\.instagram\.com$/, "instagram"],
  [/^(www\.)?linkedin\.com$|^lnkd\.in$/, "linkedin"],
  [/^(web\.)?whatsapp\.com$|^wa\.me$/, "whatsapp"],
  [/^(web\.)?telegram\.org$|^t\.me$/, "telegram"],
  [/^([a-z0-9-]+\.)?slack\.com$/, "slack"],
  [/^(www\.)?discord(app)?\.com$/, "discord"],
  [/^teams\.(microsoft|live)\.com$/, "teams"],
  [/^mail\.google\.com$/, "gmail"],
  [/^(www\.)?reddit\.com$|^out\.reddit\.com$/, "reddit"],
  [/^(www\.)?google\.[a-z.]+$/, "google"],
];

/** android-app:// referrers name the app the link was tapped in (Android sends them for Custom Tabs). */
const ANDROID_APP_CHANNELS: Readonly<Record<string, string>> = {
  "com.google.android.gm": "gmail",
  "com.whatsapp": "whatsapp",
  "org.telegram.messenger": "telegram",
  "com.Slack": "slack",
  "com.discord": "discord",
  "com.microsoft.teams": "teams",
  "com.twitter.android": "x",
  "com.linkedin.android": "linkedin",
  "com.reddit.frontpage": "reddit",
  "com.google.android.googlequicksearchbox": "google",
};

/**
 * The placement as recorded: an allow-listed `via` word, or "other".
 *
 * @example
 * recordedPlacement("banner"); // "banner"
 * recordedPlacement("<script>"); // "other"
 */
export function recordedPlacement(via: string | null | undefined): RecordedPlacement {
  return (CTA_PLACEMENTS as readonly string[]).includes(via ?? "") ? (via as CtaPlacement) : "other";
}

export interface ChannelInput {
  inAppBrowser: InAppBrowser | null;
  referer: string | null | undefined;
  /** Our own origin: a referrer from our own page says nothing about the channel. */
  publicOrigin: string | null;
  placement: RecordedPlacement;
}

/**
 * The channel, most specific first: the in-app browser the reader is in, then an external
 * referrer, then the placement they tapped ("banner", "qr"…). Always a short [a-z-] word.
 *
 * @example
 * ctaChannel({ inAppBrowser: null, referer: "https://t.co/abc", publicOrigin, placement: "banner" }); // "x"
 */
export function ctaChannel({ inAppBrowser, referer, publicOrigin, placement }: ChannelInput): string {
  if (inAppBrowser && inAppBrowser.family !== "android-webview") return inAppBrowser.family;
  const fromReferrer = referrerChannel(referer, publicOrigin);
  if (fromReferrer) return fromReferrer;
  return placement === "other" ? "direct" : placement;
}

function referrerChannel(referer: string | null | undefined, publicOrigin: string | null): string | null {
  if (!referer) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if (url.protocol === "android-app:") return ANDROID_APP_CHANNELS[url.hostname] ?? null;
  if (publicOrigin !== null && url.origin === publicOrigin) return null;
  const host = url.hostname.toLowerCase();
  return REFERRER_CHANNELS.find(([pattern]) => pattern.test(host))?.[1] ?? "web";
}
