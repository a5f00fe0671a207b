/** Thai (th): no full stop (a space separates sentences), no plural forms. */
import type { Messages } from "../catalog";

export const th = {
  "common.titleWithApp": "{title} · {app}",
  "punctuation.sentenceEnd": "",

  "page.skipLink": "ข้ามไปยังสรุปข่าว",
  "page.imageAlt": "{title} — สรุปข่าวที่แชร์จาก {app}",
  "page.readingTimeLabel": "เวลาอ่าน",
  "page.readingTime": { other: "อ่าน {count} นาที" },
  "page.sharedBy": "แชร์โดย {name}",
  "page.inBrief": "สรุปสั้น ๆ",
  "page.summarySources": "แหล่งที่มาของสรุป",
  "page.sources": "แหล่งที่มา",
  "page.opensInNewTab": "(เปิดในแท็บใหม่)",

  "header.getApp": "ดาวน์โหลดแอป",

  "cta.title": "รับสรุปข่าวประจำวันของคุณเอง",
  "cta.free": "ใช้ฟรีบน iPhone และ Android",
  "cta.getApp": "ดาวน์โหลด {app}",
  "cta.pitch": "{app} อ่านข่าวแทนคุณ แล้วส่งสรุปข่าวสั้น ๆ พร้อมแหล่งที่มาให้ทุกเช้า",
  "cta.taglineAndPitch": "{tagline} {pitch}",
  "cta.openInApp": "มี {app} อยู่แล้วใช่ไหม เปิดในแอป",
  "cta.clipboardHandoff": "หลังจากติดตั้ง {app} แอปจะเปิดสรุปข่าวนี้ให้",

  "badge.appStore.above": "ดาวน์โหลดบน",
  "badge.appStore.large": "App Store",
  "badge.appStore.below": "",
  "badge.googlePlay.above": "ดาวน์โหลดได้จาก",
  "badge.googlePlay.large": "Google Play",
  "badge.googlePlay.below": "",

  "footer.sharedFrom": "แชร์จาก {app} — {tagline}",
  "footer.brand": "{app} — {tagline}",

  "error.code": "ข้อผิดพลาด {status}",
  "error.404.title": "ไม่พบสรุปข่าวนี้",
  "error.404.body": "ลิงก์อาจพิมพ์ผิดหรือไม่ครบ ลองขอให้ผู้ที่แชร์ส่งมาให้อีกครั้ง",
  "error.410.title": "สรุปข่าวนี้ไม่ได้แชร์แล้ว",
  "error.410.body": "ผู้ที่แชร์ได้ลบออกแล้ว หรือลิงก์หมดอายุ ข่าวสารเดินหน้าต่อไป คุณก็เช่นกัน",
  "error.503.title": "โหลดสรุปข่าวนี้ไม่ได้",
  "error.503.body": "เกิดข้อผิดพลาดจากฝั่งเรา โปรดลองอีกครั้งในอีกสักครู่",
  "error.tryAgain": "ลองอีกครั้ง",

  "home.documentTitle": "{app} · {tagline}",
  "home.description": "{app} ส่งสรุปข่าวสั้น ๆ พร้อมแหล่งที่มาให้คุณทุกเช้า {tagline}",
  "home.heroText": "{pitch} รับสรุปข่าวประจำวันของคุณเอง ใช้ฟรีบน iPhone และ Android",
  "home.feature1.title": "ห้านาที ทุกเช้า",
  "home.feature1.text": "ข่าวที่สำคัญ ในสรุปสั้น ๆ ที่อ่านจบได้ระหว่างจิบกาแฟ",
  "home.feature2.title": "ทุกข้อมูลมีแหล่งที่มา",
  "home.feature2.text": "ทุกย่อหน้าลิงก์ไปยังรายงานต้นทาง ให้คุณอ่านต่อได้",
  "home.feature3.title": "ออกแบบมาเพื่อการแชร์",
  "home.feature3.text": "ส่งสรุปข่าวให้ใครก็ได้ เปิดเป็นหน้าเว็บที่อ่านง่าย ไม่ต้องมีแอปหรือบัญชี",

  "getApp.title": "ติดตั้ง {app} บนโทรศัพท์ของคุณ",
  "getApp.scan": "หันกล้องโทรศัพท์ไปที่โค้ดนี้ แล้ว {app} จะเปิดขึ้นใน App Store หรือ Google Play",
  "getApp.free": "{app} ใช้ฟรีบน iPhone และ Android",
  "getApp.qrLabel": "คิวอาร์โค้ด: สแกนด้วยโทรศัพท์เพื่อดาวน์โหลด {app}",

  "handoff.appStore.title": "ดาวน์โหลด {app} บน App Store",
  "handoff.appStore.text": "เบราว์เซอร์ของแอปนี้เปิด App Store เองไม่ได้ แตะปุ่มเพื่อดำเนินการต่อ",
  "handoff.appStore.open": "เปิด App Store",
  "handoff.appStore.web": "หรือเปิด App Store ในเบราว์เซอร์",
  "handoff.googlePlay.title": "ดาวน์โหลด {app} บน Google Play",
  "handoff.googlePlay.text": "เบราว์เซอร์ของแอปนี้เปิด Google Play เองไม่ได้ แตะปุ่มเพื่อดำเนินการต่อ",
  "handoff.googlePlay.open": "เปิด Google Play",
  "handoff.googlePlay.web": "หรือเปิด Google Play ในเบราว์เซอร์",

  "card.sharedFrom": "แชร์จาก {app}",
  "card.sources": { other: "แหล่งที่มา" },
  "card.moreSources": "+{count}",
  "card.getYourOwn": "รับสรุปข่าวประจำวันของคุณเอง",
  "card.sharedBriefing": "สรุปข่าวที่แชร์จาก {app}",
} satisfies Messages;
