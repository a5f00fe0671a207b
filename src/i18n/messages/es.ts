/** Spanish (es): neutral Spanish, tú. */
import type { Messages } from "../catalog";

export const es = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Ir al resumen",
  "page.imageAlt": "{title}: un resumen compartido desde {app}",
  "page.readingTimeLabel": "Tiempo de lectura",
  "page.readingTime": { one: "{count} min de lectura", many: "{count} min de lectura", other: "{count} min de lectura" },
  "page.sharedBy": "Compartido por {name}",
  "page.inBrief": "En resumen",
  "page.summarySources": "Fuentes del resumen",
  "page.sources": "Fuentes",
  "page.opensInNewTab": "(se abre en una pestaña nueva)",

  "header.getApp": "Descargar la app",

  "cta.title": "Recibe tu propio resumen diario",
  "cta.free": "Gratis en iPhone y Android",
  "cta.getApp": "Descargar {app}",
  "cta.pitch": "{app} lee las noticias por ti y cada mañana te envía un resumen breve y con fuentes.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "¿Ya tienes {app}? Ábrelo en la app",
  "cta.clipboardHandoff": "Cuando instales {app}, se abrirá este resumen.",

  "badge.appStore.above": "Descárgalo en el",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "DISPONIBLE EN",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Compartido desde {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Error {status}",
  "error.404.title": "Este resumen no existe",
  "error.404.body": "Puede que el enlace esté mal escrito o incompleto. Pide a quien lo compartió que te lo vuelva a enviar.",
  "error.410.title": "Este resumen ya no está compartido",
  "error.410.body": "Quien lo compartió lo retiró o el enlace caducó. Las noticias siguen su curso, y tú también.",
  "error.503.title": "No hemos podido cargar este resumen",
  "error.503.body": "Algo ha fallado por nuestra parte. Vuelve a intentarlo en unos instantes.",
  "error.tryAgain": "Reintentar",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} te envía cada mañana un resumen de noticias breve y con fuentes. {tagline}",
  "home.heroText": "{pitch} Recibe tu propio resumen diario, gratis en iPhone y Android.",
  "home.feature1.title": "Cinco minutos cada mañana",
  "home.feature1.text": "Las noticias que importan, en un resumen breve pensado para leer con el café.",
  "home.feature2.title": "Cada dato, con su fuente",
  "home.feature2.text": "Cada párrafo enlaza a la información original, para que puedas leer más.",
  "home.feature3.title": "Hecho para compartir",
  "home.feature3.text": "Envía un resumen a quien quieras: se abre como una página limpia, sin app ni cuenta.",

  "getApp.title": "Consigue {app} en tu teléfono",
  "getApp.scan": "Apunta la cámara del teléfono al código: abre {app} en el App Store o en Google Play.",
  "getApp.free": "{app} es gratis en iPhone y Android.",
  "getApp.qrLabel": "Código QR: escanéalo con el teléfono para descargar {app}",

  "handoff.appStore.title": "Descarga {app} en el App Store",
  "handoff.appStore.text": "El navegador de esta app no puede abrir el App Store por sí solo. Toca el botón para continuar.",
  "handoff.appStore.open": "Abrir el App Store",
  "handoff.appStore.web": "O abre el App Store en el navegador",
  "handoff.googlePlay.title": "Descarga {app} en Google Play",
  "handoff.googlePlay.text": "El navegador de esta app no puede abrir Google Play por sí solo. Toca el botón para continuar.",
  "handoff.googlePlay.open": "Abrir Google Play",
  "handoff.googlePlay.web": "O abre Google Play en el navegador",

  "card.sharedFrom": "Compartido desde {app}",
  "card.sources": { one: "Fuente", many: "Fuentes", other: "Fuentes" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Recibe tu propio resumen diario",
  "card.sharedBriefing": "Un resumen compartido desde {app}",
} satisfies Messages;
