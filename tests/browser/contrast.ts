/// <reference types="node" />
/** WCAG contrast of the text a page shows, measured in the browser from computed colours. */
import type { Page } from "playwright-core";
import type { BrowserWindow, DomElement } from "./dom";

export interface ContrastFinding {
  selector: string;
  text: string;
  ratio: number;
  required: number;
}

/**
 * For every element with its own visible text, the contrast of its colour against the first opaque
 * background behind it (WCAG 2.2 §1.4.3: 4.5:1, or 3:1 for large text ≥ 24px or bold ≥ 18.66px).
 * Returns the elements that fall short.
 */
export function findLowContrast(page: Page): Promise<ContrastFinding[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as BrowserWindow;
    const TEXT_NODE = 3;
    const parse = (color: string): [number, number, number, number] => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const background = (element: DomElement | null): [number, number, number, number] => {
      for (let node = element; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0.5) return bg;
      }
      return [255, 255, 255, 1];
    };
    const findings: { selector: string; text: string; ratio: number; required: number }[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === TEXT_NODE)
        .map((node) => node.textContent ?? "")
        .join("")
        .trim();
      if (!ownText) continue;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      if (style.visibility === "hidden" || style.display === "none" || rect.width <= 1 || rect.height <= 1) continue;
      const fg = parse(style.color);
      const bg = background(element);
      // Blend a translucent text colour over its background, as the browser paints it.
      const alpha = fg[3] * Number(style.opacity);
      const painted = [0, 1, 2].map((i) => (fg[i] ?? 0) * alpha + (bg[i] ?? 0) * (1 - alpha));
      const [l1, l2] = [luminance(painted), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const required = large ? 3 : 4.5;
      if (ratio < required) {
        findings.push({ selector: `${element.tagName.toLowerCase()}.${element.className}`, text: ownText.slice(0, 40), ratio: Math.round(ratio * 100) / 100, required });
      }
    }
    return findings;
  });
}
