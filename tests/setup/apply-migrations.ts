/** Before each test file: the test database gets the migrations of migrations/, the documented vitest-pool way. */
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
