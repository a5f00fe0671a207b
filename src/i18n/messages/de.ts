/** German (de): du, as news and consumer apps address readers. */
import type { Messages } from "../catalog";

export const de = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Zum Briefing springen",
  "page.imageAlt": "{title} – ein Briefing, geteilt über {app}",
  "page.readingTimeLabel": "Lesezeit",
  "page.readingTime": { one: "{count} Min. Lesezeit", other: "{count} Min. Lesezeit" },
  "page.sharedBy": "Geteilt von {name}",
  "page.inBrief": "Kurz gesagt",
  "page.summarySources": "Quellen der Zusammenfassung",
  "page.sources": "Quellen",
  "page.opensInNewTab": "(öffnet in einem neuen Tab)",

  "header.getApp": "App laden",

  "cta.title": "Hol dir dein eigenes tägliches Briefing",
  "cta.free": "Kostenlos für iPhone und Android",
  "cta.getApp": "{app} laden",
  "cta.pitch": "{app} liest die Nachrichten für dich und schickt dir jeden Morgen ein kurzes Briefing mit Quellen.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Du hast {app} schon? In der App öffnen",
  "cta.clipboardHandoff": "Nach der Installation öffnet {app} dieses Briefing.",

  "badge.appStore.above": "Laden im",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "JETZT BEI",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Geteilt über {app} – {tagline}",
  "footer.brand": "{app} – {tagline}",

  "error.code": "Fehler {status}",
  "error.404.title": "Dieses Briefing gibt es nicht",
  "error.404.body": "Der Link ist vielleicht falsch geschrieben oder unvollständig. Bitte die Person, die ihn geteilt hat, ihn noch einmal zu schicken.",
  "error.410.title": "Dieses Briefing wird nicht mehr geteilt",
  "error.410.body": "Die Person, die es geteilt hat, hat es entfernt, oder der Link ist abgelaufen. Die Nachrichten gehen weiter – und du auch.",
  "error.503.title": "Dieses Briefing konnte nicht geladen werden",
  "error.503.body": "Bei uns ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.",
  "error.tryAgain": "Erneut versuchen",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} schickt dir jeden Morgen ein kurzes Nachrichten-Briefing mit Quellen. {tagline}",
  "home.heroText": "{pitch} Hol dir dein eigenes tägliches Briefing, kostenlos für iPhone und Android.",
  "home.feature1.title": "Fünf Minuten, jeden Morgen",
  "home.feature1.text": "Die wichtigsten Nachrichten in einem kurzen Briefing, gemacht für die erste Tasse Kaffee.",
  "home.feature2.title": "Jede Aussage mit Quelle",
  "home.feature2.text": "Jeder Absatz verlinkt die Berichte, auf denen er beruht, damit du weiterlesen kannst.",
  "home.feature3.title": "Zum Teilen gemacht",
  "home.feature3.text": "Schick ein Briefing, an wen du willst: Es öffnet sich als übersichtliche Seite, ohne App und ohne Konto.",

  "getApp.title": "Hol dir {app} aufs Smartphone",
  "getApp.scan": "Richte die Kamera deines Smartphones auf den Code: Er öffnet {app} im App Store oder bei Google Play.",
  "getApp.free": "{app} ist kostenlos für iPhone und Android.",
  "getApp.qrLabel": "QR-Code: Mit dem Smartphone scannen, um {app} zu laden",

  "handoff.appStore.title": "{app} im App Store laden",
  "handoff.appStore.text": "Der Browser dieser App kann den App Store nicht selbst öffnen. Tippe auf die Schaltfläche, um fortzufahren.",
  "handoff.appStore.open": "App Store öffnen",
  "handoff.appStore.web": "Oder den App Store im Browser öffnen",
  "handoff.googlePlay.title": "{app} bei Google Play laden",
  "handoff.googlePlay.text": "Der Browser dieser App kann Google Play nicht selbst öffnen. Tippe auf die Schaltfläche, um fortzufahren.",
  "handoff.googlePlay.open": "Google Play öffnen",
  "handoff.googlePlay.web": "Oder Google Play im Browser öffnen",

  "card.sharedFrom": "Geteilt über {app}",
  "card.sources": { one: "Quelle", other: "Quellen" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Hol dir dein tägliches Briefing",
  "card.sharedBriefing": "Ein Briefing, geteilt über {app}",
} satisfies Messages;
