/** Property tests: whatever JSON the API receives, it answers 2xx or a 4xx problem, and keeps what it accepts exactly. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { expectProblem, harness } from "../security/harness";
import { buildShareRequest } from "../fixtures/briefings";
import { judgedShareRequest, stringLeaves } from "./arbitraries";

/** Bounded so `npm test` stays fast; raise it locally when hunting for a counterexample. */
const RUNS = 60;
// Each run makes its own harness, so its own token: the per-token rate limit never decides a property.
const utf8 = new TextEncoder();

describe("POST /api/shares with arbitrary input", () => {
  test.prop([fc.json({ depthSize: "medium" })], { numRuns: RUNS })(
    "answers any JSON document with a 4xx problem or a 201, never a 5xx",
    async (body) => {
      const h = harness();
      const response = await h.api("/shares", { method: "POST", body });
      if (response.status === 201) return;
      const problem = await expectProblem(response);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(problem.type).toMatch(/^urn:briefing-share:problem:/);
    },
  );

  test.prop([fc.json({ depthSize: "small" })], { numRuns: RUNS / 2 })(
    "answers any JSON document sent to PUT /api/shares/:id with a 4xx problem or a 200, never a 5xx",
    async (body) => {
      const h = harness();
      const response = await h.api("/shares/NoSuchShare42", { method: "PUT", body });
      if (response.status === 200) return;
      expect((await expectProblem(response)).status).toBeLessThan(500);
    },
  );

  test.prop([fc.uint8Array({ maxLength: 256 })], { numRuns: RUNS })(
    "answers arbitrary bytes with a 400 problem",
    async (bytes) => {
      const h = harness();
      const response = await h.api("/shares", { method: "POST", body: bytes });
      await expectProblem(response, 400);
    },
  );

  test.prop([judgedShareRequest()], { numRuns: RUNS })(
    "rejects exactly the fields the contract forbids, naming each one",
    async ({ body, invalidPaths }) => {
      const h = harness();
      const json = JSON.stringify(body);
      const response = await h.api("/shares", { method: "POST", body: json });
      if (utf8.encode(json).byteLength > 64 * 1024) return void (await expectProblem(response, 413));
      if (invalidPaths.length === 0) return void expect(response.status, await response.text()).toBe(201);
      const problem = await expectProblem(response, 400);
      const reported = new Set((problem.errors as { path: string }[]).map((e) => e.path));
      expect([...reported].sort()).toEqual([...new Set(invalidPaths)].sort());
    },
  );

  test.prop([judgedShareRequest({ validOnly: true })], { numRuns: RUNS })(
    "accepts every request the contract allows and gives it back byte for byte",
    async ({ body }) => {
      const h = harness();
      const response = await h.api("/shares", { method: "POST", body: JSON.stringify(body) });
      expect(response.status, await response.clone().text()).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const read = await h.api(`/shares/${id}`);
      expect(read.status).toBe(200);
      const stored = (await read.json()) as { briefing: unknown; sharer: unknown };
      expect(stored.briefing).toStrictEqual(body.briefing);
      expect(stored.sharer).toStrictEqual(body.sharer ?? null);
      // Byte for byte: every string leaf encodes to the same UTF-8 bytes (no trimming, no normalisation).
      const sent = stringLeaves({ briefing: body.briefing, sharer: body.sharer ?? null });
      const got = new Map(stringLeaves({ briefing: stored.briefing, sharer: stored.sharer }));
      for (const [path, value] of sent) expect(utf8.encode(got.get(path) ?? "\u0000missing"), path).toEqual(utf8.encode(value));
    },
  );
});

/** Every place in a valid request, as a path of keys and indexes, and the JSON type found there. */
function places(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; type: string }[] {
  const here = path.length ? [{ path, type: Array.isArray(value) ? "array" : value === null ? "null" : typeof value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => places(v, [...path, i]))];
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
  return here;
}

function formatPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const typeOf = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

describe("POST /api/shares with a wrong type in one place", () => {
  const valid = buildShareRequest({ expiresIn: 3600 });
  const everyPlace = places(valid);

  test.prop([fc.constantFrom(...everyPlace), fc.jsonValue({ maxDepth: 2 })], { numRuns: RUNS })(
    "answers 400 and names exactly that place",
    async (place, replacement) => {
      const h = harness();
      fc.pre(typeOf(replacement) !== place.type);
      const response = await h.api("/shares", { method: "POST", body: JSON.stringify(setAt(valid, place.path, replacement)) });
      const problem = await expectProblem(response, 400);
      const paths = (problem.errors as { path: string }[]).map((e) => e.path);
      expect(paths).toContain(formatPath(place.path));
    },
  );
});

describe("GET /api/shares/:id and /b/:id with arbitrary ids", () => {
  test.prop([fc.string({ unit: "binary", maxLength: 40 })], { numRuns: RUNS })(
    "answers 404 (never 5xx) for any id that names no share",
    async (id) => {
      const h = harness();
      // "." and ".." are path navigation, resolved by the URL parser before any route sees them.
      fc.pre(id !== "." && id !== "..");
      const segment = encodeURIComponent(id);
      const api = await h.api(`/shares/${segment}`);
      expect([400, 404]).toContain(api.status);
      await expectProblem(api);
      const page = await h.fetch(`/b/${segment}`);
      expect([400, 404]).toContain(page.status);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    },
  );
});

describe("headers with arbitrary values", () => {
  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });

  test.prop([printable], { numRuns: RUNS })("any Content-Type is a 415, a 4xx or a 201, never a 5xx", async (contentType) => {
    const h = harness();
    const response = await h.api("/shares", {
      method: "POST",
      body: JSON.stringify(buildShareRequest()),
      headers: { "content-type": contentType },
    });
    if (response.status !== 201) expect((await expectProblem(response)).status).toBeLessThan(500);
  });

  test.prop([printable], { numRuns: RUNS })("any Idempotency-Key is a 400 or a 201, never a 5xx", async (key) => {
    const h = harness();
    const response = await h.api("/shares", {
      method: "POST",
      body: JSON.stringify(buildShareRequest()),
      headers: { "idempotency-key": key },
    });
    if (response.status !== 201) await expectProblem(response, 400);
  });
});

/** Keys that poison a naive merge or lookup, plus ordinary unknown keys. */
const POISON_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "isAdmin"];

/** Object.prototype and Array.prototype as they are now, to prove no request changed them. */
function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(o, k)?.value}`)
      .join(",");
  return `${describe(Object.prototype)}|${describe(Array.prototype)}`;
}

describe("POST /api/shares with prototype-pollution and other unknown keys", () => {
  const valid = buildShareRequest({ expiresIn: 3600 });
  const objectPlaces = [{ path: [] as (string | number)[], type: "object" }, ...places(valid)].filter((p) => p.type === "object");

  test.prop(
    [
      fc.constantFrom(...objectPlaces),
      fc.constantFrom(...POISON_KEYS),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: "yes", isAdmin: true, toString: "boom" })),
    ],
    { numRuns: RUNS },
  )("answers 400 naming the key as an unknown field, and leaves the prototypes untouched", async (place, key, value) => {
    const h = harness();
    const before = prototypeSnapshot();
    const body = structuredClone(valid) as Record<string | number, unknown>;
    let node = body;
    for (const segment of place.path) node = node[segment] as Record<string | number, unknown>;
    // An own property named "__proto__", exactly as JSON.parse creates it from the wire.
    Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
    const json = JSON.stringify(body);
    expect(json).toContain(`"${key}":`);

    const response = await h.api("/shares", { method: "POST", body: json });
    const problem = await expectProblem(response, 400);
    expect((problem.errors as { path: string }[]).map((e) => e.path)).toContain(formatPath([...place.path, key]));
    expect(prototypeSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe("any language tag the API accepts", () => {
  const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
  const tag = fc
    .tuple(fc.stringMatching(/^[A-Za-z]{2,3}$/), fc.array(fc.oneof(subtag, fc.constantFrom("u", "x", "ca", "nu", "islamic", "arab", "Latn", "hebrew", "419")), { maxLength: 5 }))
    .map(([language, rest]) => [language, ...rest].join("-"));

  test.prop([tag, fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true })], { numRuns: RUNS })(
    "renders the page (never a 5xx) with that tag on <html lang>",
    async (lang, published) => {
      const h = harness();
      const body = buildShareRequest({ briefing: { ...buildShareRequest().briefing, lang, publishedAt: published.toISOString() } });
      const created = await h.api("/shares", { method: "POST", body: JSON.stringify(body) });
      if (created.status !== 201) return void (await expectProblem(created, 400));
      const { id } = (await created.json()) as { id: string };
      const page = await h.fetch(`/b/${id}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<html lang="${lang}"`);
    },
  );
});
