/** A share's version: a hash of its content, so the same content always has the same version. */
import type { Briefing, Sharer } from "./briefing-schema";

/**
 * JSON with object keys sorted, so that two equal values serialise identically whatever order
 * their keys arrived in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of the text, base64url-encoded, cut to `length` characters. */
export async function sha256Base64Url(text: string, length = 43): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const base64 = btoa(String.fromCharCode(...digest));
  return base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "").slice(0, length);
}

/**
 * The version of a share's content: 12 base64url characters (72 bits) of SHA-256 over the
 * canonical briefing and sharer. It versions the OG image URL and the page's ETag.
 *
 * @example
 * await shareVersion(briefing, { name: "Ada" }); // "mJ3k0xQ2a9Zb"
 */
export function shareVersion(briefing: Briefing, sharer: Sharer | null): Promise<string> {
  return sha256Base64Url(canonicalJson({ briefing, sharer }), 12);
}
