/** Polish (pl): informal, gender-neutral phrasing ("Udostępnia: {name}"). */
import type { Messages } from "../catalog";

export const pl = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Przejdź do przeglądu",
  "page.imageAlt": "{title} — przegląd udostępniony w aplikacji {app}",
  "page.readingTimeLabel": "Czas czytania",
  "page.readingTime": { one: "{count} min czytania", few: "{count} min czytania", many: "{count} min czytania", other: "{count} min czytania" },
  "page.sharedBy": "Udostępnia: {name}",
  "page.inBrief": "W skrócie",
  "page.summarySources": "Źródła podsumowania",
  "page.sources": "Źródła",
  "page.opensInNewTab": "(otwiera się w nowej karcie)",

  "header.getApp": "Pobierz aplikację",

  "cta.title": "Otrzymuj własny codzienny przegląd",
  "cta.free": "Za darmo na iPhone’a i Androida",
  "cta.getApp": "Pobierz {app}",
  "cta.pitch": "{app} czyta za Ciebie wiadomości i co rano wysyła krótki przegląd ze źródłami.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Masz już {app}? Otwórz w aplikacji",
  "cta.clipboardHandoff": "Po zainstalowaniu {app} otworzy ten przegląd.",

  "badge.appStore.above": "Pobierz z",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "POBIERZ Z",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Udostępniono w aplikacji {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Błąd {status}",
  "error.404.title": "Ten przegląd nie istnieje",
  "error.404.body": "Link może zawierać literówkę lub być niepełny. Poproś osobę, która go udostępniła, o ponowne wysłanie.",
  "error.410.title": "Ten przegląd nie jest już udostępniany",
  "error.410.body": "Osoba, która go udostępniła, usunęła go albo link wygasł. Wiadomości płyną dalej, Ty też możesz.",
  "error.503.title": "Nie udało się wczytać tego przeglądu",
  "error.503.body": "Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.",
  "error.tryAgain": "Spróbuj ponownie",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} co rano wysyła Ci krótki przegląd wiadomości ze źródłami. {tagline}",
  "home.heroText": "{pitch} Otrzymuj własny codzienny przegląd – za darmo na iPhone’a i Androida.",
  "home.feature1.title": "Pięć minut każdego ranka",
  "home.feature1.text": "Najważniejsze wiadomości w krótkim przeglądzie do przeczytania przy kawie.",
  "home.feature2.title": "Każda informacja ze źródłem",
  "home.feature2.text": "Każdy akapit prowadzi do materiałów, na których się opiera, więc możesz czytać dalej.",
  "home.feature3.title": "Stworzony do udostępniania",
  "home.feature3.text": "Wyślij przegląd komu chcesz: otworzy się jako przejrzysta strona, bez aplikacji i konta.",

  "getApp.title": "Pobierz {app} na telefon",
  "getApp.scan": "Skieruj aparat telefonu na kod: otworzy {app} w App Store lub Google Play.",
  "getApp.free": "Aplikacja {app} jest bezpłatna na iPhone’a i Androida.",
  "getApp.qrLabel": "Kod QR: zeskanuj telefonem, aby pobrać {app}",

  "handoff.appStore.title": "Pobierz {app} z App Store",
  "handoff.appStore.text": "Przeglądarka tej aplikacji nie może sama otworzyć App Store. Dotknij przycisku, aby kontynuować.",
  "handoff.appStore.open": "Otwórz App Store",
  "handoff.appStore.web": "Lub otwórz App Store w przeglądarce",
  "handoff.googlePlay.title": "Pobierz {app} z Google Play",
  "handoff.googlePlay.text": "Przeglądarka tej aplikacji nie może sama otworzyć Google Play. Dotknij przycisku, aby kontynuować.",
  "handoff.googlePlay.open": "Otwórz Google Play",
  "handoff.googlePlay.web": "Lub otwórz Google Play w przeglądarce",

  "card.sharedFrom": "Udostępniono w aplikacji {app}",
  "card.sources": { one: "Źródło", few: "Źródła", many: "Źródła", other: "Źródła" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Otrzymuj własny codzienny przegląd",
  "card.sharedBriefing": "Przegląd udostępniony w aplikacji {app}",
} satisfies Messages;
