/** GET /api/analytics.csv through the Worker: header, one line per (date, share), attachment, formula-safe cells. */
import { beforeEach, describe, expect, it } from "vitest";
import { CSV_HEADER } from "../../src/domain/analytics/analytics-csv";
import { CSV_PAGE_ROWS } from "../../src/analytics/analytics-csv-export";
import { addCounter, clearAnalytics, indexShare } from "../fixtures/analytics";
import { api } from "../fixtures/api";
import { env } from "cloudflare:test";

/** A minimal RFC 4180 reader: enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += char;
  }
  return rows;
}

async function csv(query: string) {
  const response = await api(`/analytics.csv${query}`);
  expect(response.status).toBe(200);
  return { response, rows: parseCsv(await response.text()) };
}

const column = (name: string) => CSV_HEADER.indexOf(name as (typeof CSV_HEADER)[number]);

beforeEach(clearAnalytics);

describe("GET /api/analytics.csv", () => {
  it("is a text/csv attachment with a header row and one row per (date, share id)", async () => {
    await indexShare("shareAAAA01", "2026-11-02T09:00:00.000Z", "First, \"quoted\" title");
    await addCounter("shareAAAA01", "2026-11-02", "views.human", 5);
    await addCounter("shareAAAA01", "2026-11-02", "clicks.ios", 2);
    await addCounter("shareAAAA01", "2026-11-03", "views.human", 1);
    await addCounter("shareBBBB02", "2026-11-02", "channel.tiktok", 4);
    await addCounter("shareBBBB02", "2026-11-02", "channel.whatsapp", 3);
    await addCounter("shareCCCC03", "2026-10-31", "views.human", 9);

    const { response, rows } = await csv("?from=2026-11-01&to=2026-11-30");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="analytics-2026-11-01-2026-11-30.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["2026-11-02", "shareAAAA01"],
      ["2026-11-02", "shareBBBB02"],
      ["2026-11-03", "shareAAAA01"],
    ]);
    const first = rows[1]!;
    expect(first[column("title")]).toBe('First, "quoted" title');
    expect(first[column("views.human")]).toBe("5");
    expect(first[column("clicks.ios")]).toBe("2");
    expect(first[column("views.total")]).toBe("0");
    const second = rows[2]!;
    expect(second[column("title")]).toBe("");
    expect(second[column("channel.whatsapp")]).toBe("3");
    expect(second[column("channel.(others)")]).toBe("4");
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it.each([
    ["=HYPERLINK(\"https://evil.example\",\"click\")"],
    ["+cmd|' /C calc'!A0"],
    ["-2+3"],
    ["@SUM(A1:A9)"],
    ["\tTabbed"],
  ])("neutralises a title a spreadsheet would run as a formula: %s", async (title) => {
    await indexShare("shareEVIL01", "2026-11-02T09:00:00.000Z", title);
    await addCounter("shareEVIL01", "2026-11-02", "views.human", 1);
    const { rows } = await csv("?from=2026-11-01&to=2026-11-30");
    expect(rows[1]![column("title")]).toBe(`'${title}`);
  });

  it("keeps a (date, share) whole across pages of the D1 read", async () => {
    // Rows enough to span more than one page, with one share's day straddling the boundary.
    const statements = [];
    for (let i = 0; i < CSV_PAGE_ROWS + 3; i++) {
      const share = `bulk${String(Math.floor(i / 3)).padStart(8, "0")}`;
      statements.push(
        env.DB.prepare("INSERT INTO analytics_share_daily (date, share_id, counter, value) VALUES ('2026-11-05', ?, ?, 1)").bind(share, ["views.human", "views.total", "clicks.ios"][i % 3]!),
      );
    }
    await env.DB.batch(statements);
    const { rows } = await csv("?from=2026-11-01&to=2026-11-30");
    const lines = rows.slice(1);
    expect(lines).toHaveLength(Math.ceil((CSV_PAGE_ROWS + 3) / 3));
    expect(new Set(lines.map((row) => row[1])).size).toBe(lines.length);
    const total = lines.reduce((n, row) => n + Number(row[column("views.human")]) + Number(row[column("views.total")]) + Number(row[column("clicks.ios")]), 0);
    expect(total).toBe(CSV_PAGE_ROWS + 3);
  });

  it("has only the header for a range with nothing counted", async () => {
    const { rows } = await csv("?from=2026-11-01&to=2026-11-01");
    expect(rows).toEqual([[...CSV_HEADER]]);
  });

  it.each([
    ["?from=2026-11-31", "from"],
    ["?from=2026-11-02&to=2026-11-01", "from"],
    ["?to=2999-01-01", "to"],
  ])("answers a 400 problem for %s, naming %s", async (query, parameter) => {
    const response = await api(`/analytics.csv${query}`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors.map((error) => error.path)).toContain(parameter);
  });

  it("answers 401 without a token", async () => {
    const response = await api("/analytics.csv", { token: null });
    expect(response.status).toBe(401);
  });
});
