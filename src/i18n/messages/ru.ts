/** Russian (ru): вы; "Отправитель: {name}" needs no grammatical gender. */
import type { Messages } from "../catalog";

export const ru = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Перейти к сводке",
  "page.imageAlt": "{title} — сводка из {app}",
  "page.readingTimeLabel": "Время чтения",
  "page.readingTime": { one: "{count} мин чтения", few: "{count} мин чтения", many: "{count} мин чтения", other: "{count} мин чтения" },
  "page.sharedBy": "Отправитель: {name}",
  "page.inBrief": "Коротко",
  "page.summarySources": "Источники сводки",
  "page.sources": "Источники",
  "page.opensInNewTab": "(откроется в новой вкладке)",

  "header.getApp": "Скачать приложение",

  "cta.title": "Получайте свою ежедневную сводку",
  "cta.free": "Бесплатно для iPhone и Android",
  "cta.getApp": "Скачать {app}",
  "cta.pitch": "{app} читает новости за вас и каждое утро присылает короткую сводку со ссылками на источники.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Уже установили {app}? Открыть в приложении",
  "cta.clipboardHandoff": "После установки {app} откроет эту сводку.",

  "badge.appStore.above": "Загрузите в",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "ДОСТУПНО В",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Отправлено из {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Ошибка {status}",
  "error.404.title": "Такой сводки нет",
  "error.404.body": "Возможно, в ссылке опечатка или она обрезана. Попросите того, кто ею поделился, прислать её ещё раз.",
  "error.410.title": "Эта сводка больше недоступна",
  "error.410.body": "Отправитель удалил её, или срок действия ссылки истёк. Новости не стоят на месте — и вы тоже.",
  "error.503.title": "Не удалось загрузить сводку",
  "error.503.body": "У нас что-то пошло не так. Попробуйте ещё раз через минуту.",
  "error.tryAgain": "Повторить",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} каждое утро присылает короткую сводку новостей с источниками. {tagline}",
  "home.heroText": "{pitch} Получайте свою ежедневную сводку — бесплатно для iPhone и Android.",
  "home.feature1.title": "Пять минут каждое утро",
  "home.feature1.text": "Главные новости в короткой сводке, которую удобно прочитать за чашкой кофе.",
  "home.feature2.title": "У каждого факта есть источник",
  "home.feature2.text": "Каждый абзац ссылается на исходные материалы — можно прочитать подробнее.",
  "home.feature3.title": "Удобно делиться",
  "home.feature3.text": "Отправьте сводку кому угодно: она откроется как аккуратная страница, без приложения и регистрации.",

  "getApp.title": "Установите {app} на телефон",
  "getApp.scan": "Наведите камеру телефона на код: он откроет {app} в App Store или Google Play.",
  "getApp.free": "{app} — бесплатно для iPhone и Android.",
  "getApp.qrLabel": "QR-код: отсканируйте телефоном, чтобы скачать {app}",

  "handoff.appStore.title": "Скачайте {app} в App Store",
  "handoff.appStore.text": "Браузер этого приложения не может сам открыть App Store. Нажмите кнопку, чтобы продолжить.",
  "handoff.appStore.open": "Открыть App Store",
  "handoff.appStore.web": "Или откройте App Store в браузере",
  "handoff.googlePlay.title": "Скачайте {app} в Google Play",
  "handoff.googlePlay.text": "Браузер этого приложения не может сам открыть Google Play. Нажмите кнопку, чтобы продолжить.",
  "handoff.googlePlay.open": "Открыть Google Play",
  "handoff.googlePlay.web": "Или откройте Google Play в браузере",

  "card.sharedFrom": "Отправлено из {app}",
  "card.sources": { one: "Источник", few: "Источники", many: "Источники", other: "Источники" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Получайте свою ежедневную сводку",
  "card.sharedBriefing": "Сводка из {app}",
} satisfies Messages;
