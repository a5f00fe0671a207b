/** GET /api/analytics.csv's body: one line per (date, share), streamed page by page from D1. */
import { CSV_HEADER, csvLine, csvShareDayLine } from "../domain/analytics/analytics-csv";
import type { DateRange } from "../domain/analytics/date-range";
import type { Bindings } from "../env";
import { type ShareDayCounterRow, indexedTitles, shareDailyPage } from "../storage/analytics-store";

/**
 * The headers of a CSV download of a range, the same for the API and the dashboard.
 *
 * @example
 * csvDownloadHeaders({ from: "2026-11-01", to: "2026-11-30" })["content-disposition"]; // 'attachment; filename="analytics-2026-11-01-2026-11-30.csv"'
 */
export function csvDownloadHeaders(range: DateRange): Record<string, string> {
  return {
    "content-type": "text/csv; charset=utf-8; header=present",
    "content-disposition": `attachment; filename="analytics-${range.from}-${range.to}.csv"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}

/** Rows per D1 query: a 400-day export of a busy app is many bounded queries, never one huge result. */
export const CSV_PAGE_ROWS = 5_000;

interface ShareDay {
  date: string;
  shareId: string;
  title: string | null;
  counters: Record<string, number>;
}

/**
 * The CSV of a range, as a stream: the header, then a line per (date, share id) in that order.
 * The first page is read before returning, so a D1 that is down is a 503, not a truncated file;
 * a later failure ends the stream with an error (the download fails visibly) and is logged.
 *
 * @example
 * return new Response(await analyticsCsv(env, range), { headers: { "content-type": "text/csv; charset=utf-8" } });
 */
export async function analyticsCsv(env: Pick<Bindings, "DB">, range: DateRange): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let page: ShareDayCounterRow[] | null = await shareDailyPage(env, range, null, CSV_PAGE_ROWS);
  let open: ShareDay | null = null;

  const render = async (rows: ShareDayCounterRow[], last: boolean): Promise<string> => {
    const titles = await indexedTitles(env, [...new Set(rows.map((row) => row.share_id))]);
    let text = "";
    for (const row of rows) {
      if (open && (open.date !== row.date || open.shareId !== row.share_id)) {
        text += csvShareDayLine(open.date, open.shareId, open.title, open.counters);
        open = null;
      }
      open ??= { date: row.date, shareId: row.share_id, title: titles.get(row.share_id) ?? null, counters: {} };
      open.counters[row.counter] = row.value;
    }
    // A (date, share) may continue on the next page: its line waits unless this page was the last.
    if (last && open) {
      text += csvShareDayLine(open.date, open.shareId, open.title, open.counters);
      open = null;
    }
    return text;
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(CSV_HEADER)));
    },
    async pull(controller) {
      if (page === null) return controller.close();
      try {
        const rows: ShareDayCounterRow[] = page;
        const last = rows.length < CSV_PAGE_ROWS;
        controller.enqueue(encoder.encode(await render(rows, last)));
        const end = rows.at(-1);
        page = last || !end ? null : await shareDailyPage(env, range, { date: end.date, shareId: end.share_id, counter: end.counter }, CSV_PAGE_ROWS);
      } catch (error) {
        console.error(JSON.stringify({ event: "analytics_csv_failed", from: range.from, to: range.to, message: String(error) }));
        controller.error(error);
      }
    },
  });
}
