/** How a link will unfurl on each platform, and what that platform will cut or reject, from the page's real tags. */
import { truncateText } from "./page-description";
import type { PngInfo } from "./png-info";
import { UNFURL_PLATFORMS, type UnfurlPlatform, type UnfurlPlatformId } from "./unfurl-platforms";

/** The page's head as a crawler reads it: meta tags by property or name, and the <title>. */
export interface HeadTags {
  /** `og:title`, `twitter:card`, `description`, … → content, first occurrence; "title" is the <title>. */
  [key: string]: string | undefined;
}

/** What fetching the og:image gave. */
export interface FetchedImage {
  status: number;
  contentType: string | null;
  /** Null when the bytes are not a PNG (or not read). */
  png: PngInfo | null;
  bytes: number;
}

export interface UnfurlPreview {
  platform: UnfurlPlatformId;
  name: string;
  /** The title as the platform shows it (cut with an ellipsis where it would cut). */
  title: string | null;
  /** Null when the platform shows no description, or the page has none. */
  description: string | null;
  /** Whether the large image shows. */
  image: boolean;
  /** The host shown under the title. */
  domain: string | null;
  warnings: string[];
}

const WIDE = 1.91;

function first(tags: HeadTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags[key]?.trim();
    if (value) return value;
  }
  return null;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

function imageProblems(platform: UnfurlPlatform, url: string | null, image: FetchedImage | null, tags: HeadTags): string[] {
  if (!url) return [`No ${platform.imageFrom.join(" or ")} tag: ${platform.name} shows no image.`];
  const problems: string[] = [];
  if (!/^https:\/\//i.test(url)) problems.push(`The image URL is not https: ${platform.name} may not load it.`);
  if (!image || image.status !== 200) {
    problems.push(`The image answered ${image ? `HTTP ${image.status}` : "nothing"}: ${platform.name} shows no image.`);
    return problems;
  }
  if (!image.png) {
    problems.push(`The image is not a PNG (${image.contentType ?? "no content type"}): ${platform.name} may reject it.`);
    return problems;
  }
  if (platform.maxImageBytes !== null && image.bytes > platform.maxImageBytes) {
    problems.push(`The image is ${kb(image.bytes)}, over ${platform.name}'s ${kb(platform.maxImageBytes)}: no image will show.`);
  }
  const { width, height } = image.png;
  if (width < platform.minImage.width || height < platform.minImage.height) {
    problems.push(
      `The image is ${width}×${height}, under ${platform.name}'s ${platform.minImage.width}×${platform.minImage.height} for a large preview: it shows a small thumbnail.`,
    );
  }
  if (Math.abs(width / height - WIDE) > 0.1) {
    problems.push(`The image is ${(width / height).toFixed(2)}:1, not 1.91:1: ${platform.name} crops it.`);
  }
  if (platform.needsLargeCardTag && tags["twitter:card"] !== "summary_large_image") {
    problems.push(`twitter:card is not summary_large_image: ${platform.name} shows a small thumbnail instead of the card.`);
  }
  if (platform.id === "facebook" && (!tags["og:image:width"] || !tags["og:image:height"])) {
    problems.push("No og:image:width and og:image:height: Facebook shows no image on the first share, until it has fetched it.");
  }
  return problems;
}

function cut(text: string | null, chars: number | null, what: string, platform: UnfurlPlatform, warnings: string[]): string | null {
  if (text === null || chars === null) return null;
  const shown = truncateText(text, chars);
  if (shown !== text.replace(/\s+/g, " ").trim()) {
    warnings.push(`${platform.name} cuts the ${what} after about ${chars} characters (it is ${[...text].length}).`);
  }
  return shown;
}

/**
 * One preview per platform, each with the warnings a sharer should see before posting.
 *
 * @example
 * const previews = unfurlPreviews(tags, { status: 200, contentType: "image/png", png, bytes: png.bytes });
 * previews.find((p) => p.platform === "whatsapp")?.warnings; // ["WhatsApp cuts the title after about 65 characters (it is 120)."]
 */
export function unfurlPreviews(tags: HeadTags, image: FetchedImage | null): UnfurlPreview[] {
  const pageUrl = first(tags, ["og:url", "canonical"]);
  let domain: string | null = null;
  try {
    domain = pageUrl ? new URL(pageUrl).host : null;
  } catch {
    domain = null;
  }
  return UNFURL_PLATFORMS.map((platform) => {
    const warnings: string[] = [];
    const rawTitle = first(tags, platform.titleFrom);
    if (!rawTitle) warnings.push(`No ${platform.titleFrom.join(" or ")}: ${platform.name} shows the bare link.`);
    const rawDescription = platform.descriptionFrom.length ? first(tags, platform.descriptionFrom) : null;
    if (platform.descriptionChars !== null && !rawDescription) warnings.push(`No description: ${platform.name} shows the title alone.`);
    const title = cut(rawTitle, platform.titleChars, "title", platform, warnings);
    const description = cut(rawDescription, platform.descriptionChars, "description", platform, warnings);
    const problems = imageProblems(platform, first(tags, platform.imageFrom), image, tags);
    warnings.push(...problems);
    const blocking = problems.some((p) => /shows no image|no image will show|shows a small thumbnail/.test(p));
    return { platform: platform.id, name: platform.name, title, description, image: !blocking, domain, warnings };
  });
}
