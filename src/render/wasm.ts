/** Instantiates satori's layout engine and resvg's WebAssembly once per isolate, on first use. */
import { initWasm } from "@resvg/resvg-wasm";
import resvgWasm from "@resvg/resvg-wasm/index_bg.wasm";
import layoutWasm from "satori/layout.wasm";
// satori patched for workerd by scripts/build-satori.mjs (its HarfBuzz arrives as an imported module);
// by relative path, because the vitest workers pool ignores wrangler's [alias].
import { init as initSatori } from "../../generated/satori/standalone.js";

/** A start-up that runs once; a failure is forgotten so that the next request tries again. */
function once(start: () => Promise<void>): () => Promise<void> {
  let started: Promise<void> | null = null;
  return () => {
    started ??= start().catch((error: unknown) => {
      started = null;
      throw error;
    });
    return started;
  };
}

// Separate, because resvg refuses a second initWasm once the first one succeeded.
const startSatori = once(() => initSatori(layoutWasm));
const startResvg = once(() => initWasm(resvgWasm));

/**
 * Resolves once both engines can render. The modules arrive precompiled (workerd does not compile
 * WebAssembly from bytes at run time), so this only instantiates them: once per isolate.
 *
 * @example
 * await ensureRenderEngines();
 * const svg = await satori(element, options);
 */
export async function ensureRenderEngines(): Promise<void> {
  await Promise.all([startSatori(), startResvg()]);
}
