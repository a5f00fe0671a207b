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
      lines.push({ row: String(result.row), name: result.name, note: result.reason });
      continue;
    }
    result.lines.forEach((line, i) =>
      lines.push({ ...line, row: i === 0 ? String(result.row) : "", name: i === 0 ? result.name : "" }),
    );
  }
  // A skipped row's reason runs across the columns, so it does not widen them.
  const measured = lines.filter((l) => l.note === undefined);
  const widths = COLUMNS.map(([key, label]) => Math.max(label.length, ...measured.map((l) => String(l[key] ?? "").length)));
  const render = (cells) => cells.map((cell, i) => String(cell ?? "").padEnd(widths[i])).join("  ").trimEnd();
  const renderLine = (l) => (l.note === undefined ? render(COLUMNS.map(([key]) => l[key])) : `${render([l.row, l.name])}  ${l.note}`);
  const header = render(COLUMNS.map(([, label]) => label));
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [header, rule, ...lines.map(renderLine)].join("\n");
}

/** "yes" / "NO" for a goal, "" when the row has no goal. */
export const verdict = (met) => (met === undefined ? "" : met ? "yes" : "NO");

/**
 * The same table as Markdown, for the README's Performance section (`node bench/markdown.mjs`).
 *
 * @example
 * formatMarkdown(JSON.parse(readFileSync("bench/results.json", "utf8")).rows);
 */
export function formatMarkdown(rows) {
  const cell = (v) => String(v ?? "").replaceAll("|", "\\|");
  const out = [`| ${COLUMNS.map(([, label]) => label).join(" | ")} |`, `|${COLUMNS.map(() => "---").join("|")}|`];
  for (const r of rows) {
    if (r.status !== "ok") {
      out.push(`| ${r.row} | ${r.name} | ${cell(r.reason)} | | | | | |`);
      continue;
    }
    (r.table ?? r.lines).forEach((line, i) => {
      const full = { ...line, row: i === 0 ? r.row : "", name: i === 0 ? r.name : "" };
      out.push(`| ${COLUMNS.map(([key]) => cell(full[key])).join(" | ")} |`);
    });
  }
  return out.join("\n");
}
