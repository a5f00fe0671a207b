import { describe, expect, it } from "vitest";
import { barShapes, niceMax, percentLength } from "../../src/dashboard/chart-scale";
import { ColumnBar, DailyBars, MeterBar } from "../../templates/dashboard/charts";

describe("niceMax", () => {
  it.each([
    [0, 2],
    [1, 2],
    [2, 2],
    [3, 4],
    [5, 6],
    [7, 10],
    [11, 20],
    [59, 60],
    [61, 100],
    [1234, 2000],
    [4001, 6000],
  ])("niceMax(%i) = %i", (value, expected) => {
    expect(niceMax(value)).toBe(expected);
    expect(expected / 2).toBe(Math.floor(expected / 2));
  });
});

describe("barShapes", () => {
  it("scales bars to the axis, bottom-aligned, one slot each", () => {
    expect(barShapes([0, 5, 10], 10)).toEqual([
      { x: 1.5, y: 100, width: 7, height: 0 },
      { x: 11.5, y: 50, width: 7, height: 50 },
      { x: 21.5, y: 0, width: 7, height: 100 },
    ]);
  });

  it("gives a tiny non-zero value a visible sliver, and never draws past the top", () => {
    const [tiny, huge] = barShapes([1, 5000], 1000);
    expect(tiny!.height).toBe(1);
    expect(huge!.height).toBe(100);
    expect(huge!.y).toBe(0);
  });
});

describe("percentLength", () => {
  it.each([
    [0.4567, "45.67%"],
    [1.5, "100%"],
    [-1, "0%"],
    [Number.NaN, "0%"],
  ])("percentLength(%f) = %s", (fraction, expected) => {
    expect(percentLength(fraction)).toBe(expected);
  });
});

describe("chart markup", () => {
  it("draws one bar per day with a tooltip, axis labels in HTML, and hides itself from screen readers", () => {
    const html = String(
      <DailyBars
        unit="views"
        points={[
          { date: "2026-11-29", value: 3 },
          { date: "2026-11-30", value: 0 },
          { date: "2026-12-01", value: 7 },
        ]}
      />,
    );
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html).toContain("<title>Dec 1: 7 views</title>");
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('viewBox="0 0 30 100"');
    expect(html).toMatch(/<span>10<\/span><span>5<\/span><span>0<\/span>/);
    expect(html).toMatch(/<span>Nov 29<\/span><span>Nov 30<\/span><span>Dec 1<\/span>/);
    expect(html).not.toContain("style=");
  });

  it("sizes meter and column bars by attribute, never by a style attribute (the CSP allows no inline style)", () => {
    expect(String(<MeterBar fraction={0.25} />)).toContain('width="25%"');
    expect(String(<ColumnBar fraction={0.5} />)).toContain('y="50" width="100" height="50"');
    expect(String(<ColumnBar fraction={0} />)).toContain('height="0"');
  });
});
