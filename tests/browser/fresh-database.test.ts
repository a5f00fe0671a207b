/// <reference types="node" />
/**
 * A bare `wrangler dev --persist-to <empty folder>` (no migrations applied by hand, only .dev.vars)
 * answers a D1 route, and afterwards `wrangler d1 migrations list` finds nothing left to apply:
 * the Worker migrated its own database and recorded it where wrangler looks.
 */
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, WRANGLER_BIN, startWorker } from "../../bench/lib/worker-server.mjs";

/** Not the browser tests' 8791 (nor the bench's inspector, 8796): this test wants its own empty folder. */
const PORT = 8798;
/** The local-only token of the committed .dev.vars (README "Local development"). */
const LOCAL_TOKEN = "local-dev-token";

let worker: LocalWorker;

/** What `wrangler d1 migrations list` says of the server's local database (pending files, or none). */
async function migrationsList(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [WRANGLER_BIN, "d1", "migrations", "list", "DB", "--local", "--persist-to", worker.stateDir],
    { cwd: process.cwd(), env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" } },
  );
  return stdout;
}
beforeAll(async () => {
  worker = await startWorker({ port: PORT, cwd: process.cwd() });
});
afterAll(() => worker?.stop());

describe("a fresh local database", () => {
  it("starts with every migration pending (the folder really is empty)", async () => {
    const pending = await migrationsList();
    for (const file of await readdir("migrations")) expect(pending).toContain(file);
  });

  it("answers GET /api/analytics from the schema the Worker applied itself", async () => {
    const response = await fetch(`${worker.origin}/api/analytics`, { headers: { authorization: `Bearer ${LOCAL_TOKEN}` } });
    expect(response.status, await response.clone().text()).toBe(200);
    const body = (await response.json()) as { daily: unknown[] };
    expect(body.daily).toHaveLength(30);
  });

  it("leaves nothing for `wrangler d1 migrations apply` to do", async () => {
    expect(await migrationsList()).toMatch(/No migrations to apply/i);
  });
});
