/** Arabic (ar): Modern Standard Arabic; all six CLDR plural forms. */
import type { Messages } from "../catalog";

export const ar = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "انتقل إلى الموجز",
  "page.imageAlt": "{title} — موجز تمت مشاركته من {app}",
  "page.readingTimeLabel": "مدة القراءة",
  "page.readingTime": {
    zero: "{count} دقيقة للقراءة",
    one: "دقيقة واحدة للقراءة",
    two: "دقيقتان للقراءة",
    few: "{count} دقائق للقراءة",
    many: "{count} دقيقة للقراءة",
    other: "{count} دقيقة للقراءة",
  },
  "page.sharedBy": "شاركه {name}",
  "page.inBrief": "باختصار",
  "page.summarySources": "مصادر الملخص",
  "page.sources": "المصادر",
  "page.opensInNewTab": "(يُفتح في علامة تبويب جديدة)",

  "header.getApp": "حمّل التطبيق",

  "cta.title": "احصل على موجزك اليومي الخاص",
  "cta.free": "مجاني على iPhone وAndroid",
  "cta.getApp": "حمّل {app}",
  "cta.pitch": "يقرأ {app} الأخبار نيابةً عنك ويرسل إليك كل صباح موجزًا قصيرًا موثّق المصادر.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "لديك {app} بالفعل؟ افتحه في التطبيق",
  "cta.clipboardHandoff": "بعد تثبيت {app}، سيفتح هذا الموجز.",

  "badge.appStore.above": "حمّله من",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "احصل عليه من",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "تمت المشاركة من {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "خطأ {status}",
  "error.404.title": "هذا الموجز غير موجود",
  "error.404.body": "ربما كُتب الرابط بشكل خاطئ أو اقتُطع جزء منه. اطلب من الشخص الذي شاركه أن يرسله مرة أخرى.",
  "error.410.title": "لم يعد هذا الموجز متاحًا",
  "error.410.body": "أزاله الشخص الذي شاركه، أو انتهت صلاحية الرابط. الأخبار تمضي، وأنت أيضًا.",
  "error.503.title": "تعذّر تحميل هذا الموجز",
  "error.503.body": "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.",
  "error.tryAgain": "إعادة المحاولة",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "يرسل إليك {app} كل صباح موجزًا إخباريًا قصيرًا موثّق المصادر. {tagline}",
  "home.heroText": "{pitch} احصل على موجزك اليومي الخاص مجانًا على iPhone وAndroid.",
  "home.feature1.title": "خمس دقائق كل صباح",
  "home.feature1.text": "أهم الأخبار في موجز قصير تقرؤه مع قهوة الصباح.",
  "home.feature2.title": "كل معلومة بمصدرها",
  "home.feature2.text": "كل فقرة ترتبط بالتقارير التي استندت إليها، لتواصل القراءة إن أردت.",
  "home.feature3.title": "مصمَّم للمشاركة",
  "home.feature3.text": "أرسل موجزًا إلى من تشاء: يُفتح كصفحة نظيفة، دون تطبيق أو حساب.",

  "getApp.title": "احصل على {app} على هاتفك",
  "getApp.scan": "وجّه كاميرا هاتفك نحو الرمز: سيفتح {app} في App Store أو Google Play.",
  "getApp.free": "{app} مجاني على iPhone وAndroid.",
  "getApp.qrLabel": "رمز QR: امسحه بهاتفك للحصول على {app}",

  "handoff.appStore.title": "حمّل {app} من App Store",
  "handoff.appStore.text": "لا يستطيع متصفح هذا التطبيق فتح App Store بنفسه. اضغط على الزر للمتابعة.",
  "handoff.appStore.open": "افتح App Store",
  "handoff.appStore.web": "أو افتح App Store في المتصفح",
  "handoff.googlePlay.title": "حمّل {app} من Google Play",
  "handoff.googlePlay.text": "لا يستطيع متصفح هذا التطبيق فتح Google Play بنفسه. اضغط على الزر للمتابعة.",
  "handoff.googlePlay.open": "افتح Google Play",
  "handoff.googlePlay.web": "أو افتح Google Play في المتصفح",

  "card.sharedFrom": "تمت المشاركة من {app}",
  "card.sources": { zero: "المصادر", one: "المصدر", two: "المصدران", few: "المصادر", many: "المصادر", other: "المصادر" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "احصل على موجزك اليومي",
  "card.sharedBriefing": "موجز تمت مشاركته من {app}",
} satisfies Messages;
