/** Bengali (bn): আপনি; the dari (।) ends a sentence. */
import type { Messages } from "../catalog";

export const bn = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "।",

  "page.skipLink": "ব্রিফিংয়ে যান",
  "page.imageAlt": "{title} — {app} থেকে শেয়ার করা একটি ব্রিফিং",
  "page.readingTimeLabel": "পড়ার সময়",
  "page.readingTime": { one: "পড়তে {count} মিনিট", other: "পড়তে {count} মিনিট" },
  "page.sharedBy": "শেয়ার করেছেন {name}",
  "page.inBrief": "সংক্ষেপে",
  "page.summarySources": "সারসংক্ষেপের সূত্র",
  "page.sources": "সূত্র",
  "page.opensInNewTab": "(নতুন ট্যাবে খোলে)",

  "header.getApp": "অ্যাপটি নিন",

  "cta.title": "নিজের দৈনিক ব্রিফিং পান",
  "cta.free": "iPhone ও Android-এ বিনামূল্যে",
  "cta.getApp": "{app} নিন",
  "cta.pitch": "{app} আপনার হয়ে খবর পড়ে এবং প্রতিদিন সকালে সূত্রসহ একটি ছোট ব্রিফিং পাঠায়।",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "{app} আগে থেকেই আছে? অ্যাপে খুলুন",
  "cta.clipboardHandoff": "{app} ইনস্টল করার পর এই ব্রিফিংটি খুলবে।",

  "badge.appStore.above": "",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "থেকে ডাউনলোড করুন",
  "badge.googlePlay.above": "এটি",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "তে পান",

  "footer.sharedFrom": "{app} থেকে শেয়ার করা — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "ত্রুটি {status}",
  "error.404.title": "এই ব্রিফিংটি নেই",
  "error.404.body": "লিংকটি হয়তো ভুল টাইপ হয়েছে বা কেটে গেছে। যিনি শেয়ার করেছেন, তাঁকে আবার পাঠাতে বলুন।",
  "error.410.title": "এই ব্রিফিংটি আর শেয়ার করা নেই",
  "error.410.body": "যিনি শেয়ার করেছিলেন তিনি এটি সরিয়ে দিয়েছেন, অথবা লিংকের মেয়াদ শেষ হয়েছে। খবর থেমে থাকে না, আপনিও না।",
  "error.503.title": "এই ব্রিফিংটি লোড করা গেল না",
  "error.503.body": "আমাদের দিকে কিছু সমস্যা হয়েছে। একটু পরে আবার চেষ্টা করুন।",
  "error.tryAgain": "আবার চেষ্টা করুন",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} প্রতিদিন সকালে আপনাকে সূত্রসহ একটি ছোট খবরের ব্রিফিং পাঠায়। {tagline}",
  "home.heroText": "{pitch} নিজের দৈনিক ব্রিফিং পান, iPhone ও Android-এ বিনামূল্যে।",
  "home.feature1.title": "প্রতিদিন সকালে পাঁচ মিনিট",
  "home.feature1.text": "গুরুত্বপূর্ণ খবর, এক কাপ চায়ের সঙ্গে পড়ে ফেলার মতো একটি ছোট ব্রিফিংয়ে।",
  "home.feature2.title": "প্রতিটি তথ্যের সূত্র",
  "home.feature2.text": "প্রতিটি অনুচ্ছেদে মূল প্রতিবেদনের লিংক আছে, যাতে আপনি আরও পড়তে পারেন।",
  "home.feature3.title": "শেয়ার করার জন্যই তৈরি",
  "home.feature3.text": "যে কাউকে ব্রিফিং পাঠান: অ্যাপ বা অ্যাকাউন্ট ছাড়াই এটি একটি পরিচ্ছন্ন পেজ হিসেবে খোলে।",

  "getApp.title": "আপনার ফোনে {app} নিন",
  "getApp.scan": "ফোনের ক্যামেরা কোডটির দিকে ধরুন: এটি App Store বা Google Play-এ {app} খুলবে।",
  "getApp.free": "{app} iPhone ও Android-এ বিনামূল্যে।",
  "getApp.qrLabel": "QR কোড: {app} পেতে ফোন দিয়ে স্ক্যান করুন",

  "handoff.appStore.title": "App Store থেকে {app} নিন",
  "handoff.appStore.text": "এই অ্যাপের ব্রাউজার নিজে থেকে App Store খুলতে পারে না। চালিয়ে যেতে বোতামে ট্যাপ করুন।",
  "handoff.appStore.open": "App Store খুলুন",
  "handoff.appStore.web": "অথবা ব্রাউজারে App Store খুলুন",
  "handoff.googlePlay.title": "Google Play থেকে {app} নিন",
  "handoff.googlePlay.text": "এই অ্যাপের ব্রাউজার নিজে থেকে Google Play খুলতে পারে না। চালিয়ে যেতে বোতামে ট্যাপ করুন।",
  "handoff.googlePlay.open": "Google Play খুলুন",
  "handoff.googlePlay.web": "অথবা ব্রাউজারে Google Play খুলুন",

  "card.sharedFrom": "{app} থেকে শেয়ার করা",
  "card.sources": { one: "সূত্র", other: "সূত্র" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "নিজের দৈনিক ব্রিফিং পান",
  "card.sharedBriefing": "{app} থেকে শেয়ার করা একটি ব্রিফিং",
} satisfies Messages;
