/** Which satori draws the cards: the patched 0.63 copy (scripts/build-satori.mjs), not 0.32, inside workerd. */
import { describe, expect, it } from "vitest";
import satoriOld, { init as initOld } from "satori-0.32/standalone";
import yogaOld from "satori-0.32/yoga.wasm";
import built from "../../generated/satori/version.json";
import { type LaidOutNode, renderPng, renderSvg } from "../../src/render/render-png";
import { readPngInfo } from "../../src/domain/png-info";

/** Two 100-px columns: satori 0.63 lays them side by side; 0.32 (yoga, flex only) throws on `display: grid`. */
const grid = {
  type: "div",
  props: {
    style: { display: "grid", gridTemplateColumns: "100px 100px", width: 200, height: 50 },
    children: [
      { type: "div", props: { "data-cell": "a", style: { backgroundColor: "#3730A3", height: 50 } } },
      { type: "div", props: { "data-cell": "b", style: { backgroundColor: "#E4572E", height: 50 } } },
    ],
  },
};

describe("the card engine", () => {
  it("is the satori version scripts/build-satori.mjs patched", () => {
    expect(built.satori).toBe("0.63.2");
  });

  it("draws display:grid, which only the new engine can (two cells side by side, then a real PNG)", async () => {
    const nodes: LaidOutNode[] = [];
    await renderSvg({ element: grid, width: 200, height: 50, fonts: [], graphemeImages: {} }, (node) => nodes.push(node));
    const cell = (name: string) => nodes.find((node) => node.props["data-cell"] === name);
    expect(cell("a")).toMatchObject({ left: 0, top: 0, width: 100 });
    expect(cell("b")).toMatchObject({ left: 100, top: 0, width: 100 });
    const png = await renderPng({ element: grid, width: 200, height: 50, fonts: [], graphemeImages: {} });
    expect(readPngInfo(png)).toMatchObject({ width: 200, height: 50 });
  });

  it("tells the engines apart: satori 0.32 (kept for the benchmark) refuses the same grid", async () => {
    await initOld(yogaOld);
    await expect(satoriOld(grid as never, { width: 200, height: 50, fonts: [] })).rejects.toThrow(/display/i);
  });
});
