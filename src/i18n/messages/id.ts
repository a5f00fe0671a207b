/** Indonesian (id): Anda. */
import type { Messages } from "../catalog";

export const id = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Langsung ke ringkasan",
  "page.imageAlt": "{title} — ringkasan berita yang dibagikan dari {app}",
  "page.readingTimeLabel": "Waktu baca",
  "page.readingTime": { other: "{count} menit baca" },
  "page.sharedBy": "Dibagikan oleh {name}",
  "page.inBrief": "Singkatnya",
  "page.summarySources": "Sumber ringkasan",
  "page.sources": "Sumber",
  "page.opensInNewTab": "(terbuka di tab baru)",

  "header.getApp": "Unduh aplikasi",

  "cta.title": "Dapatkan ringkasan harian Anda sendiri",
  "cta.free": "Gratis di iPhone dan Android",
  "cta.getApp": "Unduh {app}",
  "cta.pitch": "{app} membaca berita untuk Anda dan setiap pagi mengirimkan ringkasan singkat lengkap dengan sumbernya.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Sudah punya {app}? Buka di aplikasi",
  "cta.clipboardHandoff": "Setelah {app} terpasang, ringkasan ini akan langsung terbuka.",

  "badge.appStore.above": "Unduh di",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "TEMUKAN DI",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Dibagikan dari {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Galat {status}",
  "error.404.title": "Ringkasan ini tidak ada",
  "error.404.body": "Tautannya mungkin salah ketik atau terpotong. Minta orang yang membagikannya untuk mengirim ulang.",
  "error.410.title": "Ringkasan ini tidak lagi dibagikan",
  "error.410.body": "Orang yang membagikannya telah menghapusnya, atau tautannya kedaluwarsa. Berita terus bergulir, begitu juga Anda.",
  "error.503.title": "Kami tidak dapat memuat ringkasan ini",
  "error.503.body": "Terjadi masalah di pihak kami. Coba lagi sebentar lagi.",
  "error.tryAgain": "Coba lagi",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "Setiap pagi, {app} mengirimi Anda ringkasan berita singkat lengkap dengan sumbernya. {tagline}",
  "home.heroText": "{pitch} Dapatkan ringkasan harian Anda sendiri, gratis di iPhone dan Android.",
  "home.feature1.title": "Lima menit setiap pagi",
  "home.feature1.text": "Berita yang penting, dalam ringkasan singkat yang pas dibaca sambil minum kopi.",
  "home.feature2.title": "Setiap klaim ada sumbernya",
  "home.feature2.text": "Setiap paragraf menautkan ke liputan aslinya, jadi Anda bisa membaca lebih lanjut.",
  "home.feature3.title": "Dibuat untuk dibagikan",
  "home.feature3.text": "Kirim ringkasan ke siapa saja: terbuka sebagai halaman yang rapi, tanpa aplikasi atau akun.",

  "getApp.title": "Pasang {app} di ponsel Anda",
  "getApp.scan": "Arahkan kamera ponsel ke kode ini: kode akan membuka {app} di App Store atau Google Play.",
  "getApp.free": "{app} gratis di iPhone dan Android.",
  "getApp.qrLabel": "Kode QR: pindai dengan ponsel untuk mengunduh {app}",

  "handoff.appStore.title": "Unduh {app} di App Store",
  "handoff.appStore.text": "Browser aplikasi ini tidak bisa membuka App Store sendiri. Ketuk tombol untuk melanjutkan.",
  "handoff.appStore.open": "Buka App Store",
  "handoff.appStore.web": "Atau buka App Store di browser",
  "handoff.googlePlay.title": "Unduh {app} di Google Play",
  "handoff.googlePlay.text": "Browser aplikasi ini tidak bisa membuka Google Play sendiri. Ketuk tombol untuk melanjutkan.",
  "handoff.googlePlay.open": "Buka Google Play",
  "handoff.googlePlay.web": "Atau buka Google Play di browser",

  "card.sharedFrom": "Dibagikan dari {app}",
  "card.sources": { other: "Sumber" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Dapatkan ringkasan harian Anda",
  "card.sharedBriefing": "Ringkasan yang dibagikan dari {app}",
} satisfies Messages;
