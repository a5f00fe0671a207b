/** Japanese (ja): です・ます; sentences join without a space and end in 「。」. */
import type { Messages } from "../catalog";

export const ja = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "。",

  "page.skipLink": "ブリーフィングへスキップ",
  "page.imageAlt": "{title} — {app}で共有されたブリーフィング",
  "page.readingTimeLabel": "読了時間",
  "page.readingTime": { other: "{count}分で読めます" },
  "page.sharedBy": "{name}さんが共有",
  "page.inBrief": "要点",
  "page.summarySources": "要約の出典",
  "page.sources": "出典",
  "page.opensInNewTab": "（新しいタブで開きます）",

  "header.getApp": "アプリを入手",

  "cta.title": "あなただけの毎日のブリーフィングを",
  "cta.free": "iPhone・Androidで無料",
  "cta.getApp": "{app}を入手",
  "cta.pitch": "{app}があなたの代わりにニュースを読み、出典付きの短いブリーフィングを毎朝お届けします。",
  "cta.taglineAndPitch": "{tagline}{pitch}",
  "cta.openInApp": "{app}をお持ちですか？アプリで開く",
  "cta.clipboardHandoff": "{app}をインストールすると、このブリーフィングが開きます。",

  "badge.appStore.above": "App Storeから",
  "badge.appStore.large": "ダウンロード",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "で手に入れよう",

  "footer.sharedFrom": "{app}から共有 — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "エラー {status}",
  "error.404.title": "このブリーフィングは存在しません",
  "error.404.body": "リンクが間違っているか、途中で切れている可能性があります。共有した方にもう一度送ってもらってください。",
  "error.410.title": "このブリーフィングの共有は終了しました",
  "error.410.body": "共有した方が削除したか、リンクの有効期限が切れました。ニュースは次へ進みます。あなたもぜひ。",
  "error.503.title": "このブリーフィングを読み込めませんでした",
  "error.503.body": "こちら側で問題が発生しました。しばらくしてからもう一度お試しください。",
  "error.tryAgain": "再試行",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app}は出典付きの短いニュースブリーフィングを毎朝お届けします。{tagline}",
  "home.heroText": "{pitch}あなただけの毎日のブリーフィングを、iPhone・Androidで無料で。",
  "home.feature1.title": "毎朝5分",
  "home.feature1.text": "大事なニュースだけを、コーヒー1杯の間に読める短いブリーフィングに。",
  "home.feature2.title": "すべてに出典を",
  "home.feature2.text": "各段落から元の報道へリンクしているので、さらに詳しく読めます。",
  "home.feature3.title": "共有しやすく",
  "home.feature3.text": "誰にでもブリーフィングを送れます。アプリもアカウントも不要で、すっきりしたページで開きます。",

  "getApp.title": "{app}をスマートフォンに",
  "getApp.scan": "スマートフォンのカメラでコードを読み取ると、App StoreまたはGoogle Playで{app}が開きます。",
  "getApp.free": "{app}はiPhone・Androidで無料です。",
  "getApp.qrLabel": "QRコード：スマートフォンで読み取って{app}を入手",

  "handoff.appStore.title": "App Storeで{app}を入手",
  "handoff.appStore.text": "このアプリ内のブラウザはApp Storeを直接開けません。ボタンをタップして続けてください。",
  "handoff.appStore.open": "App Storeを開く",
  "handoff.appStore.web": "またはブラウザでApp Storeを開く",
  "handoff.googlePlay.title": "Google Playで{app}を入手",
  "handoff.googlePlay.text": "このアプリ内のブラウザはGoogle Playを直接開けません。ボタンをタップして続けてください。",
  "handoff.googlePlay.open": "Google Playを開く",
  "handoff.googlePlay.web": "またはブラウザでGoogle Playを開く",

  "card.sharedFrom": "{app}から共有",
  "card.sources": { other: "出典" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "あなただけの毎日のブリーフィングを",
  "card.sharedBriefing": "{app}で共有されたブリーフィング",
} satisfies Messages;
