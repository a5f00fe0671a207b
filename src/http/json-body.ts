/** The one validation hook every API route with a body shares: media type, size, JSON, schema. */
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../env";
import { ApiError, type FieldError } from "./api-error";
import { duplicateJsonKey } from "./duplicate-json-keys";

/** The contract's limit on a whole request body. */
export const MAX_BODY_BYTES = 64 * 1024;

/** `a.b[0].c` from zod's path array, so an error names the field the way a developer writes it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || "(body)";
}

/** One entry per problem; an unknown field is named by its own path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "is not a known field" }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

/**
 * The media type and the charset parameter of a Content-Type header, lower-cased (a quoted value
 * unquoted); charset is null when not given.
 *
 * @example
 * parseContentType('application/json; charset="UTF-8"'); // { mediaType: "application/json", charset: "utf-8" }
 */
export function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";");
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(parameter);
    if (match) charset = match[1]!.toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** Reads at most `limit` bytes of the body, so a lying or absent Content-Length cannot make us buffer more. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError("payload_too_large", `The request body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Validates the JSON body against a schema and exposes it as `c.req.valid("json")`, typed for
 * hono/client callers.
 *
 * @example
 * api.post("/shares", jsonBody(ShareRequestSchema), (c) => c.json(c.req.valid("json")));
 */
export function jsonBody<S extends z.ZodType>(
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }> {
  return async (c, next) => {
    const { mediaType, charset } = parseContentType(c.req.header("content-type"));
    if (mediaType !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(mediaType)) {
      throw new ApiError("unsupported_media_type", "Send the body as application/json.");
    }
    // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset would be read wrongly, so it is refused.
    if (charset !== null && charset !== "utf-8") {
      throw new ApiError("unsupported_media_type", `Send the body as UTF-8; charset=${charset} is not supported.`);
    }
    const declared = Number(c.req.header("content-length"));
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      throw new ApiError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    const bytes = await readLimited(c.req.raw.body, MAX_BODY_BYTES);
    let json: unknown;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      json = JSON.parse(text);
    } catch {
      throw new ApiError("malformed_json", "The request body is not valid UTF-8 JSON.");
    }
    // Like an unknown field, a repeated key is refused rather than resolved silently.
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== null) {
      throw new ApiError("validation_failed", `The key ${duplicate} appears more than once.`, {
        errors: [{ path: duplicate, message: "appears more than once in its object" }],
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      throw new ApiError("validation_failed", `The request body has ${errors.length} invalid field(s).`, { errors });
    }
    c.req.addValidatedData("json", parsed.data as object);
    await next();
  };
}
