/** Hindi (hi): आप; the danda (।) ends a sentence. */
import type { Messages } from "../catalog";

export const hi = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "।",

  "page.skipLink": "ब्रीफ़िंग पर जाएँ",
  "page.imageAlt": "{title} — {app} से शेयर की गई ब्रीफ़िंग",
  "page.readingTimeLabel": "पढ़ने का समय",
  "page.readingTime": { one: "पढ़ने में {count} मिनट", other: "पढ़ने में {count} मिनट" },
  "page.sharedBy": "{name} ने शेयर किया",
  "page.inBrief": "संक्षेप में",
  "page.summarySources": "सारांश के स्रोत",
  "page.sources": "स्रोत",
  "page.opensInNewTab": "(नए टैब में खुलता है)",

  "header.getApp": "ऐप पाएँ",

  "cta.title": "अपनी रोज़ की ब्रीफ़िंग पाएँ",
  "cta.free": "iPhone और Android पर मुफ़्त",
  "cta.getApp": "{app} पाएँ",
  "cta.pitch": "{app} आपके लिए ख़बरें पढ़ता है और हर सुबह स्रोतों के साथ एक छोटी ब्रीफ़िंग भेजता है।",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "{app} पहले से है? ऐप में खोलें",
  "cta.clipboardHandoff": "{app} इंस्टॉल करने के बाद यही ब्रीफ़िंग खुलेगी।",

  "badge.appStore.above": "",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "से डाउनलोड करें",
  "badge.googlePlay.above": "",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "पर पाएं",

  "footer.sharedFrom": "{app} से शेयर किया गया — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "त्रुटि {status}",
  "error.404.title": "यह ब्रीफ़िंग मौजूद नहीं है",
  "error.404.body": "हो सकता है लिंक गलत टाइप हुआ हो या अधूरा हो। जिन्होंने इसे शेयर किया है, उनसे इसे दोबारा भेजने को कहें।",
  "error.410.title": "यह ब्रीफ़िंग अब शेयर नहीं की जा रही",
  "error.410.body": "शेयर करने वाले ने इसे हटा दिया है, या लिंक की अवधि खत्म हो गई है। ख़बरें आगे बढ़ती हैं, आप भी बढ़ें।",
  "error.503.title": "हम यह ब्रीफ़िंग लोड नहीं कर सके",
  "error.503.body": "हमारी ओर से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर कोशिश करें।",
  "error.tryAgain": "फिर कोशिश करें",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} हर सुबह आपको स्रोतों के साथ एक छोटी न्यूज़ ब्रीफ़िंग भेजता है। {tagline}",
  "home.heroText": "{pitch} अपनी रोज़ की ब्रीफ़िंग पाएँ, iPhone और Android पर मुफ़्त।",
  "home.feature1.title": "हर सुबह, बस पाँच मिनट",
  "home.feature1.text": "ज़रूरी ख़बरें, एक छोटी ब्रीफ़िंग में, जिसे सुबह की चाय के साथ पढ़ा जा सके।",
  "home.feature2.title": "हर बात का स्रोत",
  "home.feature2.text": "हर पैराग्राफ़ उस रिपोर्टिंग से जुड़ा है जिस पर वह आधारित है, ताकि आप आगे पढ़ सकें।",
  "home.feature3.title": "शेयर करने के लिए बना",
  "home.feature3.text": "किसी को भी ब्रीफ़िंग भेजें: यह एक साफ़-सुथरे पेज के रूप में खुलती है, बिना ऐप या अकाउंट के।",

  "getApp.title": "{app} अपने फ़ोन पर पाएँ",
  "getApp.scan": "अपने फ़ोन का कैमरा इस कोड की ओर करें: यह App Store या Google Play पर {app} खोल देगा।",
  "getApp.free": "{app} iPhone और Android पर मुफ़्त है।",
  "getApp.qrLabel": "QR कोड: {app} पाने के लिए अपने फ़ोन से स्कैन करें",

  "handoff.appStore.title": "App Store से {app} पाएँ",
  "handoff.appStore.text": "इस ऐप का ब्राउज़र App Store को खुद नहीं खोल सकता। आगे बढ़ने के लिए बटन पर टैप करें।",
  "handoff.appStore.open": "App Store खोलें",
  "handoff.appStore.web": "या App Store को ब्राउज़र में खोलें",
  "handoff.googlePlay.title": "Google Play से {app} पाएँ",
  "handoff.googlePlay.text": "इस ऐप का ब्राउज़र Google Play को खुद नहीं खोल सकता। आगे बढ़ने के लिए बटन पर टैप करें।",
  "handoff.googlePlay.open": "Google Play खोलें",
  "handoff.googlePlay.web": "या Google Play को ब्राउज़र में खोलें",

  "card.sharedFrom": "{app} से शेयर किया गया",
  "card.sources": { one: "स्रोत", other: "स्रोत" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "अपनी रोज़ की ब्रीफ़िंग पाएँ",
  "card.sharedBriefing": "{app} से शेयर की गई ब्रीफ़िंग",
} satisfies Messages;
