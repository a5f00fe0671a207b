/** French (fr): vous; a no-break space before ? : ! as French typography wants. */
import type { Messages } from "../catalog";

export const fr = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Aller au briefing",
  "page.imageAlt": "{title} — un briefing partagé depuis {app}",
  "page.readingTimeLabel": "Temps de lecture",
  "page.readingTime": { one: "{count} min de lecture", many: "{count} min de lecture", other: "{count} min de lecture" },
  "page.sharedBy": "Partagé par {name}",
  "page.inBrief": "En bref",
  "page.summarySources": "Sources du résumé",
  "page.sources": "Sources",
  "page.opensInNewTab": "(s’ouvre dans un nouvel onglet)",

  "header.getApp": "Télécharger l’app",

  "cta.title": "Recevez votre briefing quotidien",
  "cta.free": "Gratuit sur iPhone et Android",
  "cta.getApp": "Télécharger {app}",
  "cta.pitch": "{app} lit l’actualité pour vous et vous envoie chaque matin un briefing court et sourcé.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Vous avez déjà {app}\u00a0? Ouvrir dans l’app",
  "cta.clipboardHandoff": "Une fois {app} installée, ce briefing s’ouvrira directement.",

  "badge.appStore.above": "Télécharger dans",
  "badge.appStore.large": "l’App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "DISPONIBLE SUR",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Partagé depuis {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Erreur {status}",
  "error.404.title": "Ce briefing n’existe pas",
  "error.404.body": "Le lien est peut-être mal saisi ou incomplet. Demandez à la personne qui l’a partagé de vous le renvoyer.",
  "error.410.title": "Ce briefing n’est plus partagé",
  "error.410.body": "La personne qui l’a partagé l’a retiré, ou le lien a expiré. L’actualité continue, et vous aussi.",
  "error.503.title": "Impossible de charger ce briefing",
  "error.503.body": "Un problème est survenu de notre côté. Réessayez dans un instant.",
  "error.tryAgain": "Réessayer",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} vous envoie chaque matin un briefing d’actualité court et sourcé. {tagline}",
  "home.heroText": "{pitch} Recevez votre briefing quotidien, gratuit sur iPhone et Android.",
  "home.feature1.title": "Cinq minutes chaque matin",
  "home.feature1.text": "L’actualité qui compte, dans un briefing court à lire le temps d’un café.",
  "home.feature2.title": "Chaque information sourcée",
  "home.feature2.text": "Chaque paragraphe renvoie aux articles d’origine, pour aller plus loin.",
  "home.feature3.title": "Fait pour être partagé",
  "home.feature3.text": "Envoyez un briefing à qui vous voulez\u00a0: il s’ouvre dans une page épurée, sans app ni compte.",

  "getApp.title": "Installez {app} sur votre téléphone",
  "getApp.scan": "Visez ce code avec l’appareil photo de votre téléphone\u00a0: il ouvre {app} dans l’App Store ou sur Google Play.",
  "getApp.free": "{app} est gratuite sur iPhone et Android.",
  "getApp.qrLabel": "Code QR\u00a0: scannez-le avec votre téléphone pour obtenir {app}",

  "handoff.appStore.title": "Téléchargez {app} sur l’App Store",
  "handoff.appStore.text": "Le navigateur de cette app ne peut pas ouvrir l’App Store lui-même. Touchez le bouton pour continuer.",
  "handoff.appStore.open": "Ouvrir l’App Store",
  "handoff.appStore.web": "Ou ouvrir l’App Store dans le navigateur",
  "handoff.googlePlay.title": "Téléchargez {app} sur Google Play",
  "handoff.googlePlay.text": "Le navigateur de cette app ne peut pas ouvrir Google Play lui-même. Touchez le bouton pour continuer.",
  "handoff.googlePlay.open": "Ouvrir Google Play",
  "handoff.googlePlay.web": "Ou ouvrir Google Play dans le navigateur",

  "card.sharedFrom": "Partagé depuis {app}",
  "card.sources": { one: "Source", many: "Sources", other: "Sources" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Recevez votre briefing quotidien",
  "card.sharedBriefing": "Un briefing partagé depuis {app}",
} satisfies Messages;
