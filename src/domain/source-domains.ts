/** The news sources a briefing cites, as the short domains a card or preview shows. */
import type { Briefing, Citation } from "./briefing-schema";

/** A label that already reads like a domain ("reuters.com", "bbc.co.uk"). */
const DOMAIN_LIKE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * The citation's domain without "www.", or null when neither its URL nor its label names one.
 *
 * @example
 * citationDomain({ label: "Reuters", url: "https://www.reuters.com/world" }); // "reuters.com"
 */
export function citationDomain(citation: Citation): string | null {
  if (citation.url) {
    try {
      const host = new URL(citation.url).hostname.toLowerCase();
      // Punycode hosts (xn--…) mean nothing to a reader; the label is better, when it is a domain.
      if (!host.split(".").some((part) => part.startsWith("xn--"))) return host.replace(/^www\./, "");
    } catch {
      // The schema only lets https URLs through; a value that still fails to parse falls to the label.
    }
  }
  const label = citation.label.trim().toLowerCase().replace(/^www\./, "");
  return DOMAIN_LIKE.test(label) ? label : null;
}

/**
 * Every domain the briefing cites, most-cited first (first appearance breaks ties).
 *
 * @example
 * sourceDomains(briefing); // ["reuters.com", "thenextweb.com", "ft.com"]
 */
export function sourceDomains(briefing: Briefing): string[] {
  const citations = [
    ...(briefing.summaryCitations ?? []),
    ...briefing.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.citations ?? [])),
  ];
  const counts = new Map<string, number>();
  for (const citation of citations) {
    const domain = citationDomain(citation);
    if (domain) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  // Map keeps insertion order and Array.sort is stable, so ties stay in order of first appearance.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([domain]) => domain);
}

export interface FittedSources {
  /** The domains that fit, in order. */
  shown: string[];
  /** How many more were cited ("+3"). */
  more: number;
}

/**
 * As many domains as fit in `maxChars` characters when joined with " · ", reserving room for the
 * "+N" that counts the rest. At least one is shown when there is any, however long.
 *
 * @example
 * fitSources(["reuters.com", "ft.com", "bbc.co.uk"], 24); // { shown: ["reuters.com", "ft.com"], more: 1 }
 */
export function fitSources(domains: readonly string[], maxChars: number): FittedSources {
  const shown: string[] = [];
  let used = 0;
  for (const [index, domain] of domains.entries()) {
    const separator = shown.length === 0 ? 0 : 3;
    const remaining = domains.length - index - 1;
    const counter = remaining > 0 ? ` +${remaining}`.length : 0;
    if (shown.length > 0 && used + separator + domain.length + counter > maxChars) break;
    shown.push(domain);
    used += separator + domain.length;
  }
  return { shown, more: domains.length - shown.length };
}
