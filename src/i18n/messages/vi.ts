/** Vietnamese (vi): bạn. */
import type { Messages } from "../catalog";

export const vi = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": ".",

  "page.skipLink": "Chuyển đến bản tin",
  "page.imageAlt": "{title} — bản tin được chia sẻ từ {app}",
  "page.readingTimeLabel": "Thời gian đọc",
  "page.readingTime": { other: "{count} phút đọc" },
  "page.sharedBy": "Được chia sẻ bởi {name}",
  "page.inBrief": "Tóm tắt",
  "page.summarySources": "Nguồn của phần tóm tắt",
  "page.sources": "Nguồn",
  "page.opensInNewTab": "(mở trong thẻ mới)",

  "header.getApp": "Tải ứng dụng",

  "cta.title": "Nhận bản tin hằng ngày của riêng bạn",
  "cta.free": "Miễn phí trên iPhone và Android",
  "cta.getApp": "Tải {app}",
  "cta.pitch": "{app} đọc tin tức thay bạn và mỗi sáng gửi cho bạn một bản tin ngắn gọn, có nguồn rõ ràng.",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "Đã có {app}? Mở trong ứng dụng",
  "cta.clipboardHandoff": "Sau khi bạn cài đặt {app}, ứng dụng sẽ mở bản tin này.",

  "badge.appStore.above": "Tải về trên",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "TẢI NỘI DUNG TRÊN",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "Được chia sẻ từ {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "Lỗi {status}",
  "error.404.title": "Bản tin này không tồn tại",
  "error.404.body": "Có thể đường liên kết bị gõ sai hoặc bị cắt ngắn. Hãy nhờ người đã chia sẻ gửi lại.",
  "error.410.title": "Bản tin này không còn được chia sẻ",
  "error.410.body": "Người chia sẻ đã gỡ bản tin, hoặc đường liên kết đã hết hạn. Tin tức luôn tiếp diễn, và bạn cũng vậy.",
  "error.503.title": "Không thể tải bản tin này",
  "error.503.body": "Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại sau giây lát.",
  "error.tryAgain": "Thử lại",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "Mỗi sáng, {app} gửi cho bạn một bản tin ngắn gọn, có nguồn rõ ràng. {tagline}",
  "home.heroText": "{pitch} Nhận bản tin hằng ngày của riêng bạn, miễn phí trên iPhone và Android.",
  "home.feature1.title": "Năm phút mỗi sáng",
  "home.feature1.text": "Những tin quan trọng, gói gọn trong một bản tin ngắn để đọc cùng tách cà phê.",
  "home.feature2.title": "Mọi thông tin đều có nguồn",
  "home.feature2.text": "Mỗi đoạn đều dẫn đến bài báo gốc, để bạn đọc thêm.",
  "home.feature3.title": "Sinh ra để chia sẻ",
  "home.feature3.text": "Gửi bản tin cho bất kỳ ai: bản tin mở ra như một trang gọn gàng, không cần ứng dụng hay tài khoản.",

  "getApp.title": "Tải {app} về điện thoại",
  "getApp.scan": "Hướng camera điện thoại vào mã: mã sẽ mở {app} trên App Store hoặc Google Play.",
  "getApp.free": "{app} miễn phí trên iPhone và Android.",
  "getApp.qrLabel": "Mã QR: quét bằng điện thoại để tải {app}",

  "handoff.appStore.title": "Tải {app} trên App Store",
  "handoff.appStore.text": "Trình duyệt của ứng dụng này không tự mở được App Store. Hãy nhấn nút để tiếp tục.",
  "handoff.appStore.open": "Mở App Store",
  "handoff.appStore.web": "Hoặc mở App Store trong trình duyệt",
  "handoff.googlePlay.title": "Tải {app} trên Google Play",
  "handoff.googlePlay.text": "Trình duyệt của ứng dụng này không tự mở được Google Play. Hãy nhấn nút để tiếp tục.",
  "handoff.googlePlay.open": "Mở Google Play",
  "handoff.googlePlay.web": "Hoặc mở Google Play trong trình duyệt",

  "card.sharedFrom": "Chia sẻ từ {app}",
  "card.sources": { other: "Nguồn" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "Nhận bản tin hằng ngày của riêng bạn",
  "card.sharedBriefing": "Bản tin được chia sẻ từ {app}",
} satisfies Messages;
