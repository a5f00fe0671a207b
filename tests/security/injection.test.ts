/**
 * Injection: every briefing field filled with each naughty string and XSS payload. The page parsed
 * with a payload has exactly the elements and attributes of the same page with harmless text (no
 * element, attribute, handler or javascript: URL the template did not put there), its JSON-LD still
 * parses, and every field shows literally. The same for the get-the-app and error pages.
 */
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Briefing, type Sharer, ShareRequestSchema } from "../../src/domain/briefing-schema";
import { HEADLINE_MAX_CHARS } from "../../src/domain/json-ld";
import { truncateText } from "../../src/domain/page-description";
import { newShareId } from "../../src/domain/share-id";
import { shareVersion } from "../../src/domain/share-version";
import { truncateGraphemes } from "../../src/domain/truncate-graphemes";
import { kvKeys } from "../../src/storage/kv-keys";
import { type ParsedPage, findAll, parseHtml } from "../fixtures/html";
import { TEXT_PAYLOADS, URL_PAYLOADS } from "../fixtures/injection-payloads";
import { isPlainText } from "../property/arbitraries";
import { harness } from "./harness";

const DESKTOP = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

/** The first `max` characters (code points), as the schema counts them. */
const clip = (text: string, max: number) => Array.from(text).slice(0, max).join("");
/** HTML parsing turns CR and CRLF into LF; compare text after the same normalisation. */
const lf = (text: string) => text.replace(/\r\n?/g, "\n");
/** workerd's HTMLRewriter drops a leading U+FEFF from attribute values (browsers keep it): compare without it. */
const attr = (text: string) => lf(text).replace(/^\ufeff/, "");

interface Filled {
  briefing: Briefing;
  sharer: Sharer;
}

/** A briefing with `fill(max)` in every text field (and `url` in every citation URL). */
function filledBriefing(fill: (max: number) => string, url = "https://example.com/source"): Filled {
  const label = fill(120);
  return {
    briefing: {
      title: fill(200),
      summary: fill(1000),
      summaryCitations: [{ label, url }, { label }],
      sections: [
        { heading: fill(200), paragraphs: [{ text: fill(5000), citations: [{ label, url }] }, { text: fill(5000) }] },
        { heading: fill(200), paragraphs: [{ text: fill(5000) }] },
      ],
      topic: fill(60),
      publishedAt: "2026-04-07T08:00:00Z",
      lang: "en",
    },
    sharer: { name: fill(80), ref: fill(64) },
  };
}

/** The same shape with harmless text: blank stays blank and empty stays empty, so the template branches alike. */
const harmless = (payload: string) => (max: number) => {
  const value = clip(payload, max);
  return value.trim() === "" ? value : "harmless";
};

/** Attributes whose value a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "background", "data", "ping"]);

/** Each element as `tag[attribute names]`: what a payload must never change. */
const skeleton = (page: ParsedPage) => page.elements.map((e) => `${e.tag}[${Object.keys(e.attributes).sort().join(" ")}]`);

/**
 * Event handlers and javascript:/vbscript: URLs anywhere in the page, and data: URLs the control
 * page does not have (the template's own inline icons are data: URLs).
 */
function dangerousAttributes(page: ParsedPage, control: ParsedPage): string[] {
  const templateOwn = new Set(control.elements.flatMap((e) => Object.entries(e.attributes).map(([n, v]) => `${e.tag} ${n}=${v}`)));
  const found: string[] = [];
  for (const element of page.elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${element.tag} ${name}`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      // Browsers ignore tabs, newlines and leading spaces in a URL's scheme.
      const scheme = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      const entry = `${element.tag} ${name}=${value}`;
      if (/^(javascript|vbscript):/.test(scheme)) found.push(entry);
      if (scheme.startsWith("data:") && !templateOwn.has(entry)) found.push(entry);
    }
  }
  return found;
}

/**
 * Stores a share the way the API does after validating it (same schema, same KV record), without
 * the API's Durable Object write: ~600 shares through POST take minutes on a shared machine. The
 * property tests prove the API stores exactly what this schema accepts; the URL payloads below go
 * through POST end to end.
 */
async function seedShare(filled: Filled): Promise<{ status: number; id?: string }> {
  const parsed = ShareRequestSchema.safeParse(filled);
  if (!parsed.success) return { status: 400 };
  const id = newShareId();
  const now = new Date().toISOString();
  const { briefing, sharer = null } = parsed.data;
  const share = { id, briefing, sharer, version: await shareVersion(briefing, sharer), createdAt: now, updatedAt: now, expiresAt: null, deepLink: null };
  await env.BRIEFINGS.put(kvKeys.share(id), JSON.stringify({ state: "live", share }));
  return { status: 201, id };
}

async function createViaApi(h: ReturnType<typeof harness>, filled: Filled): Promise<{ status: number; id?: string }> {
  const created = await h.api("/shares", { method: "POST", body: JSON.stringify(filled) });
  if (created.status !== 201) return { status: created.status };
  return { status: 201, id: ((await created.json()) as { id: string }).id };
}

async function renderShare(
  h: ReturnType<typeof harness>,
  filled: Filled,
  create: typeof seedShare = seedShare,
): Promise<{ status: number; page?: ParsedPage; html?: string }> {
  const { status, id } = await create(filled);
  if (!id) return { status };
  const response = await h.fetch(`/b/${id}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  return { status: 201, page: await parseHtml(html), html };
}

const controls = new Map<string, Promise<ParsedPage>>();
/** The control page for a payload's shape, rendered once per shape. */
function controlPage(h: ReturnType<typeof harness>, payload: string, url?: string): Promise<ParsedPage> {
  const filled = filledBriefing(harmless(payload), url === undefined ? undefined : "https://example.com/harmless");
  const key = JSON.stringify(filled);
  let page = controls.get(key);
  if (!page) {
    page = renderShare(h, filled).then((r) => {
      if (!r.page) throw new Error(`control share refused: ${r.status}`);
      return r.page;
    });
    controls.set(key, page);
  }
  return page;
}

/** Whether the contract accepts `payload` in every field it fills (the property tests' model). */
function accepted(payload: string): boolean {
  const limits: [number, number][] = [[1, 200], [1, 1000], [1, 120], [0, 200], [1, 5000], [0, 60], [0, 80], [0, 64]];
  return limits.every(([min, max]) => isPlainText(clip(payload, max), min, max));
}

/** Page views are not under test here: a queue that drops them keeps ~600 renders cheap. */
const droppedQueue = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue;

describe("the briefing page with a payload in every field", () => {
  const h = harness({ STATS_EVENTS: droppedQueue });

  it.each(TEXT_PAYLOADS.map((payload, index) => [index, payload] as const))("payload #%i keeps the page's structure and shows literally: %j", async (_index, payload) => {
    const filled = filledBriefing((max) => clip(payload, max));
    const result = await renderShare(h, filled);
    if (!accepted(payload)) return void expect(result.status).toBe(400);
    expect(result.status).toBe(201);
    const page = result.page!;

    const control = await controlPage(h, payload);
    expect(skeleton(page)).toEqual(skeleton(control));
    expect(dangerousAttributes(page, control)).toEqual([]);

    const { briefing, sharer } = filled;
    const title = lf(briefing.title);
    expect(lf(page.title)).toBe(`${title} · Scout`);
    expect(lf(findAll(page, "h1")[0]!.text)).toBe(title);
    expect(attr(page.meta.get("og:title")!)).toBe(attr(title));
    expect(attr(page.meta.get("twitter:title")!)).toBe(attr(title));
    expect(attr(page.meta.get("og:description")!)).toBe(attr(truncateText(briefing.summary, 200)));
    expect(lf(page.elements.find((e) => e.attributes.class === "summary__text")!.text)).toBe(lf(briefing.summary));
    const paragraphs = page.elements.filter((e) => e.attributes.class === "paragraph__text").map((e) => lf(e.text));
    expect(paragraphs).toEqual(Array(3).fill(lf(briefing.sections[0]!.paragraphs[0]!.text)));
    const headings = page.elements.filter((e) => e.attributes.class === "section__heading").map((e) => lf(e.text));
    expect(headings).toEqual(briefing.sections[0]!.heading ? Array(2).fill(lf(briefing.sections[0]!.heading)) : []);
    // <bdi> isolates the topic, the sharer's name and each citation label, in document order, then
    // the configured tagline in the call to action and the footer (it may not be in the page's language).
    const label = lf(briefing.summaryCitations![0]!.label);
    const topic = briefing.topic!.trim() ? [lf(briefing.topic!.trim())] : [];
    const name = sharer.name!.trim() ? [lf(sharer.name!.trim())] : [];
    const taglines = findAll(control, "bdi").slice(-2).map((e) => lf(e.text));
    expect(taglines).toEqual([`${env.APP_TAGLINE}.`, env.APP_TAGLINE]);
    expect(findAll(page, "bdi").map((e) => lf(e.text))).toEqual([...topic, ...name, label, label, label, ...taglines]);

    const scripts = findAll(page, "script", { type: "application/ld+json" });
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts[0]!.text) as Record<string, unknown>;
    // The full title in `name`; `headline` is the same text cut to 110 characters (json-ld.ts).
    expect(article.name).toBe(briefing.title);
    expect(article.headline).toBe(truncateGraphemes(briefing.title, HEADLINE_MAX_CHARS));
    expect(article.description).toBe(briefing.summary);
    expect(/<\/script|<!--/i.test(scripts[0]!.text)).toBe(false);
  });
});

describe("the briefing page with a hostile citation URL", () => {
  const h = harness();

  it.each(URL_PAYLOADS)("keeps %j inside its href, exactly as given (created through the API)", async (url) => {
    const filled = filledBriefing(() => "Source", url);
    const result = await renderShare(h, filled, (f) => createViaApi(h, f));
    expect(result.status).toBe(201);
    const page = result.page!;
    const control = await controlPage(h, "Source", "https://example.com/harmless");
    expect(skeleton(page)).toEqual(skeleton(control));
    expect(dangerousAttributes(page, control)).toEqual([]);
    const hrefs = findAll(page, "a").map((a) => a.attributes.href);
    expect(hrefs.filter((href) => href === url)).toHaveLength(2);
  });
});

describe("pages that take text from the request", () => {
  const h = harness();
  const hostile = ["<script>__xssFired('via')</script>", '"><img src=x onerror=__xssFired(1)>', "javascript:__xssFired(1)", "banner\r\nSet-Cookie: x=1", "%3Cscript%3E", "qr&via=<svg onload=__xssFired(1)>"];

  async function getAppPage(query: string, referer?: string) {
    const { id } = (await (await h.api("/shares", { method: "POST", body: JSON.stringify(filledBriefing(() => "Safe")) })).json()) as { id: string };
    const headers: Record<string, string> = { "user-agent": DESKTOP };
    if (referer) headers.referer = referer;
    const response = await h.fetch(`/b/${id}/get?${query}`, { headers, redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    return { html, page: await parseHtml(html) };
  }

  it.each(hostile)("the get-the-app page never reflects via=%j", async (via) => {
    const control = await getAppPage("via=banner");
    const { html, page } = await getAppPage(`via=${encodeURIComponent(via)}`);
    expect(skeleton(page)).toEqual(skeleton(control.page));
    expect(dangerousAttributes(page, control.page)).toEqual([]);
    expect(html).not.toContain("__xssFired");
    expect(html).not.toContain("Set-Cookie");
  });

  it.each([
    "https://evil.example/\"><script>__xssFired(1)</script>",
    "javascript:__xssFired(1)",
    "https://t.co/<svg onload=__xssFired(1)>",
    "not a url <script>",
  ])("the get-the-app page never reflects Referer %j", async (referer) => {
    const control = await getAppPage("via=banner");
    const { html, page } = await getAppPage("via=banner", referer);
    expect(skeleton(page)).toEqual(skeleton(control.page));
    expect(html).not.toContain("__xssFired");
    expect(html).not.toContain("evil.example");
  });

  it.each([
    ...hostile.map((p) => `/b/${encodeURIComponent(p)}`),
    ...hostile.map((p) => `/${encodeURIComponent(p)}`),
    "/b/%3Cscript%3E__xssFired(1)%3C%2Fscript%3E/get",
    "/b/abcdefghij/%22%3E%3Cimg%20src%3Dx%20onerror%3D__xssFired(1)%3E",
  ])("the 404 page for %s reflects nothing from the path", async (path) => {
    const control = await h.fetch("/b/NoSuchShare42");
    const response = await h.fetch(path);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(skeleton(await parseHtml(html))).toEqual(skeleton(await parseHtml(await control.text())));
    expect(html).not.toContain("__xssFired");
  });
});

describe("the preview inspector with a payload in every field", () => {
  /** Fonts fail, so each card is the static fallback: the inspector's page is under test, not satori. */
  const cheapAssets = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      new URL(input instanceof Request ? input.url : String(input)).pathname === "/og/fallback.png"
        ? env.ASSETS.fetch(input, init)
        : Promise.reject(new Error("fonts not needed here")),
  } as unknown as Fetcher;
  const h = harness({ STATS_EVENTS: droppedQueue, ASSETS: cheapAssets });
  afterEach(() => vi.restoreAllMocks());

  /**
   * The control keeps each character's class: whitespace and the punctuation truncation trims stay,
   * everything else becomes "x". Same lengths and word breaks, so the same cuts and warnings.
   */
  const masked = (payload: string) => (max: number) => Array.from(clip(payload, max), (ch) => (/[\s.,;:!?—–-]/u.test(ch) ? ch : "x")).join("");
  const scripty = TEXT_PAYLOADS.filter((p) => /<|javascript:|on\w+\s*=/i.test(p) && accepted(p)).slice(0, 80);

  async function preview(filled: Filled): Promise<ParsedPage> {
    const { id } = await seedShare(filled);
    const response = await h.fetch(`/b/${id}/preview`);
    expect(response.status).toBe(200);
    return parseHtml(await response.text());
  }

  it("has enough payloads to mean something", () => expect(scripty.length).toBeGreaterThan(50));

  it.each(scripty.map((payload, index) => [index, payload] as const))("payload #%i keeps the inspector's structure and shows literally: %j", async (_index, payload) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const filled = filledBriefing((max) => clip(payload, max));
    const page = await preview(filled);
    const control = await preview(filledBriefing(masked(payload)));
    expect(skeleton(page)).toEqual(skeleton(control));
    expect(dangerousAttributes(page, control)).toEqual([]);
    const cells = page.elements.filter((e) => e.tag === "td").map((e) => attr(e.text));
    expect(cells).toContain(attr(filled.briefing.title));
  });
});
