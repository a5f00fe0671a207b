/** The API's one error family: a code, its status, and an RFC 9457 problem document. */
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Every code the API answers with, and its HTTP status and title. */
export const API_ERRORS = {
  malformed_json: { status: 400, title: "Malformed JSON" },
  validation_failed: { status: 400, title: "Validation failed" },
  bad_request: { status: 400, title: "Bad request" },
  unauthorized: { status: 401, title: "Unauthorized" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  idempotency_conflict: { status: 409, title: "Idempotency-Key reused with a different body" },
  gone: { status: 410, title: "Gone" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  rate_limited: { status: 429, title: "Too many requests" },
  configuration_error: { status: 500, title: "Configuration error" },
  internal_error: { status: 500, title: "Internal error" },
  not_implemented: { status: 501, title: "Not implemented" },
  storage_unavailable: { status: 503, title: "Storage unavailable" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** One problem in a request body, at a dotted path such as `briefing.sections[0].heading`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

/** A stable, non-dereferenceable problem type URI per code (RFC 9457 §3.1.1). */
export const problemType = (code: ApiErrorCode) => `urn:briefing-share:problem:${code.replace(/_/g, "-")}`;

/**
 * Thrown by API handlers and middleware; the app's onError turns it into problem+json.
 *
 * @example
 * throw new ApiError("not_found", `No share with id ${id}`);
 */
export class ApiError extends HTTPException {
  constructor(
    readonly code: ApiErrorCode,
    readonly detail: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(API_ERRORS[code].status, { message: detail });
    this.name = "ApiError";
  }

  toProblem(): ProblemDocument {
    const { status, title } = API_ERRORS[this.code];
    return {
      type: problemType(this.code),
      title,
      status,
      detail: this.detail,
      ...(this.options.errors ? { errors: this.options.errors } : {}),
    };
  }

  override getResponse(): Response {
    return problemResponse(this.toProblem(), this.options.headers);
  }
}

export function problemResponse(problem: ProblemDocument, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
