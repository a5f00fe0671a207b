/** Ukrainian (uk): ви; "Відправник: {name}" needs no grammatical gender. */
import type { Messages } from "../catalog";

export const uk = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Перейти до зведення",
  "page.imageAlt": "{title} — зведення з {app}",
  "page.readingTimeLabel": "Час читання",
  "page.readingTime": { one: "{count} хв читання", few: "{count} хв читання", many: "{count} хв читання", other: "{count} хв читання" },
  "page.sharedBy": "Відправник: {name}",
  "page.inBrief": "Коротко",
  "page.summarySources": "Джерела зведення",
  "page.sources": "Джерела",
  "page.opensInNewTab": "(відкриється в новій вкладці)",

  "header.getApp": "Завантажити застосунок",

  "cta.title": "Отримуйте власне щоденне зведення",
  "cta.free": "Безкоштовно для iPhone та Android",
  "cta.getApp": "Завантажити {app}",
  "cta.pitch": "{app} читає новини замість вас і щоранку надсилає коротке зведення з джерелами.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Уже маєте {app}? Відкрити в застосунку",
  "cta.clipboardHandoff": "Після встановлення {app} відкриє це зведення.",

  "badge.appStore.above": "Завантажте в",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "ЗАВАНТАЖИТИ З",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Надіслано з {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Помилка {status}",
  "error.404.title": "Такого зведення не існує",
  "error.404.body": "Можливо, у посиланні помилка або воно обрізане. Попросіть людину, яка ним поділилася, надіслати його ще раз.",
  "error.410.title": "Це зведення більше не доступне",
  "error.410.body": "Відправник його видалив, або термін дії посилання минув. Новини не стоять на місці — і ви теж.",
  "error.503.title": "Не вдалося завантажити зведення",
  "error.503.body": "У нас щось пішло не так. Спробуйте ще раз за мить.",
  "error.tryAgain": "Спробувати ще раз",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} щоранку надсилає вам коротке зведення новин із джерелами. {tagline}",
  "home.heroText": "{pitch} Отримуйте власне щоденне зведення — безкоштовно для iPhone та Android.",
  "home.feature1.title": "П’ять хвилин щоранку",
  "home.feature1.text": "Головні новини в короткому зведенні, яке зручно прочитати за кавою.",
  "home.feature2.title": "Кожен факт — із джерелом",
  "home.feature2.text": "Кожен абзац посилається на першоджерела, тож можна читати далі.",
  "home.feature3.title": "Зручно ділитися",
  "home.feature3.text": "Надішліть зведення будь-кому: воно відкриється як охайна сторінка, без застосунку й облікового запису.",

  "getApp.title": "Установіть {app} на телефон",
  "getApp.scan": "Наведіть камеру телефона на код: він відкриє {app} в App Store або Google Play.",
  "getApp.free": "{app} — безкоштовно для iPhone та Android.",
  "getApp.qrLabel": "QR-код: відскануйте телефоном, щоб завантажити {app}",

  "handoff.appStore.title": "Завантажте {app} з App Store",
  "handoff.appStore.text": "Браузер цього застосунку не може сам відкрити App Store. Натисніть кнопку, щоб продовжити.",
  "handoff.appStore.open": "Відкрити App Store",
  "handoff.appStore.web": "Або відкрийте App Store у браузері",
  "handoff.googlePlay.title": "Завантажте {app} з Google Play",
  "handoff.googlePlay.text": "Браузер цього застосунку не може сам відкрити Google Play. Натисніть кнопку, щоб продовжити.",
  "handoff.googlePlay.open": "Відкрити Google Play",
  "handoff.googlePlay.web": "Або відкрийте Google Play у браузері",

  "card.sharedFrom": "Надіслано з {app}",
  "card.sources": { one: "Джерело", few: "Джерела", many: "Джерела", other: "Джерела" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Отримуйте власне щоденне зведення",
  "card.sharedBriefing": "Зведення з {app}",
} satisfies Messages;
