/** Calls the Worker's own fetch handler in this isolate, with bindings a test may replace or break. */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/index";
import type { Bindings } from "../../src/env";

export const ORIGIN = "https://share.test";

/** The Worker's default export: the Hono app today, `{ fetch, queue }` once the click queue lands. */
type FetchEntry = { fetch?: (request: Request, env: Bindings, ctx: ExecutionContext) => Response | Promise<Response> };
const entry: FetchEntry = worker;

export interface Harness {
  /** The bindings every request of this harness sees. */
  readonly env: Bindings;
  /** The bearer token this harness's API calls send (unique per harness, so rate limits never cross files). */
  readonly token: string;
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  /** Calls /api + path with this harness's token; a JSON body gets application/json. */
  api(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
}

/**
 * A harness over the test bindings with `overrides` applied. Each call waits for the request's
 * waitUntil work, so no KV backfill outlives the test that caused it.
 *
 * @example
 * const h = harness({ BRIEFINGS: failingKv });
 * expect((await h.fetch("/b/abcdefghij")).status).toBe(503);
 */
export function harness(overrides: Partial<Bindings> = {}, token = `hardening-${crypto.randomUUID()}`): Harness {
  const bindings: Bindings = { ...env, API_TOKENS: token, ...overrides };
  const fetchWorker = async (input: string | Request, init?: RequestInit) => {
    const request = typeof input === "string" ? new Request(new URL(input, ORIGIN), init) : input;
    const ctx = createExecutionContext();
    if (!entry.fetch) throw new Error("the Worker has no fetch handler");
    const response = await entry.fetch(request, bindings, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
  return {
    env: bindings,
    token,
    fetch: fetchWorker,
    api(path, init = {}) {
      const { token: presented = token, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (presented !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${presented}`);
      if (rest.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
      return fetchWorker(`/api${path}`, { ...rest, headers });
    },
  };
}

/** What every API error must look like (RFC 9457), checked field by field. */
export async function expectProblem(response: Response, status?: number): Promise<Record<string, unknown>> {
  const text = await response.text();
  const where = `${response.status} ${text.slice(0, 300)}`;
  if (!(response.headers.get("content-type") ?? "").startsWith("application/problem+json")) {
    throw new Error(`not problem+json: ${response.headers.get("content-type")} ${where}`);
  }
  const problem = JSON.parse(text) as Record<string, unknown>;
  const shapeOk =
    typeof problem.type === "string" &&
    typeof problem.title === "string" &&
    typeof problem.detail === "string" &&
    problem.status === response.status &&
    (problem.errors === undefined ||
      (Array.isArray(problem.errors) &&
        problem.errors.every(
          (e: unknown) =>
            typeof e === "object" && e !== null && typeof (e as { path?: unknown }).path === "string" && typeof (e as { message?: unknown }).message === "string",
        )));
  if (!shapeOk) throw new Error(`malformed problem document: ${where}`);
  if (status !== undefined && response.status !== status) throw new Error(`expected ${status}, got ${where}`);
  return problem;
}
