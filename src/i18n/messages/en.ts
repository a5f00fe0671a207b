/** English: the reference catalog. Every other catalog has exactly these keys (tsc and tests/unit/i18n-catalogs.test.ts check). */

/**
 * `{name}` is a placeholder; an object is a plural message, one text per Intl.PluralRules category.
 * An empty string is allowed only where a badge line may be empty (`badge.*.above` / `below`).
 */
export const en = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Skip to the briefing",
  "page.imageAlt": "{title} — a briefing shared from {app}",
  "page.readingTimeLabel": "Reading time",
  "page.readingTime": { one: "{count} min read", other: "{count} min read" },
  "page.sharedBy": "Shared by {name}",
  "page.inBrief": "In brief",
  "page.summarySources": "Sources for the summary",
  "page.sources": "Sources",
  "page.opensInNewTab": "(opens in a new tab)",

  "header.getApp": "Get the app",

  "cta.title": "Get your own daily briefing",
  "cta.free": "Free on iPhone and Android",
  "cta.getApp": "Get {app}",
  "cta.pitch": "{app} reads the news for you and sends a short, sourced briefing every morning.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Already have {app}? Open in app",
  "cta.clipboardHandoff": "After you install {app}, it will open this briefing.",

  "badge.appStore.above": "Download on the",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "GET IT ON",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Shared from {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Error {status}",
  "error.404.title": "This briefing doesn't exist",
  "error.404.body": "The link may be mistyped or cut short. Ask the person who shared it to send it again.",
  "error.410.title": "This briefing is no longer shared",
  "error.410.body": "The person who shared it removed it, or the link expired. The news moves on, and so can you.",
  "error.503.title": "We couldn't load this briefing",
  "error.503.body": "Something went wrong on our side. Please try again in a moment.",
  "error.tryAgain": "Try again",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} sends you a short, sourced news briefing every morning. {tagline}",
  "home.heroText": "{pitch} Get your own daily briefing, free on iPhone and Android.",
  "home.feature1.title": "Five minutes, every morning",
  "home.feature1.text": "The stories that matter, in a short briefing written to be read over coffee.",
  "home.feature2.title": "Every claim, sourced",
  "home.feature2.text": "Each paragraph links to the reporting behind it, so you can read further.",
  "home.feature3.title": "Made to share",
  "home.feature3.text": "Send a briefing to anyone: it opens as a clean page, no app or account needed.",

  "getApp.title": "Get {app} on your phone",
  "getApp.scan": "Point your phone's camera at the code: it opens {app} in the App Store or on Google Play.",
  "getApp.free": "{app} is free on iPhone and Android.",
  "getApp.qrLabel": "QR code: scan with your phone to get {app}",

  "handoff.appStore.title": "Get {app} on the App Store",
  "handoff.appStore.text": "This app's browser can't open the App Store by itself. Tap the button to continue.",
  "handoff.appStore.open": "Open the App Store",
  "handoff.appStore.web": "Or open the App Store in the browser",
  "handoff.googlePlay.title": "Get {app} on Google Play",
  "handoff.googlePlay.text": "This app's browser can't open Google Play by itself. Tap the button to continue.",
  "handoff.googlePlay.open": "Open Google Play",
  "handoff.googlePlay.web": "Or open Google Play in the browser",

  "card.sharedFrom": "Shared from {app}",
  "card.sources": { one: "Source", other: "Sources" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Get your own daily briefing",
  "card.sharedBriefing": "A briefing shared from {app}",
} as const;
