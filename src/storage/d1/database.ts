/** The app's D1 database, migrated once per isolate before its first query. */
import type { Bindings } from "../../env";
import { guarded } from "../storage-error";
import { applyMigrations } from "./apply-migrations";
import { MIGRATIONS } from "./migrations";

/** Creating tables on a cold database takes longer than one query; still bounded. */
const MIGRATION_TIMEOUT_MS = 15_000;

const ready = new WeakMap<D1Database, Promise<void>>();

/**
 * The D1 binding, once its schema is up to date. The first call in an isolate applies pending
 * migrations (one read when there are none); later calls reuse that work. A failed attempt is
 * forgotten, so the next call tries again. Failures and hangs surface as StorageUnavailableError.
 *
 * @example
 * const db = await database(env);
 * await db.prepare("SELECT 1").first();
 */
export async function database(env: Pick<Bindings, "DB">): Promise<D1Database> {
  const db = env.DB;
  let migrated = ready.get(db);
  if (!migrated) {
    migrated = guarded("D1 migrations", () => applyMigrations(db, MIGRATIONS), MIGRATION_TIMEOUT_MS).then((applied) => {
      if (applied.length > 0) console.log(JSON.stringify({ event: "d1_migrations_applied", applied }));
    });
    ready.set(db, migrated);
    migrated.catch(() => ready.delete(db));
  }
  await migrated;
  return db;
}
