/** satori (element → SVG) then resvg (SVG → PNG), one render at a time per isolate. */
import { Resvg } from "@resvg/resvg-wasm";
import satori, { type SatoriOptions } from "../../generated/satori/standalone.js";
import type { CardFont } from "./font-plan";
import type { SatoriNode } from "./satori-element";
import { ensureRenderEngines } from "./wasm";

export interface PngRequest {
  element: SatoriNode;
  width: number;
  height: number;
  fonts: CardFont[];
  /** Grapheme → image data URI (emoji). */
  graphemeImages: Record<string, string>;
}

/** A laid-out box as satori reports it (for tests that check where things landed). */
export type LaidOutNode = Parameters<NonNullable<SatoriOptions["onNodeDetected"]>>[0];

// One render at a time: satori keeps module-wide caches (fonts, HarfBuzz faces) between awaits, and
// one at a time also caps the memory a burst of crawlers can take.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function toSvg(request: PngRequest, onNode?: (node: LaidOutNode) => void): Promise<string> {
  await ensureRenderEngines();
  return satori(request.element as never, {
    width: request.width,
    height: request.height,
    fonts: request.fonts,
    graphemeImages: request.graphemeImages,
    ...(onNode ? { onNodeDetected: onNode } : {}),
  });
}

/**
 * Renders an element to SVG only, reporting every laid-out box to `onNode` (the layout checks use it).
 *
 * @example
 * const boxes: LaidOutNode[] = [];
 * const svg = await renderSvg(request, (node) => boxes.push(node));
 */
export function renderSvg(request: PngRequest, onNode?: (node: LaidOutNode) => void): Promise<string> {
  return oneAtATime(() => toSvg(request, onNode));
}

/**
 * Renders an element to PNG bytes.
 *
 * @example
 * const png = await renderPng({ element, width: 1200, height: 630, fonts, graphemeImages: {} });
 */
export function renderPng(request: PngRequest): Promise<Uint8Array<ArrayBuffer>> {
  return oneAtATime(async () => {
    const svg = await toSvg(request);
    // satori writes text as paths, so resvg needs no fonts of its own.
    const resvg = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
    try {
      const image = resvg.render();
      try {
        // A copy typed as backed by a plain ArrayBuffer (what Response bodies and KV accept).
        return new Uint8Array(image.asPng());
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  });
}
