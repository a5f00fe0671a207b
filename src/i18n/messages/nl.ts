/** Dutch (nl): je. */
import type { Messages } from "../catalog";

export const nl = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Naar de briefing",
  "page.imageAlt": "{title} — een briefing gedeeld via {app}",
  "page.readingTimeLabel": "Leestijd",
  "page.readingTime": { one: "{count} min leestijd", other: "{count} min leestijd" },
  "page.sharedBy": "Gedeeld door {name}",
  "page.inBrief": "In het kort",
  "page.summarySources": "Bronnen van de samenvatting",
  "page.sources": "Bronnen",
  "page.opensInNewTab": "(opent in een nieuw tabblad)",

  "header.getApp": "Download de app",

  "cta.title": "Krijg je eigen dagelijkse briefing",
  "cta.free": "Gratis voor iPhone en Android",
  "cta.getApp": "Download {app}",
  "cta.pitch": "{app} leest het nieuws voor je en stuurt je elke ochtend een korte briefing met bronnen.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Heb je {app} al? Open in de app",
  "cta.clipboardHandoff": "Zodra je {app} hebt geïnstalleerd, opent de app deze briefing.",

  "badge.appStore.above": "Download in de",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "ONTDEK HET OP",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Gedeeld via {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Fout {status}",
  "error.404.title": "Deze briefing bestaat niet",
  "error.404.body": "De link is misschien verkeerd getypt of afgebroken. Vraag degene die hem deelde om hem opnieuw te sturen.",
  "error.410.title": "Deze briefing wordt niet meer gedeeld",
  "error.410.body": "Degene die hem deelde heeft hem verwijderd, of de link is verlopen. Het nieuws gaat door, en jij ook.",
  "error.503.title": "We konden deze briefing niet laden",
  "error.503.body": "Er ging aan onze kant iets mis. Probeer het zo opnieuw.",
  "error.tryAgain": "Opnieuw proberen",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} stuurt je elke ochtend een korte nieuwsbriefing met bronnen. {tagline}",
  "home.heroText": "{pitch} Krijg je eigen dagelijkse briefing, gratis voor iPhone en Android.",
  "home.feature1.title": "Vijf minuten, elke ochtend",
  "home.feature1.text": "Het nieuws dat ertoe doet, in een korte briefing om bij de koffie te lezen.",
  "home.feature2.title": "Elke bewering met bron",
  "home.feature2.text": "Elke alinea linkt naar de berichtgeving erachter, zodat je verder kunt lezen.",
  "home.feature3.title": "Gemaakt om te delen",
  "home.feature3.text": "Stuur een briefing naar wie je wilt: hij opent als een overzichtelijke pagina, zonder app of account.",

  "getApp.title": "Zet {app} op je telefoon",
  "getApp.scan": "Richt de camera van je telefoon op de code: die opent {app} in de App Store of op Google Play.",
  "getApp.free": "{app} is gratis voor iPhone en Android.",
  "getApp.qrLabel": "QR-code: scan met je telefoon om {app} te downloaden",

  "handoff.appStore.title": "Download {app} in de App Store",
  "handoff.appStore.text": "De browser van deze app kan de App Store niet zelf openen. Tik op de knop om verder te gaan.",
  "handoff.appStore.open": "Naar de App Store",
  "handoff.appStore.web": "Of open de App Store in de browser",
  "handoff.googlePlay.title": "Download {app} op Google Play",
  "handoff.googlePlay.text": "De browser van deze app kan Google Play niet zelf openen. Tik op de knop om verder te gaan.",
  "handoff.googlePlay.open": "Naar Google Play",
  "handoff.googlePlay.web": "Of open Google Play in de browser",

  "card.sharedFrom": "Gedeeld via {app}",
  "card.sources": { one: "Bron", other: "Bronnen" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Krijg je eigen dagelijkse briefing",
  "card.sharedBriefing": "Een briefing gedeeld via {app}",
} satisfies Messages;
