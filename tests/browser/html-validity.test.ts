/// <reference types="node" />
/**
 * html-validate, a validator nobody here wrote, over every kind of page the Worker serves, as served
 * by `wrangler dev`: share pages (LTR, RTL, CJK, demo), the preview inspector, home, 404, 410,
 * get-the-app, store hand-off, and the dashboard signed out and in. No Chromium: the markup is what
 * is checked, so it is fast. The IOS_CLIPBOARD_HANDOFF=on variants are checked in clipboard-handoff.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildBriefing } from "../fixtures/briefings";
import { type CtaOutcome, USER_AGENTS } from "../fixtures/user-agents";
import { htmlFindings } from "./html-validate";
import { API_TOKEN, BASE_URL, createShare } from "./server";

/** The user agent of a human whose tap ends on `cta`, so each CTA page is the one the table names. */
const tapper = (cta: CtaOutcome) => USER_AGENTS.find((a) => a.kind === "human" && a.cta === cta)!.ua;

/** Share ids and the dashboard cookie, filled in beforeAll. */
const ids = { en: "", ar: "", ja: "", revoked: "" };
let session = "";

async function signIn(token: string): Promise<Response> {
  return fetch(`${BASE_URL}/dashboard/login`, {
    method: "POST",
    // The dashboard refuses a form post without a same-origin Origin, as a browser would send.
    headers: { origin: BASE_URL, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, next: "/dashboard" }),
    redirect: "manual",
  });
}

beforeAll(async () => {
  ids.en = await createShare({ briefing: buildBriefing({ title: "Central bank holds rates for a third time" }), sharer: { name: "Grace", ref: "user-42" } });
  ids.ar = await createShare({
    briefing: buildBriefing({
      lang: "ar",
      topic: "اقتصاد",
      title: "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة",
      summary: "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير.",
      sections: [{ heading: "لماذا يهم", paragraphs: [{ text: "يتوقع المحللون خفضاً في الربع القادم.", citations: [{ label: "reuters.com", url: "https://www.reuters.com/" }] }] }],
    }),
    sharer: { name: "ليلى" },
  });
  ids.ja = await createShare({
    briefing: buildBriefing({
      lang: "ja",
      topic: "テクノロジー",
      title: "大手AI研究所、最新モデルを公開48時間後に撤回",
      summary: "安全性テストで予期しない挙動が見つかった。",
      sections: [{ heading: "なぜ重要か", paragraphs: [{ text: "この規模のモデルが公開直後に撤回されるのは初めてだ。" }] }],
    }),
  });
  ids.revoked = await createShare({ briefing: buildBriefing({ title: "Storm season starts early" }) });
  const revoke = await fetch(`${BASE_URL}/api/shares/${ids.revoked}`, { method: "DELETE", headers: { authorization: `Bearer ${API_TOKEN}` } });
  if (!revoke.ok) throw new Error(`revoke failed: ${revoke.status}`);
  const signedIn = await signIn(API_TOKEN);
  if (signedIn.status !== 303) throw new Error(`sign-in failed: ${signedIn.status}`);
  session = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
});

interface PageCase {
  name: string;
  status: number;
  request: () => { path: string; init?: RequestInit };
}

const get = (path: string, headers: Record<string, string> = {}) => ({ path, init: { headers } });
const dashboard = (path: string) => get(path, { cookie: session });

const PAGES: readonly PageCase[] = [
  { name: "share page, English", status: 200, request: () => get(`/b/${ids.en}`) },
  { name: "share page, Arabic (RTL)", status: 200, request: () => get(`/b/${ids.ar}`) },
  { name: "share page, Japanese", status: 200, request: () => get(`/b/${ids.ja}`) },
  { name: "demo share", status: 200, request: () => get("/b/demo") },
  { name: "preview inspector", status: 200, request: () => get(`/b/${ids.en}/preview`) },
  { name: "home page", status: 200, request: () => get("/") },
  { name: "404, unknown share", status: 404, request: () => get("/b/NoSuchShare42") },
  { name: "410, revoked share", status: 410, request: () => get(`/b/${ids.revoked}`) },
  { name: "get-the-app page, a share's CTA on a desktop", status: 200, request: () => get(`/b/${ids.en}/get?via=banner`, { "user-agent": tapper("get-app-page") }) },
  { name: "get-the-app page, the brand CTA in Arabic", status: 200, request: () => get("/get", { "user-agent": tapper("get-app-page"), "accept-language": "ar" }) },
  { name: "store hand-off page, iOS in-app browser", status: 200, request: () => get(`/b/${ids.en}/get?via=banner`, { "user-agent": tapper("app-store-page") }) },
  { name: "store hand-off page, Android in-app browser", status: 200, request: () => get(`/b/${ids.en}/get?via=banner`, { "user-agent": tapper("play-intent-page") }) },
  { name: "dashboard sign-in", status: 200, request: () => get("/dashboard/login") },
  { name: "dashboard sign-in, session ended", status: 200, request: () => get("/dashboard/login?notice=session-ended") },
  { name: "dashboard overview", status: 200, request: () => dashboard("/dashboard") },
  { name: "dashboard overview, 7 days of CTA taps", status: 200, request: () => dashboard("/dashboard?range=7&metric=ctaClicks") },
  { name: "dashboard share list", status: 200, request: () => dashboard("/dashboard/shares") },
  { name: "dashboard share list, a bad filter", status: 400, request: () => dashboard("/dashboard/shares?status=bogus") },
  { name: "dashboard share page", status: 200, request: () => dashboard(`/dashboard/shares/${ids.en}`) },
  { name: "dashboard share page, just revoked", status: 200, request: () => dashboard(`/dashboard/shares/${ids.revoked}?revoked=1`) },
  { name: "dashboard message page (404)", status: 404, request: () => dashboard("/dashboard/shares/NoSuchShare42") },
];

describe("every page kind is valid HTML to html-validate (recommended + document presets)", () => {
  it.each(PAGES)("$name", async ({ status, request }) => {
    const { path, init } = request();
    // Manual redirects: a redirect (to a store, or to sign-in) must fail here, not validate another page.
    const response = await fetch(`${BASE_URL}${path}`, { ...init, redirect: "manual" });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await htmlFindings(await response.text(), path)).toEqual([]);
  });

  it("the sign-in page answering a wrong token (one failed attempt of the ten allowed)", async () => {
    const response = await signIn("not-a-token");
    expect(response.status).toBe(401);
    expect(await htmlFindings(await response.text(), "/dashboard/login (wrong token)")).toEqual([]);
  });
});

/** Markup each rule must still reject, so a configuration change cannot quietly make the table above pass. */
const DEFECTS = [
  ["prefer-native-element", `<div role="region" tabindex="0" aria-label="Figures"><p>1</p></div>`],
  ["require-csp-nonce", `<style>p{margin:0}</style>`],
  ["no-inline-style", `<p style="color:red">Hi</p>`],
  ["no-dup-id", `<p id="a">1</p><p id="a">2</p>`],
] as const;

describe("the configuration still catches defects", () => {
  it.each(DEFECTS)("%s", async (rule, body) => {
    const html = `<!doctype html><html lang="en"><head><title>Defect</title></head><body><main>${body}</main></body></html>`;
    expect((await htmlFindings(html, rule)).map((line) => line.split(" ")[0])).toContain(rule);
  });
});
