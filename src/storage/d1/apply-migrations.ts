/** Brings a D1 database up to date with the bundled migrations, recorded where `wrangler d1 migrations` records them. */
import { splitSqlStatements } from "./split-sql";
import type { BundledMigration } from "./migrations";

/** Wrangler's own table and shape, so `wrangler d1 migrations apply|list` and the Worker agree on what ran. */
export const MIGRATIONS_TABLE = "d1_migrations";
const createTable = (table: string) => `CREATE TABLE IF NOT EXISTS ${table}(
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

/**
 * Applies, in order, every migration not yet recorded. Each runs as one D1 batch (one
 * transaction) together with its record, so a migration is either applied and recorded or
 * neither. Two isolates racing on a fresh database: the loser's batch fails on the record's
 * UNIQUE name (or the tables it creates), rolls back, and finds the migration recorded.
 * Returns the names it applied.
 *
 * @example
 * await applyMigrations(env.DB, MIGRATIONS); // ["0001_analytics.sql"] the first time, [] after
 */
export async function applyMigrations(db: D1Database, migrations: readonly BundledMigration[], table = MIGRATIONS_TABLE): Promise<string[]> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new TypeError(`Not a table name: ${table}`);
  await db.prepare(createTable(table)).run();
  const rows = await db.prepare(`SELECT name FROM ${table}`).all<{ name: string }>();
  const done = new Set(rows.results.map((row) => row.name));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    const statements = splitSqlStatements(migration.sql).map((sql) => db.prepare(sql));
    statements.push(db.prepare(`INSERT INTO ${table} (name) VALUES (?)`).bind(migration.name));
    try {
      await db.batch(statements);
      applied.push(migration.name);
    } catch (error) {
      const recorded = await db.prepare(`SELECT 1 AS found FROM ${table} WHERE name = ?`).bind(migration.name).first();
      if (!recorded) throw error;
    }
  }
  return applied;
}
