/** Turkish (tr): sen; brand names take their suffix after an apostrophe (App Store’dan, Google Play’den). */
import type { Messages } from "../catalog";

export const tr = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Haber özetine geç",
  "page.imageAlt": "{title} — {app} üzerinden paylaşılan bir haber özeti",
  "page.readingTimeLabel": "Okuma süresi",
  "page.readingTime": { one: "{count} dk okuma", other: "{count} dk okuma" },
  "page.sharedBy": "Paylaşan: {name}",
  "page.inBrief": "Kısaca",
  "page.summarySources": "Özetin kaynakları",
  "page.sources": "Kaynaklar",
  "page.opensInNewTab": "(yeni sekmede açılır)",

  "header.getApp": "Uygulamayı indir",

  "cta.title": "Kendi günlük haber özetini al",
  "cta.free": "iPhone ve Android’de ücretsiz",
  "cta.getApp": "{app} uygulamasını indir",
  "cta.pitch": "{app} haberleri senin için okur ve her sabah kaynaklarıyla birlikte kısa bir haber özeti gönderir.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "{app} zaten yüklü mü? Uygulamada aç",
  "cta.clipboardHandoff": "{app} yüklendikten sonra bu haber özetini açacak.",

  "badge.appStore.above": "App Store’dan",
  "badge.appStore.large": "İndirin",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "’DEN ALIN",

  "footer.sharedFrom": "{app} üzerinden paylaşıldı — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Hata {status}",
  "error.404.title": "Bu haber özeti bulunamadı",
  "error.404.body": "Bağlantı yanlış yazılmış ya da eksik olabilir. Paylaşan kişiden yeniden göndermesini iste.",
  "error.410.title": "Bu haber özeti artık paylaşılmıyor",
  "error.410.body": "Paylaşan kişi kaldırdı ya da bağlantının süresi doldu. Haberler akmaya devam ediyor, sen de devam et.",
  "error.503.title": "Bu haber özeti yüklenemedi",
  "error.503.body": "Bizim tarafımızda bir sorun oluştu. Lütfen birazdan tekrar dene.",
  "error.tryAgain": "Tekrar dene",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} her sabah sana kaynaklarıyla birlikte kısa bir haber özeti gönderir. {tagline}",
  "home.heroText": "{pitch} Kendi günlük haber özetini al; iPhone ve Android’de ücretsiz.",
  "home.feature1.title": "Her sabah beş dakika",
  "home.feature1.text": "Önemli haberler, kahve eşliğinde okunacak kısa bir özette.",
  "home.feature2.title": "Her bilginin bir kaynağı var",
  "home.feature2.text": "Her paragraf dayandığı habere bağlantı verir; istersen daha fazlasını okuyabilirsin.",
  "home.feature3.title": "Paylaşmak için tasarlandı",
  "home.feature3.text": "Haber özetini dilediğin kişiye gönder: uygulama ya da hesap gerekmeden sade bir sayfa olarak açılır.",

  "getApp.title": "{app} uygulamasını telefonuna indir",
  "getApp.scan": "Telefonunun kamerasını koda doğrult: {app} uygulamasını App Store’da veya Google Play’de açar.",
  "getApp.free": "{app}, iPhone ve Android’de ücretsiz.",
  "getApp.qrLabel": "QR kodu: {app} uygulamasını indirmek için telefonunla tara",

  "handoff.appStore.title": "{app} uygulamasını App Store’dan indir",
  "handoff.appStore.text": "Bu uygulamanın tarayıcısı App Store’u kendi başına açamıyor. Devam etmek için düğmeye dokun.",
  "handoff.appStore.open": "App Store’u aç",
  "handoff.appStore.web": "Ya da App Store’u tarayıcıda aç",
  "handoff.googlePlay.title": "{app} uygulamasını Google Play’den indir",
  "handoff.googlePlay.text": "Bu uygulamanın tarayıcısı Google Play’i kendi başına açamıyor. Devam etmek için düğmeye dokun.",
  "handoff.googlePlay.open": "Google Play’i aç",
  "handoff.googlePlay.web": "Ya da Google Play’i tarayıcıda aç",

  "card.sharedFrom": "{app} üzerinden paylaşıldı",
  "card.sources": { one: "Kaynak", other: "Kaynaklar" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Kendi günlük haber özetini al",
  "card.sharedBriefing": "{app} üzerinden paylaşılan bir haber özeti",
} satisfies Messages;
