/** Everything the call to action needs to know about a tap, read once from the request. */
import { type RequestClass, classifyRequest, requestTraits } from "./classify-request";
import { type RecordedPlacement, ctaChannel, recordedPlacement } from "./cta-channel";
import { type InAppBrowser, detectInAppBrowser } from "./in-app-browsers";
import { type Platform, detectPlatform } from "./platform";

/** One query parameter, without parsing the whole URL (a tap's URL was already parsed by the runtime). */
function queryParam(url: string, name: string): string | null {
  const start = url.indexOf("?");
  if (start === -1) return null;
  const end = url.indexOf("#", start);
  return new URLSearchParams(url.slice(start + 1, end === -1 ? undefined : end)).get(name);
}

export interface CtaTap {
  requestClass: RequestClass;
  platform: Platform;
  inAppBrowser: InAppBrowser | null;
  placement: RecordedPlacement;
  channel: string;
}

/**
 * Reads a tap: who sent it, from which device and in-app browser, from which placement and
 * channel. `via` is only ever compared with the allow-list; it never reaches a URL as given.
 *
 * @example
 * describeCtaTap(c.req.raw, "https://share.example.app"); // { requestClass: { kind: "human" }, platform: "ios", placement: "banner", … }
 */
export function describeCtaTap(request: Request, publicOrigin: string | null): CtaTap {
  const headers = request.headers;
  const userAgent = headers.get("user-agent");
  const referer = headers.get("referer");
  const inAppBrowser = detectInAppBrowser(userAgent, referer);
  const placement = recordedPlacement(queryParam(request.url, "via"));
  return {
    requestClass: classifyRequest(requestTraits(request)),
    platform: detectPlatform(userAgent, headers.get("sec-ch-ua-platform")),
    inAppBrowser,
    placement,
    channel: ctaChannel({ inAppBrowser, referer, publicOrigin, placement }),
  };
}
