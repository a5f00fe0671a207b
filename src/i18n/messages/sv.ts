/** Swedish (sv). */
import type { Messages } from "../catalog";

export const sv = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Till nyhetsöversikten",
  "page.imageAlt": "{title} – en nyhetsöversikt delad från {app}",
  "page.readingTimeLabel": "Lästid",
  "page.readingTime": { one: "{count} min läsning", other: "{count} min läsning" },
  "page.sharedBy": "Delad av {name}",
  "page.inBrief": "I korthet",
  "page.summarySources": "Källor för sammanfattningen",
  "page.sources": "Källor",
  "page.opensInNewTab": "(öppnas i en ny flik)",

  "header.getApp": "Hämta appen",

  "cta.title": "Få din egen dagliga nyhetsöversikt",
  "cta.free": "Gratis för iPhone och Android",
  "cta.getApp": "Hämta {app}",
  "cta.pitch": "{app} läser nyheterna åt dig och skickar en kort nyhetsöversikt med källor varje morgon.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Har du redan {app}? Öppna i appen",
  "cta.clipboardHandoff": "När du har installerat {app} öppnas den här nyhetsöversikten.",

  "badge.appStore.above": "Hämta i",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "LADDA NED PÅ",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Delad från {app} – {tagline}",
  "footer.brand": "{app} – {tagline}",

  "error.code": "Fel {status}",
  "error.404.title": "Den här nyhetsöversikten finns inte",
  "error.404.body": "Länken kan vara felskriven eller avklippt. Be personen som delade den att skicka den igen.",
  "error.410.title": "Den här nyhetsöversikten delas inte längre",
  "error.410.body": "Personen som delade den har tagit bort den, eller så har länken gått ut. Nyheterna går vidare, och det kan du också.",
  "error.503.title": "Vi kunde inte läsa in nyhetsöversikten",
  "error.503.body": "Något gick fel hos oss. Försök igen om en stund.",
  "error.tryAgain": "Försök igen",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} skickar dig en kort nyhetsöversikt med källor varje morgon. {tagline}",
  "home.heroText": "{pitch} Få din egen dagliga nyhetsöversikt, gratis för iPhone och Android.",
  "home.feature1.title": "Fem minuter varje morgon",
  "home.feature1.text": "Nyheterna som spelar roll, i en kort översikt att läsa till morgonkaffet.",
  "home.feature2.title": "Varje påstående med källa",
  "home.feature2.text": "Varje stycke länkar till rapporteringen bakom, så att du kan läsa vidare.",
  "home.feature3.title": "Gjord för att delas",
  "home.feature3.text": "Skicka en nyhetsöversikt till vem du vill: den öppnas som en ren sida, utan app eller konto.",

  "getApp.title": "Skaffa {app} i mobilen",
  "getApp.scan": "Rikta mobilens kamera mot koden: den öppnar {app} i App Store eller på Google Play.",
  "getApp.free": "{app} är gratis för iPhone och Android.",
  "getApp.qrLabel": "QR-kod: skanna med mobilen för att hämta {app}",

  "handoff.appStore.title": "Hämta {app} i App Store",
  "handoff.appStore.text": "Den här appens webbläsare kan inte öppna App Store själv. Tryck på knappen för att fortsätta.",
  "handoff.appStore.open": "Öppna App Store",
  "handoff.appStore.web": "Eller öppna App Store i webbläsaren",
  "handoff.googlePlay.title": "Hämta {app} på Google Play",
  "handoff.googlePlay.text": "Den här appens webbläsare kan inte öppna Google Play själv. Tryck på knappen för att fortsätta.",
  "handoff.googlePlay.open": "Öppna Google Play",
  "handoff.googlePlay.web": "Eller öppna Google Play i webbläsaren",

  "card.sharedFrom": "Delad från {app}",
  "card.sources": { one: "Källa", other: "Källor" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Få din egen dagliga nyhetsöversikt",
  "card.sharedBriefing": "En nyhetsöversikt delad från {app}",
} satisfies Messages;
