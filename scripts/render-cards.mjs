#!/usr/bin/env node
/**
 * `npm run render:cards`: renders the OG card set of issue 4 through the real Worker (wrangler dev on
 * 127.0.0.1:8792, throwaway storage) into artifacts/cards/ (git-ignored), and prints each card's size.
 * Look at every PNG after a design change.
 *
 *   npm run render:cards               # the set
 *   npm run render:cards -- --fallback # also refresh public/og/fallback.png (commit it)
 *   npm run render:cards -- --port 8821 # another port (when 8792 is someone else's)
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { LOCAL_TOKEN, createShare } from "../bench/lib/api-client.mjs";
import { startWorker } from "../bench/lib/worker-server.mjs";

const portFlag = process.argv.indexOf("--port");
const PORT = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 8792;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = new URL("../artifacts/cards/", import.meta.url);
const FALLBACK = new URL("../public/og/fallback.png", import.meta.url);

const cite = (domain) => ({ label: domain, url: `https://${domain}/news/story` });
const section = (text, citations = []) => ({ heading: "Why it matters", paragraphs: [{ text, citations }] });

function briefing(fields) {
  return {
    summaryCitations: [cite("reuters.com"), cite("thenextweb.com")],
    sections: [section("The lab said no customer data was exposed.", [cite("anthropic.com")])],
    topic: "AI",
    publishedAt: "2026-04-07T08:00:00Z",
    lang: "en",
    ...fields,
  };
}

const TWENTY_SOURCES = [
  "reuters.com", "apnews.com", "bbc.co.uk", "ft.com", "nytimes.com", "theverge.com", "wired.com",
  "bloomberg.com", "wsj.com", "economist.com", "lemonde.fr", "spiegel.de", "nikkei.com", "scmp.com",
  "theguardian.com", "axios.com", "politico.eu", "techcrunch.com", "arstechnica.com", "nature.com",
];

/** The set of issues 4 and 11: short and long English, Japanese, Chinese, Korean, Russian, emoji, Arabic, Hebrew, Persian, Thai, Hindi, Bengali, … */
const CARDS = {
  "01-short-english": briefing({
    title: "AI model pulled",
    summary: "A leading AI lab withdrew its newest model two days after launch, after an internal review found it could be steered into giving harmful advice.",
  }),
  "02-long-english": briefing({
    title:
      "Central banks in Europe, the United States and Japan signal a coordinated pause in rate rises as inflation cools faster than expected and unemployment edges up in a dozen major economies this spring",
    summary: "Markets rallied on the news, while analysts warned that energy prices and wage growth could still force policymakers to act again before the end of the year.",
    topic: "Economy",
  }),
  "03-japanese": briefing({
    title: "日銀、マイナス金利を解除　17年ぶりの利上げに踏み切る",
    summary: "日本銀行は金融政策決定会合で、マイナス金利政策の解除を決めた。賃上げの広がりを受け、物価目標の達成が見通せると判断した。",
    topic: "経済",
    lang: "ja",
  }),
  "04-chinese-simplified": briefing({
    title: "中国发布新一代人工智能发展规划，推动大模型在医疗和教育领域落地",
    summary: "国务院发布的规划提出，到2030年建成若干具有国际影响力的人工智能创新高地，并加强数据安全与算法治理。",
    topic: "科技",
    lang: "zh-CN",
  }),
  "05-chinese-traditional": briefing({
    title: "台灣半導體出口創新高，臺積電擴大海外投資",
    summary: "經濟部統計顯示，上月半導體出口年增三成，主要受惠於人工智慧伺服器需求強勁。",
    topic: "財經",
    lang: "zh-TW",
  }),
  "06-korean": briefing({
    title: "한국은행, 기준금리 동결…물가 안정 흐름 지켜본다",
    summary: "한국은행 금융통화위원회는 기준금리를 연 3.5%로 유지했다. 물가 상승률이 둔화되고 있지만 가계부채 증가세가 변수로 꼽힌다.",
    topic: "경제",
    lang: "ko",
  }),
  "07-russian": briefing({
    title: "Центробанк сохранил ключевую ставку и допустил её снижение летом",
    summary: "Регулятор отметил замедление инфляции и охлаждение потребительского спроса, но предупредил о рисках со стороны рынка труда.",
    topic: "Экономика",
    lang: "ru",
  }),
  "08-emoji": briefing({
    title: "Markets rally 📈 as rate cuts land 🎉 — what it means for you 💶",
    summary: "Stocks jumped 🚀 in Europe and Asia after three central banks cut rates on the same day 🇪🇺🇯🇵🇺🇸. Here is what changes for mortgages 🏠 and savings 🐷.",
    topic: "Markets 💹",
  }),
  "09-arabic": briefing({
    title: "البنك المركزي يخفض أسعار الفائدة للمرة الأولى منذ عامين",
    summary: "قال البنك إن التضخم تراجع بوتيرة أسرع من المتوقع، وإن الاقتصاد يحتاج إلى دعم إضافي.",
    topic: "اقتصاد",
    lang: "ar",
  }),
  "10-hebrew": briefing({
    title: "בנק ישראל הוריד את הריבית לראשונה מזה שנתיים",
    summary: "הנגיד אמר כי האינפלציה ירדה מהר מהצפוי.",
    topic: "כלכלה",
    lang: "he",
  }),
  "11-one-source": briefing({
    title: "Europe agrees on a common charger for every phone sold from 2026",
    summary: "The rule covers phones, tablets and cameras.",
    summaryCitations: [cite("europa.eu")],
    sections: [section("It will cut waste.")],
    topic: undefined,
  }),
  "12-twenty-sources": briefing({
    title: "What twenty newsrooms agree on about the state of the global economy",
    summary: "We read the coverage so you do not have to: growth is slowing, inflation is easing and the job market is holding up better than expected.",
    summaryCitations: TWENTY_SOURCES.map(cite),
  }),
  "13-greek-vietnamese": briefing({
    title: "Η Ελλάδα επιστρέφει στην επενδυτική βαθμίδα · Việt Nam tăng trưởng mạnh",
    summary: "Ο οίκος αξιολόγησης αναβάθμισε τη χώρα. Kinh tế Việt Nam tăng trưởng 6,5% trong quý đầu năm.",
    topic: "Οικονομία",
    lang: "el",
  }),
  // Issue 11: every script on its card, shaped and in reading order.
  "14-persian": briefing({
    title: "بانک مرکزی ایران نرخ بهره را برای نخستین بار در دو سال گذشته کاهش داد",
    summary: "رئیس‌کل بانک گفت تورم سریع‌تر از پیش‌بینی‌ها کاهش یافته و اقتصاد به حمایت بیشتری نیاز دارد.",
    topic: "اقتصاد",
    lang: "fa",
  }),
  "15-thai": briefing({
    title: "ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายเป็นครั้งแรกในรอบสองปี เพื่อพยุงเศรษฐกิจที่ชะลอตัว",
    summary: "คณะกรรมการนโยบายการเงินมีมติลดดอกเบี้ยลงร้อยละ 0.25 หลังอัตราเงินเฟ้อลดลงเร็วกว่าที่คาดการณ์ไว้",
    topic: "เศรษฐกิจ",
    lang: "th",
  }),
  "16-hindi": briefing({
    title: "भारतीय रिज़र्व बैंक ने दो साल में पहली बार ब्याज दरों में कटौती की",
    summary: "गवर्नर ने कहा कि महंगाई उम्मीद से तेज़ी से घटी है और अर्थव्यवस्था को अतिरिक्त सहारे की ज़रूरत है।",
    topic: "अर्थव्यवस्था",
    lang: "hi",
  }),
  "17-bengali": briefing({
    title: "বাংলাদেশ ব্যাংক দুই বছরে প্রথমবারের মতো নীতি সুদহার কমাল",
    summary: "গভর্নর বলেছেন, মূল্যস্ফীতি প্রত্যাশার চেয়ে দ্রুত কমেছে এবং অর্থনীতির আরও সহায়তা প্রয়োজন।",
    topic: "অর্থনীতি",
    lang: "bn",
  }),
  "18-arabic-mixed-direction": briefing({
    title: "شركة OpenAI تطلق نموذج GPT-5 في 150 دولة بدءاً من 7 أبريل 2026",
    summary: "النموذج الجديد أسرع بمرتين من GPT-4o، ويتوفر للمشتركين مقابل 20 دولاراً شهرياً.",
    topic: "تقنية",
    lang: "ar",
  }),
  "19-urdu": briefing({
    title: "اسٹیٹ بینک نے دو سال میں پہلی بار شرح سود میں کمی کر دی",
    summary: "گورنر نے کہا کہ مہنگائی توقع سے زیادہ تیزی سے کم ہوئی ہے۔",
    topic: "معیشت",
    lang: "ur",
  }),
};

async function fetchCard(origin, path) {
  const response = await fetch(`${origin}${path}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const view = new DataView(bytes.buffer);
  const size = bytes.length >= 24 ? `${view.getUint32(16)}×${view.getUint32(20)}` : "?";
  return { bytes, status: response.status, size, source: response.headers.get("server-timing") ?? "" };
}

/** Refuses to run against someone else's server on the port (it would answer with its own settings). */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", () => reject(new Error(`port ${port} is busy: stop what listens there first`)));
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
}

async function main() {
  await assertPortFree(PORT);
  await mkdir(OUT, { recursive: true });
  const worker = await startWorker({ port: PORT, cwd: ROOT });
  try {
    const { origin } = worker;
    const rows = [];
    for (const [name, content] of Object.entries(CARDS)) {
      const share = await createShare(origin, content);
      const card = await fetchCard(origin, new URL(share.imageUrl).pathname + new URL(share.imageUrl).search);
      await writeFile(new URL(`${name}.png`, OUT), card.bytes);
      rows.push({ name, ...card });
    }
    // A revoked share: the neutral brand card.
    const revoked = await createShare(origin, CARDS["01-short-english"]);
    await fetch(`${origin}/api/shares/${revoked.id}`, { method: "DELETE", headers: { authorization: `Bearer ${LOCAL_TOKEN}` } });
    const neutral = await fetchCard(origin, `/b/${revoked.id}/og.png`);
    const revokedName = `${String(Object.keys(CARDS).length + 1).padStart(2, "0")}-revoked`;
    await writeFile(new URL(`${revokedName}.png`, OUT), neutral.bytes);
    rows.push({ name: revokedName, ...neutral });
    if (process.argv.includes("--fallback")) {
      await writeFile(FALLBACK, neutral.bytes);
      console.log("wrote public/og/fallback.png (the neutral card): commit it");
    }

    for (const row of rows) {
      const kb = (row.bytes.length / 1024).toFixed(1).padStart(6);
      console.log(`${row.name.padEnd(24)} ${row.status} ${row.size.padEnd(9)} ${kb} KB  ${row.source}`);
    }
    console.log(`\n${rows.length} cards in artifacts/cards/`);
  } finally {
    await worker.stop();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
});
