/** A share's deep link: what the app opens for it. Stored and handed to the app, never a redirect target. */
import { z } from "zod";

/** The contract's limit, in characters. */
export const DEEP_LINK_MAX_LENGTH = 512;

/**
 * Control, format (bidi overrides, zero-width) and whitespace characters, and lone surrogates: none
 * belongs in a link, and each is a classic way to make one link look like another.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** A scheme as RFC 3986 §3.1 writes it, then a colon. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Schemes that run code or inline content wherever a link is followed (a web view in the app,
 * say): refused even though the Worker itself never follows a deep link.
 */
const REFUSED_SCHEMES = new Set(["javascript", "vbscript", "data", "file", "blob", "about"]);

/**
 * Why a deep link is refused, or null when it is acceptable: an app path ("/briefings/8f2c", not
 * "//host", which is a URL without a scheme) or an absolute URL with a scheme ("scout://b/8f2c",
 * "https://share.example.app/b/8f2c").
 *
 * @example
 * deepLinkProblem("/briefings/8f2c");     // null
 * deepLinkProblem("scout://briefing/8f2c"); // null
 * deepLinkProblem("briefings/8f2c");      // "must be an app path starting with / or an absolute URL with a scheme"
 */
export function deepLinkProblem(value: string): string | null {
  if (FORBIDDEN.test(value)) return "must not contain whitespace, control or invisible characters";
  if (value.startsWith("/")) {
    return value.startsWith("//") ? "must be an app path (a single leading /) or an absolute URL with a scheme" : null;
  }
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return "must be an app path starting with / or an absolute URL with a scheme";
  if (REFUSED_SCHEMES.has(scheme)) return `must not use the ${scheme}: scheme`;
  if (!URL.canParse(value)) return "must be a well-formed URL";
  return null;
}

export const DeepLinkSchema = z
  .string()
  .min(1, "must not be empty")
  .max(DEEP_LINK_MAX_LENGTH, `must be at most ${DEEP_LINK_MAX_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const problem = deepLinkProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({
    description:
      "What the app opens for this share: an app path such as /briefings/8f2c or an absolute URL with a scheme " +
      "(scout://briefing/8f2c). At most 512 characters, no whitespace or control characters. Handed to the app " +
      "(GET /api/shares/{id}, /b/{id}/app.json); the Worker never redirects to it.",
    examples: ["/briefings/8f2c"],
  });
