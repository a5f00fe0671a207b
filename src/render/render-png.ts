/** satori (element → SVG) then resvg (SVG → PNG), one render at a time per isolate. */
import { Resvg } from "@resvg/resvg-wasm";
import satori from "satori/standalone";
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

// satori 0.32 clears module-wide caches at the start of every call, so two renders interleaved at an
// await could corrupt each other; one at a time also caps the memory a burst of crawlers can take.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Renders an element to PNG bytes.
 *
 * @example
 * const png = await renderPng({ element, width: 1200, height: 630, fonts, graphemeImages: {} });
 */
export function renderPng(request: PngRequest): Promise<Uint8Array<ArrayBuffer>> {
  return oneAtATime(async () => {
    await ensureRenderEngines();
    const svg = await satori(request.element, {
      width: request.width,
      height: request.height,
      fonts: request.fonts,
      graphemeImages: request.graphemeImages,
    });
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
