/** Decides once what a request is: a human, a link-preview fetch (which platform), another bot, a HEAD or a prefetch. */
import { isbot } from "isbot";
import { LINK_PREVIEW_BOTS, NON_HUMAN_AGENTS, type UnfurlPlatform } from "./link-preview-bots";

export type RequestClass =
  | { kind: "human" }
  | { kind: "unfurl"; platform: UnfurlPlatform }
  | { kind: "bot" }
  | { kind: "head" }
  | { kind: "prefetch" };

/** What classification reads from a request; plain values so it stays a pure function. */
export interface RequestTraits {
  method: string;
  userAgent: string | null | undefined;
  /** `Sec-Purpose` (Chromium, Safari) or the older `Purpose` / `X-Purpose` / `X-Moz` headers. */
  purpose?: string | null | undefined;
}

/** "prefetch", "prefetch;prerender", "preview" (Safari's top-sites thumbnails) never mean a reader. */
const PREFETCH_PURPOSE = /\b(prefetch|prerender|preview)\b/i;

/**
 * The platform whose link-preview fetcher sent this User-Agent, or null; the first row that
 * matches wins.
 *
 * @example
 * linkPreviewPlatform("WhatsApp/2.23.20.0 A"); // "whatsapp"
 */
export function linkPreviewPlatform(userAgent: string): UnfurlPlatform | null {
  return LINK_PREVIEW_BOTS.find((bot) => bot.pattern.test(userAgent))?.platform ?? null;
}

/**
 * Classifies a request. HEAD and prefetches are decided before the agent, because a browser's
 * speculative load carries a perfectly human User-Agent; an empty User-Agent is a bot, since every
 * browser sends one.
 *
 * @example
 * classifyRequest({ method: "GET", userAgent: "WhatsApp/2.23.20.0" }); // { kind: "unfurl", platform: "whatsapp" }
 */
export function classifyRequest({ method, userAgent, purpose }: RequestTraits): RequestClass {
  if (method.toUpperCase() === "HEAD") return { kind: "head" };
  if (purpose && PREFETCH_PURPOSE.test(purpose)) return { kind: "prefetch" };
  const ua = userAgent?.trim() ?? "";
  if (ua === "") return { kind: "bot" };
  const platform = linkPreviewPlatform(ua);
  if (platform) return { kind: "unfurl", platform };
  if (isbot(ua) || NON_HUMAN_AGENTS.some((pattern) => pattern.test(ua))) return { kind: "bot" };
  return { kind: "human" };
}

/**
 * Reads the traits from a Fetch API request.
 *
 * @example
 * classifyRequest(requestTraits(c.req.raw));
 */
export function requestTraits(request: Request): RequestTraits {
  const headers = request.headers;
  return {
    method: request.method,
    userAgent: headers.get("user-agent"),
    purpose: headers.get("sec-purpose") ?? headers.get("purpose") ?? headers.get("x-purpose") ?? headers.get("x-moz"),
  };
}
