/** Italian (it): tu. */
import type { Messages } from "../catalog";

export const it = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Vai al briefing",
  "page.imageAlt": "{title} — un briefing condiviso da {app}",
  "page.readingTimeLabel": "Tempo di lettura",
  "page.readingTime": { one: "{count} min di lettura", many: "{count} min di lettura", other: "{count} min di lettura" },
  "page.sharedBy": "Condiviso da {name}",
  "page.inBrief": "In breve",
  "page.summarySources": "Fonti del riepilogo",
  "page.sources": "Fonti",
  "page.opensInNewTab": "(si apre in una nuova scheda)",

  "header.getApp": "Scarica l’app",

  "cta.title": "Ricevi il tuo briefing quotidiano",
  "cta.free": "Gratis su iPhone e Android",
  "cta.getApp": "Scarica {app}",
  "cta.pitch": "{app} legge le notizie per te e ogni mattina ti invia un briefing breve, con le fonti.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Hai già {app}? Apri nell’app",
  "cta.clipboardHandoff": "Dopo aver installato {app}, si aprirà questo briefing.",

  "badge.appStore.above": "Scarica su",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "DISPONIBILE SU",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Condiviso da {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Errore {status}",
  "error.404.title": "Questo briefing non esiste",
  "error.404.body": "Il link potrebbe essere scritto male o incompleto. Chiedi a chi l’ha condiviso di inviartelo di nuovo.",
  "error.410.title": "Questo briefing non è più condiviso",
  "error.410.body": "Chi l’ha condiviso l’ha rimosso, oppure il link è scaduto. Le notizie vanno avanti, e anche tu.",
  "error.503.title": "Impossibile caricare questo briefing",
  "error.503.body": "Qualcosa è andato storto da parte nostra. Riprova tra un momento.",
  "error.tryAgain": "Riprova",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} ti invia ogni mattina un briefing di notizie breve, con le fonti. {tagline}",
  "home.heroText": "{pitch} Ricevi il tuo briefing quotidiano, gratis su iPhone e Android.",
  "home.feature1.title": "Cinque minuti, ogni mattina",
  "home.feature1.text": "Le notizie che contano, in un briefing breve da leggere davanti a un caffè.",
  "home.feature2.title": "Ogni notizia con la sua fonte",
  "home.feature2.text": "Ogni paragrafo rimanda agli articoli originali, per approfondire.",
  "home.feature3.title": "Fatto per essere condiviso",
  "home.feature3.text": "Invia un briefing a chi vuoi: si apre come una pagina pulita, senza app né account.",

  "getApp.title": "Scarica {app} sul telefono",
  "getApp.scan": "Inquadra il codice con la fotocamera del telefono: apre {app} nell’App Store o su Google Play.",
  "getApp.free": "{app} è gratis su iPhone e Android.",
  "getApp.qrLabel": "Codice QR: inquadralo con il telefono per scaricare {app}",

  "handoff.appStore.title": "Scarica {app} dall’App Store",
  "handoff.appStore.text": "Il browser di questa app non riesce ad aprire l’App Store da solo. Tocca il pulsante per continuare.",
  "handoff.appStore.open": "Apri l’App Store",
  "handoff.appStore.web": "Oppure apri l’App Store nel browser",
  "handoff.googlePlay.title": "Scarica {app} da Google Play",
  "handoff.googlePlay.text": "Il browser di questa app non riesce ad aprire Google Play da solo. Tocca il pulsante per continuare.",
  "handoff.googlePlay.open": "Apri Google Play",
  "handoff.googlePlay.web": "Oppure apri Google Play nel browser",

  "card.sharedFrom": "Condiviso da {app}",
  "card.sources": { one: "Fonte", many: "Fonti", other: "Fonti" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Ricevi il tuo briefing quotidiano",
  "card.sharedBriefing": "Un briefing condiviso da {app}",
} satisfies Messages;
