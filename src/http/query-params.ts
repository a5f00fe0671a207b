/** The validation hook for query strings: one schema per route, unknown or repeated parameters rejected, problems naming the parameter. */
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../env";
import { ApiError } from "./api-error";
import { fieldErrors } from "./json-body";

/**
 * Validates the query string against a strict object schema and exposes it as `c.req.valid("query")`.
 * A parameter given twice is a 400 rather than "the first one wins": a caller who sends
 * `?status=live&status=revoked` meant something we cannot answer.
 *
 * @example
 * api.get("/shares", queryParams(ShareListQuerySchema), (c) => c.json(c.req.valid("query")));
 */
export function queryParams<S extends z.ZodType>(
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { query: Record<string, string | undefined> }; out: { query: z.output<S> } }> {
  return async (c, next) => {
    const params = new URL(c.req.url).searchParams;
    const raw: Record<string, string> = {};
    for (const [name, value] of params) {
      if (Object.hasOwn(raw, name)) {
        throw new ApiError("validation_failed", `The query parameter ${name} is given more than once.`, {
          errors: [{ path: name, message: "must be given at most once" }],
        });
      }
      raw[name] = value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      const names = [...new Set(errors.map((error) => error.path))].join(", ");
      throw new ApiError("validation_failed", `Invalid query parameter(s): ${names}.`, { errors });
    }
    c.req.addValidatedData("query", parsed.data as object);
    await next();
  };
}
