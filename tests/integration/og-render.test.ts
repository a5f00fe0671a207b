import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { cardForBriefing } from "../../src/domain/og-card-model";
import { readPngInfo } from "../../src/domain/png-info";
import { renderOgCard } from "../../src/render/og-card-renderer";
import { buildBriefing } from "../fixtures/briefings";

const brand = { appName: "Scout", appTagline: "Be the smartest in the room" };

describe("renderOgCard inside workerd", () => {
  it("renders a real 1200×630 PNG with satori 0.32 and resvg-wasm", async () => {
    const png = await renderOgCard(cardForBriefing(buildBriefing(), brand), { assets: env.ASSETS, brand });
    expect(readPngInfo(png)).toMatchObject({ width: 1200, height: 630 });
  });
});
