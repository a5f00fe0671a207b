/**
 * The Worker's own migrations: every file of migrations/ is bundled, in order, and applying them is
 * atomic, idempotent, safe under concurrency and recorded where `wrangler d1 migrations` looks.
 * (A bare `wrangler dev --persist-to <empty folder>` is proven in tests/browser/fresh-database.test.ts.)
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/storage/d1/apply-migrations";
import { database } from "../../src/storage/d1/database";
import { MIGRATIONS } from "../../src/storage/d1/migrations";
import { splitSqlStatements } from "../../src/storage/d1/split-sql";

/** Whitespace-insensitive, so our splitter and wrangler's are compared on what runs. */
const normalise = (sql: string) => sql.replace(/--[^\n]*/g, "").replace(/\s+/g, " ").trim().replace(/;$/, "");

/** Synthetic migrations on their own tables and records table, so tests do not touch the real schema. */
function synthetic(prefix: string) {
  return [
    { name: "0001_one.sql", sql: `CREATE TABLE ${prefix}_a (x INTEGER); -- first\nINSERT INTO ${prefix}_a VALUES (1);` },
    { name: "0002_two.sql", sql: `CREATE TABLE ${prefix}_b (y TEXT);\nINSERT INTO ${prefix}_a VALUES (2);` },
  ];
}

async function names(table: string) {
  const rows = await env.DB.prepare(`SELECT name FROM ${table} ORDER BY id`).all<{ name: string }>();
  return rows.results.map((row) => row.name);
}

describe("bundled migrations", () => {
  it("bundle every file of migrations/, in wrangler's order, with the same statements", () => {
    expect(MIGRATIONS.map((m) => m.name), "each file of migrations/ needs its line in src/storage/d1/migrations.ts").toEqual(
      env.TEST_MIGRATIONS.map((m) => m.name),
    );
    for (const [index, migration] of MIGRATIONS.entries()) {
      expect(splitSqlStatements(migration.sql).map(normalise)).toEqual(env.TEST_MIGRATIONS[index]!.queries.map(normalise));
    }
  });

  it("are all recorded in d1_migrations once the Worker opens its database", async () => {
    await database(env);
    expect(await names("d1_migrations")).toEqual(MIGRATIONS.map((m) => m.name));
    const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
    expect(tables.results.map((t) => t.name)).toEqual(
      expect.arrayContaining(["analytics_share_daily", "analytics_daily", "analytics_share_totals", "analytics_flush_marks"]),
    );
  });
});

describe("applyMigrations", () => {
  it("applies pending migrations in order, records them, and applies nothing the second time", async () => {
    const migrations = synthetic("order");
    expect(await applyMigrations(env.DB, migrations, "order_migrations")).toEqual(["0001_one.sql", "0002_two.sql"]);
    expect(await applyMigrations(env.DB, migrations, "order_migrations")).toEqual([]);
    expect(await names("order_migrations")).toEqual(["0001_one.sql", "0002_two.sql"]);
    const rows = await env.DB.prepare("SELECT x FROM order_a ORDER BY x").all<{ x: number }>();
    expect(rows.results.map((r) => r.x)).toEqual([1, 2]);
  });

  it("applies only what was added since the last run", async () => {
    const [first, second] = synthetic("added");
    expect(await applyMigrations(env.DB, [first!], "added_migrations")).toEqual(["0001_one.sql"]);
    expect(await applyMigrations(env.DB, [first!, second!], "added_migrations")).toEqual(["0002_two.sql"]);
  });

  it("rolls a failing migration back whole, records nothing, and applies it once fixed", async () => {
    const broken = [{ name: "0001_broken.sql", sql: "CREATE TABLE broken_a (x INTEGER); INSERT INTO no_such_table VALUES (1);" }];
    await expect(applyMigrations(env.DB, broken, "broken_migrations")).rejects.toThrow(/no_such_table/);
    expect(await names("broken_migrations")).toEqual([]);
    const table = await env.DB.prepare("SELECT name FROM sqlite_master WHERE name = 'broken_a'").first();
    expect(table).toBeNull();
    const fixed = [{ name: "0001_broken.sql", sql: "CREATE TABLE broken_a (x INTEGER);" }];
    expect(await applyMigrations(env.DB, fixed, "broken_migrations")).toEqual(["0001_broken.sql"]);
  });

  it("applies each migration exactly once when several isolates start at the same time", async () => {
    const migrations = synthetic("race");
    const results = await Promise.all(Array.from({ length: 5 }, () => applyMigrations(env.DB, migrations, "race_migrations")));
    expect(results.flat().sort()).toEqual(["0001_one.sql", "0002_two.sql"]);
    expect(await names("race_migrations")).toEqual(["0001_one.sql", "0002_two.sql"]);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM race_a").first<{ n: number }>();
    expect(rows?.n).toBe(2);
  });

  it("refuses a records table name that is not an identifier", async () => {
    await expect(applyMigrations(env.DB, [], "x; DROP TABLE y")).rejects.toThrow(TypeError);
  });
});
