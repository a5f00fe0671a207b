/** Traditional Chinese (zh-Hant): Taiwan wording; Hong Kong and Macau readers get it too. */
import type { Messages } from "../catalog";

export const zhHant = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "。",

  "page.skipLink": "跳至簡報",
  "page.imageAlt": "{title} — 來自 {app} 的分享簡報",
  "page.readingTimeLabel": "閱讀時間",
  "page.readingTime": { other: "閱讀需 {count} 分鐘" },
  "page.sharedBy": "{name} 分享",
  "page.inBrief": "重點摘要",
  "page.summarySources": "摘要來源",
  "page.sources": "來源",
  "page.opensInNewTab": "（在新分頁中開啟）",

  "header.getApp": "下載 App",

  "cta.title": "取得你的專屬每日簡報",
  "cta.free": "iPhone 與 Android 免費下載",
  "cta.getApp": "下載 {app}",
  "cta.pitch": "{app} 幫你讀新聞，每天早上送上一份簡短、附有來源的簡報。",
  "cta.taglineAndPitch": "{tagline}{pitch}",
  "cta.openInApp": "已經有 {app} 了？在 App 中開啟",
  "cta.clipboardHandoff": "安裝 {app} 後，它會直接開啟這份簡報。",

  "badge.appStore.above": "下載自",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "立即下載",

  "footer.sharedFrom": "分享自 {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "錯誤 {status}",
  "error.404.title": "這份簡報不存在",
  "error.404.body": "連結可能輸入錯誤或不完整。請分享者再傳一次。",
  "error.410.title": "這份簡報已不再分享",
  "error.410.body": "分享者已將它移除，或連結已過期。新聞持續前進，你也是。",
  "error.503.title": "無法載入這份簡報",
  "error.503.body": "我們這邊發生問題，請稍後再試一次。",
  "error.tryAgain": "再試一次",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} 每天早上送上一份簡短、附有來源的新聞簡報。{tagline}",
  "home.heroText": "{pitch}取得你的專屬每日簡報，iPhone 與 Android 皆可免費使用。",
  "home.feature1.title": "每天早上五分鐘",
  "home.feature1.text": "重要新聞濃縮成一份簡報，一杯咖啡的時間就能讀完。",
  "home.feature2.title": "每項資訊都有來源",
  "home.feature2.text": "每個段落都連結到原始報導，方便你深入閱讀。",
  "home.feature3.title": "為分享而設計",
  "home.feature3.text": "把簡報傳給任何人：不需要 App 或帳號，開啟就是一個簡潔的頁面。",

  "getApp.title": "在手機上取得 {app}",
  "getApp.scan": "用手機相機掃描此 QR 圖碼，即可在 App Store 或 Google Play 開啟 {app}。",
  "getApp.free": "{app} 在 iPhone 與 Android 上免費。",
  "getApp.qrLabel": "QR 圖碼：用手機掃描以取得 {app}",

  "handoff.appStore.title": "在 App Store 取得 {app}",
  "handoff.appStore.text": "這個 App 的內建瀏覽器無法直接開啟 App Store。請點一下按鈕繼續。",
  "handoff.appStore.open": "開啟 App Store",
  "handoff.appStore.web": "或在瀏覽器中開啟 App Store",
  "handoff.googlePlay.title": "在 Google Play 取得 {app}",
  "handoff.googlePlay.text": "這個 App 的內建瀏覽器無法直接開啟 Google Play。請點一下按鈕繼續。",
  "handoff.googlePlay.open": "開啟 Google Play",
  "handoff.googlePlay.web": "或在瀏覽器中開啟 Google Play",

  "card.sharedFrom": "分享自 {app}",
  "card.sources": { other: "來源" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "取得你的專屬每日簡報",
  "card.sharedBriefing": "來自 {app} 的分享簡報",
} satisfies Messages;
