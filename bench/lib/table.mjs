/** Prints the bench's one table: a row per measure, with its baseline, ratio, goal and verdict. */

const COLUMNS = [
  ["row", "#"],
  ["name", "row"],
  ["measure", "measure"],
  ["value", "value"],
  ["baseline", "side by side with"],
  ["ratio", "ratio"],
  ["goal", "goal"],
  ["verdict", "met?"],
];

/**
 * Flattens row results into printable lines. A skipped row is one line saying why.
 *
 * @example
 * console.log(formatTable([{ row: 1, name: "page", status: "ok", lines: [{ measure: "req/s", value: "812" }] }]));
 */
export function formatTable(results) {
  const lines = [];
  for (const result of results) {
    if (result.status !== "ok") {
      lines.push({ row: String(result.row), name: result.name, measure: result.reason });
      continue;
    }
    result.lines.forEach((line, i) =>
      lines.push({ ...line, row: i === 0 ? String(result.row) : "", name: i === 0 ? result.name : "" }),
    );
  }
  const widths = COLUMNS.map(([key, label]) => Math.max(label.length, ...lines.map((l) => String(l[key] ?? "").length)));
  const render = (cells) => cells.map((cell, i) => String(cell ?? "").padEnd(widths[i])).join("  ").trimEnd();
  const header = render(COLUMNS.map(([, label]) => label));
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [header, rule, ...lines.map((l) => render(COLUMNS.map(([key]) => l[key])))].join("\n");
}

/** "yes" / "NO" for a goal, "" when the row has no goal. */
export const verdict = (met) => (met === undefined ? "" : met ? "yes" : "NO");
