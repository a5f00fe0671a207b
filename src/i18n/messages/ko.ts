/** Korean (ko): 합쇼체/해요체; "{app} 앱이" keeps the particle right whatever the app's name ends with. */
import type { Messages } from "../catalog";

export const ko = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "브리핑으로 건너뛰기",
  "page.imageAlt": "{title} — {app}에서 공유한 브리핑",
  "page.readingTimeLabel": "읽는 시간",
  "page.readingTime": { other: "{count}분 분량" },
  "page.sharedBy": "{name} 님이 공유함",
  "page.inBrief": "핵심 요약",
  "page.summarySources": "요약 출처",
  "page.sources": "출처",
  "page.opensInNewTab": "(새 탭에서 열림)",

  "header.getApp": "앱 받기",

  "cta.title": "나만의 데일리 브리핑 받기",
  "cta.free": "iPhone과 Android에서 무료",
  "cta.getApp": "{app} 받기",
  "cta.pitch": "{app} 앱이 뉴스를 대신 읽고 매일 아침 출처가 담긴 짧은 브리핑을 보내 드립니다.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "이미 {app} 앱이 있나요? 앱에서 열기",
  "cta.clipboardHandoff": "{app} 앱을 설치하면 이 브리핑이 열립니다.",

  "badge.appStore.above": "App Store에서",
  "badge.appStore.large": "다운로드하기",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "다운로드하기",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "{app}에서 공유 — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "오류 {status}",
  "error.404.title": "존재하지 않는 브리핑입니다",
  "error.404.body": "링크가 잘못 입력되었거나 잘렸을 수 있습니다. 공유한 분께 다시 보내 달라고 요청해 보세요.",
  "error.410.title": "더 이상 공유되지 않는 브리핑입니다",
  "error.410.body": "공유한 분이 삭제했거나 링크가 만료되었습니다. 뉴스는 계속됩니다. 여러분도 계속 나아가세요.",
  "error.503.title": "브리핑을 불러오지 못했습니다",
  "error.503.body": "저희 쪽에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
  "error.tryAgain": "다시 시도",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} 앱이 매일 아침 출처가 담긴 짧은 뉴스 브리핑을 보내 드립니다. {tagline}",
  "home.heroText": "{pitch} 나만의 데일리 브리핑을 iPhone과 Android에서 무료로 받아 보세요.",
  "home.feature1.title": "매일 아침 5분",
  "home.feature1.text": "중요한 뉴스만, 커피 한 잔과 함께 읽을 수 있는 짧은 브리핑으로.",
  "home.feature2.title": "모든 내용에 출처를",
  "home.feature2.text": "각 문단이 원문 기사로 연결되어 더 깊이 읽을 수 있습니다.",
  "home.feature3.title": "공유하기 좋게",
  "home.feature3.text": "누구에게나 브리핑을 보내세요. 앱이나 계정 없이 깔끔한 페이지로 열립니다.",

  "getApp.title": "휴대폰에서 {app} 받기",
  "getApp.scan": "휴대폰 카메라로 코드를 비추면 App Store 또는 Google Play에서 {app} 앱이 열립니다.",
  "getApp.free": "{app} 앱은 iPhone과 Android에서 무료입니다.",
  "getApp.qrLabel": "QR 코드: 휴대폰으로 스캔해 {app} 받기",

  "handoff.appStore.title": "App Store에서 {app} 받기",
  "handoff.appStore.text": "이 앱의 브라우저는 App Store를 직접 열 수 없습니다. 버튼을 눌러 계속하세요.",
  "handoff.appStore.open": "App Store 열기",
  "handoff.appStore.web": "또는 브라우저에서 App Store 열기",
  "handoff.googlePlay.title": "Google Play에서 {app} 받기",
  "handoff.googlePlay.text": "이 앱의 브라우저는 Google Play를 직접 열 수 없습니다. 버튼을 눌러 계속하세요.",
  "handoff.googlePlay.open": "Google Play 열기",
  "handoff.googlePlay.web": "또는 브라우저에서 Google Play 열기",

  "card.sharedFrom": "{app}에서 공유",
  "card.sources": { other: "출처" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "나만의 데일리 브리핑 받기",
  "card.sharedBriefing": "{app}에서 공유한 브리핑",
} satisfies Messages;
