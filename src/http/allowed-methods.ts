/** 405 with `Allow` for a method a path does not support, found from the app's own route table. */
import type { MiddlewareHandler } from "hono";
import type { RouterRoute } from "hono/types";
import type { AppEnv } from "../env";
import { ApiError } from "./api-error";

/** A Hono path pattern as a regular expression: `:id` one segment, `:id{re}` its pattern, `*` the rest. */
function patternOf(path: string): RegExp {
  const source = path
    .split(/(:\w+\??(?:\{[^}]*\})?|\*)/)
    .map((part) => {
      if (part === "*") return ".*";
      const param = /^:\w+(\?)?(?:\{([^}]*)\})?$/.exec(part);
      if (param) return `(?:${param[2] ?? "[^/]+"})${param[1] ?? ""}`;
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods that have a handler (not only middleware) for `path`; HEAD wherever GET is, as Hono
 * answers HEAD with the GET handler.
 *
 * @example
 * allowedMethodsFor(app.routes, "/api/shares/abc123def4"); // ["DELETE", "GET", "HEAD", "PUT"]
 */
export function allowedMethodsFor(routes: readonly RouterRoute[], path: string): string[] {
  const methods = new Set<string>();
  for (const { method, pattern } of compiled(routes)) {
    if (!pattern.test(path)) continue;
    methods.add(method);
    if (method === "GET") methods.add("HEAD");
  }
  return [...methods].sort();
}

/** Compiled once per route table (the table only grows while the app is being built). */
const compiledTables = new WeakMap<readonly RouterRoute[], { size: number; entries: { method: string; pattern: RegExp }[] }>();

function compiled(routes: readonly RouterRoute[]) {
  let table = compiledTables.get(routes);
  if (!table || table.size !== routes.length) {
    const entries = routes.filter((route) => route.method !== "ALL").map((route) => ({ method: route.method, pattern: patternOf(route.path) }));
    table = { size: routes.length, entries };
    compiledTables.set(routes, table);
  }
  return table.entries;
}

/**
 * Answers 405 problem+json with `Allow` when the path has handlers but none for this method,
 * before authentication (which method a path takes is no secret: it is in the OpenAPI document).
 * OPTIONS gets the same answer: the API is for servers, it answers no CORS preflight. A path with
 * no handler at all goes on to the 404. `routes` is read lazily, once the app is complete.
 *
 * @example
 * app.use("/api/*", allowedMethods(() => app.routes));
 */
export function allowedMethods(routes: () => readonly RouterRoute[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const allowed = allowedMethodsFor(routes(), c.req.path);
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      throw new ApiError("method_not_allowed", `${c.req.method} is not supported on ${c.req.path}; use ${allowed.join(", ")}.`, {
        headers: { allow: allowed.join(", ") },
      });
    }
    await next();
  };
}
