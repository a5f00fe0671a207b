/** Simplified Chinese (zh-Hans): mainland wording; full-width punctuation, sentences join without a space. */
import type { Messages } from "../catalog";

export const zhHans = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "。",

  "page.skipLink": "跳到简报",
  "page.imageAlt": "{title} — 来自 {app} 的分享简报",
  "page.readingTimeLabel": "阅读时间",
  "page.readingTime": { other: "阅读需 {count} 分钟" },
  "page.sharedBy": "{name} 分享",
  "page.inBrief": "要点速览",
  "page.summarySources": "摘要来源",
  "page.sources": "来源",
  "page.opensInNewTab": "（在新标签页中打开）",

  "header.getApp": "获取应用",

  "cta.title": "获取你的专属每日简报",
  "cta.free": "iPhone 和 Android 免费下载",
  "cta.getApp": "获取 {app}",
  "cta.pitch": "{app} 替你阅读新闻，每天早上发送一份简短且注明来源的简报。",
  "cta.taglineAndPitch": "{tagline}{pitch}",
  "cta.openInApp": "已安装 {app}？在应用中打开",
  "cta.clipboardHandoff": "安装 {app} 后，它会直接打开这份简报。",

  "badge.appStore.above": "下载自",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "下载应用，请到",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "分享自 {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "错误 {status}",
  "error.404.title": "此简报不存在",
  "error.404.body": "链接可能输错或不完整。请让分享者重新发送。",
  "error.410.title": "此简报已不再分享",
  "error.410.body": "分享者已将其删除，或链接已过期。新闻不断向前，你也一样。",
  "error.503.title": "无法加载此简报",
  "error.503.body": "我们这边出了点问题，请稍后重试。",
  "error.tryAgain": "重试",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} 每天早上为你发送一份简短且注明来源的新闻简报。{tagline}",
  "home.heroText": "{pitch}获取你的专属每日简报，iPhone 和 Android 均可免费使用。",
  "home.feature1.title": "每天早上五分钟",
  "home.feature1.text": "重要新闻浓缩成一份简报，一杯咖啡的时间就能读完。",
  "home.feature2.title": "每条信息都有来源",
  "home.feature2.text": "每个段落都链接到原始报道，方便你深入阅读。",
  "home.feature3.title": "为分享而生",
  "home.feature3.text": "把简报发给任何人：无需应用或账号，打开就是一个简洁的页面。",

  "getApp.title": "在手机上获取 {app}",
  "getApp.scan": "用手机相机扫描此二维码，即可在 App Store 或 Google Play 中打开 {app}。",
  "getApp.free": "{app} 在 iPhone 和 Android 上免费。",
  "getApp.qrLabel": "二维码：用手机扫描以获取 {app}",

  "handoff.appStore.title": "在 App Store 获取 {app}",
  "handoff.appStore.text": "此应用的内置浏览器无法直接打开 App Store。请点按按钮继续。",
  "handoff.appStore.open": "打开 App Store",
  "handoff.appStore.web": "或在浏览器中打开 App Store",
  "handoff.googlePlay.title": "在 Google Play 获取 {app}",
  "handoff.googlePlay.text": "此应用的内置浏览器无法直接打开 Google Play。请点按按钮继续。",
  "handoff.googlePlay.open": "打开 Google Play",
  "handoff.googlePlay.web": "或在浏览器中打开 Google Play",

  "card.sharedFrom": "分享自 {app}",
  "card.sources": { other: "来源" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "获取你的专属每日简报",
  "card.sharedBriefing": "来自 {app} 的分享简报",
} satisfies Messages;
