/** The files of migrations/, bundled into the Worker so it can bring its own database up to date. */
import analytics0001 from "../../../migrations/0001_analytics.sql";
import shareIndex0002 from "../../../migrations/0002_share_index.sql";
import shareDailyByCounter0003 from "../../../migrations/0003_share_daily_by_counter.sql";

/** One migration as wrangler names it (the file name) and its SQL text. */
export interface BundledMigration {
  name: string;
  sql: string;
}

/**
 * Every file of migrations/, in order: one line per file. A test compares this list with the
 * folder (through the vitest pool's `readD1Migrations`), so a file added without its line fails.
 *
 * @example
 * MIGRATIONS.map((m) => m.name); // ["0001_analytics.sql", …]
 */
export const MIGRATIONS: readonly BundledMigration[] = [
  { name: "0001_analytics.sql", sql: analytics0001 },
  { name: "0002_share_index.sql", sql: shareIndex0002 },
  { name: "0003_share_daily_by_counter.sql", sql: shareDailyByCounter0003 },
];
