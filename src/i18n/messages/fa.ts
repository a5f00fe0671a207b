/** Persian (fa): formal شما; ZWNJ (\u200c) joins the parts of compound words as Persian spelling requires. */
import type { Messages } from "../catalog";

export const fa = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "رفتن به خلاصهٔ خبر",
  "page.imageAlt": "{title} — خلاصه‌ای که از {app} هم‌رسانی شده",
  "page.readingTimeLabel": "زمان مطالعه",
  "page.readingTime": { one: "{count} دقیقه مطالعه", other: "{count} دقیقه مطالعه" },
  "page.sharedBy": "هم‌رسانی‌شده توسط {name}",
  "page.inBrief": "به‌طور خلاصه",
  "page.summarySources": "منابع خلاصه",
  "page.sources": "منابع",
  "page.opensInNewTab": "(در زبانهٔ جدید باز می‌شود)",

  "header.getApp": "دریافت برنامه",

  "cta.title": "خلاصهٔ خبری روزانهٔ خودتان را بگیرید",
  "cta.free": "رایگان برای iPhone و Android",
  "cta.getApp": "دریافت {app}",
  "cta.pitch": "{app} اخبار را برایتان می‌خواند و هر صبح خلاصه‌ای کوتاه و مستند برایتان می‌فرستد.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "{app} را دارید؟ در برنامه باز کنید",
  "cta.clipboardHandoff": "پس از نصب {app}، همین خلاصه باز می‌شود.",

  "badge.appStore.above": "دریافت از",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "در",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "دریافت کنید",

  "footer.sharedFrom": "هم‌رسانی‌شده از {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "خطای {status}",
  "error.404.title": "این خلاصه وجود ندارد",
  "error.404.body": "شاید پیوند اشتباه تایپ شده یا ناقص است. از کسی که آن را هم‌رسانی کرده بخواهید دوباره بفرستد.",
  "error.410.title": "این خلاصه دیگر هم‌رسانی نمی‌شود",
  "error.410.body": "کسی که آن را هم‌رسانی کرده بود حذفش کرده، یا پیوند منقضی شده است. اخبار ادامه دارد، شما هم ادامه دهید.",
  "error.503.title": "نتوانستیم این خلاصه را بارگیری کنیم",
  "error.503.body": "مشکلی از سمت ما پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.",
  "error.tryAgain": "تلاش دوباره",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} هر صبح یک خلاصهٔ خبری کوتاه و مستند برایتان می‌فرستد. {tagline}",
  "home.heroText": "{pitch} خلاصهٔ خبری روزانهٔ خودتان را بگیرید، رایگان برای iPhone و Android.",
  "home.feature1.title": "پنج دقیقه، هر صبح",
  "home.feature1.text": "خبرهای مهم، در خلاصه‌ای کوتاه برای خواندن همراه قهوهٔ صبح.",
  "home.feature2.title": "هر ادعا، با منبع",
  "home.feature2.text": "هر بند به گزارش‌های اصلی پیوند دارد تا بتوانید بیشتر بخوانید.",
  "home.feature3.title": "ساخته‌شده برای هم‌رسانی",
  "home.feature3.text": "خلاصه را برای هر کسی بفرستید: به‌صورت صفحه‌ای تمیز باز می‌شود، بدون برنامه یا حساب کاربری.",

  "getApp.title": "{app} را روی گوشی‌تان نصب کنید",
  "getApp.scan": "دوربین گوشی را به سمت کد بگیرید: {app} را در App Store یا Google Play باز می‌کند.",
  "getApp.free": "{app} برای iPhone و Android رایگان است.",
  "getApp.qrLabel": "کد QR: برای دریافت {app} آن را با گوشی اسکن کنید",

  "handoff.appStore.title": "{app} را از App Store دریافت کنید",
  "handoff.appStore.text": "مرورگر این برنامه نمی‌تواند App Store را خودش باز کند. برای ادامه روی دکمه بزنید.",
  "handoff.appStore.open": "باز کردن App Store",
  "handoff.appStore.web": "یا App Store را در مرورگر باز کنید",
  "handoff.googlePlay.title": "{app} را از Google Play دریافت کنید",
  "handoff.googlePlay.text": "مرورگر این برنامه نمی‌تواند Google Play را خودش باز کند. برای ادامه روی دکمه بزنید.",
  "handoff.googlePlay.open": "باز کردن Google Play",
  "handoff.googlePlay.web": "یا Google Play را در مرورگر باز کنید",

  "card.sharedFrom": "هم‌رسانی‌شده از {app}",
  "card.sources": { one: "منبع", other: "منابع" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "خلاصهٔ خبری روزانهٔ خودتان را بگیرید",
  "card.sharedBriefing": "خلاصه‌ای هم‌رسانی‌شده از {app}",
} satisfies Messages;
