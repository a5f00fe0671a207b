/** Hebrew (he): plural imperative (אתם), the usual gender-neutral address in Israeli apps. */
import type { Messages } from "../catalog";

export const he = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "דילוג לתקציר",
  "page.imageAlt": "{title} — תקציר ששותף מ-{app}",
  "page.readingTimeLabel": "זמן קריאה",
  "page.readingTime": { one: "דקת קריאה אחת", two: "{count} דקות קריאה", many: "{count} דקות קריאה", other: "{count} דקות קריאה" },
  "page.sharedBy": "שותף על ידי {name}",
  "page.inBrief": "בקצרה",
  "page.summarySources": "מקורות התקציר",
  "page.sources": "מקורות",
  "page.opensInNewTab": "(נפתח בכרטיסייה חדשה)",

  "header.getApp": "להורדת האפליקציה",

  "cta.title": "קבלו תקציר יומי משלכם",
  "cta.free": "חינם ל-iPhone ול-Android",
  "cta.getApp": "להורדת {app}",
  "cta.pitch": "{app} קורא את החדשות בשבילכם ושולח בכל בוקר תקציר קצר עם מקורות.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "כבר יש לכם {app}? לפתיחה באפליקציה",
  "cta.clipboardHandoff": "אחרי ההתקנה, {app} יפתח את התקציר הזה.",

  "badge.appStore.above": "להורדה מה-",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "זמין ב-",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "שותף מ-{app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "שגיאה {status}",
  "error.404.title": "התקציר הזה לא קיים",
  "error.404.body": "ייתכן שהקישור הוקלד לא נכון או נקטע. בקשו ממי ששיתף אותו לשלוח אותו שוב.",
  "error.410.title": "התקציר הזה כבר לא משותף",
  "error.410.body": "מי ששיתף אותו הסיר אותו, או שתוקף הקישור פג. החדשות ממשיכות הלאה, וגם אתם.",
  "error.503.title": "לא הצלחנו לטעון את התקציר",
  "error.503.body": "משהו השתבש אצלנו. נסו שוב בעוד רגע.",
  "error.tryAgain": "לנסות שוב",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} שולח לכם בכל בוקר תקציר חדשות קצר עם מקורות. {tagline}",
  "home.heroText": "{pitch} קבלו תקציר יומי משלכם, בחינם ל-iPhone ול-Android.",
  "home.feature1.title": "חמש דקות בכל בוקר",
  "home.feature1.text": "החדשות שחשובות, בתקציר קצר שנכתב לקריאה על כוס קפה.",
  "home.feature2.title": "לכל טענה יש מקור",
  "home.feature2.text": "כל פסקה מקשרת לדיווח שעליו היא מבוססת, כדי שתוכלו להמשיך לקרוא.",
  "home.feature3.title": "נועד לשיתוף",
  "home.feature3.text": "שלחו תקציר לכל מי שתרצו: הוא נפתח כדף נקי, בלי אפליקציה ובלי חשבון.",

  "getApp.title": "הורידו את {app} לטלפון",
  "getApp.scan": "כוונו את מצלמת הטלפון לקוד: הוא יפתח את {app} ב-App Store או ב-Google Play.",
  "getApp.free": "{app} זמין בחינם ל-iPhone ול-Android.",
  "getApp.qrLabel": "קוד QR: סרקו בטלפון כדי להוריד את {app}",

  "handoff.appStore.title": "הורידו את {app} מה-App Store",
  "handoff.appStore.text": "הדפדפן של האפליקציה הזו לא יכול לפתוח את ה-App Store בעצמו. הקישו על הכפתור כדי להמשיך.",
  "handoff.appStore.open": "פתיחת ה-App Store",
  "handoff.appStore.web": "או פתחו את ה-App Store בדפדפן",
  "handoff.googlePlay.title": "הורידו את {app} מ-Google Play",
  "handoff.googlePlay.text": "הדפדפן של האפליקציה הזו לא יכול לפתוח את Google Play בעצמו. הקישו על הכפתור כדי להמשיך.",
  "handoff.googlePlay.open": "פתיחת Google Play",
  "handoff.googlePlay.web": "או פתחו את Google Play בדפדפן",

  "card.sharedFrom": "שותף מ-{app}",
  "card.sources": { one: "מקור", two: "מקורות", many: "מקורות", other: "מקורות" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "קבלו תקציר יומי משלכם",
  "card.sharedBriefing": "תקציר ששותף מ-{app}",
} satisfies Messages;
