/** Which store a reader's device uses: iOS/iPadOS, Android, or anything else (desktop, TV, unknown). */

export type Platform = "ios" | "android" | "desktop";

/** iPhone, iPad and iPod user agents, including in-app browsers that keep Apple's device token. */
const IOS = /\b(iPhone|iPad|iPod)\b|\bCPU (iPhone )?OS \d+_\d+/;
/** Android phones and tablets; Windows Phone once claimed "Android" too, so it is ruled out first. */
const ANDROID = /\bAndroid\b/i;
const WINDOWS_PHONE = /\bWindows Phone\b/i;

/**
 * Detects the reader's platform from the User-Agent, with the `Sec-CH-UA-Platform` client hint as
 * a tie-breaker (Chromium sends it by default, and its reduced UA still names Android).
 *
 * iPadOS 13+ Safari presents itself as a Mac ("Macintosh; Intel Mac OS X"): the server cannot tell
 * it from a Mac, so it gets the desktop page, whose script sends touch "Macs" to the App Store.
 *
 * @example
 * detectPlatform("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) …"); // "ios"
 * detectPlatform("Mozilla/5.0 (X11; Linux x86_64) …", '"Android"');           // "android"
 */
export function detectPlatform(userAgent: string | null | undefined, platformHint?: string | null): Platform {
  const ua = userAgent ?? "";
  if (IOS.test(ua)) return "ios";
  if (ANDROID.test(ua) && !WINDOWS_PHONE.test(ua)) return "android";
  const hint = platformHint?.replace(/"/g, "").trim().toLowerCase();
  if (hint === "android") return "android";
  if (hint === "ios") return "ios";
  return "desktop";
}
