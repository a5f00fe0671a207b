/// <reference types="node" />
/** Starts `wrangler dev` on port 8791 with fresh local storage, waits for /healthz, stops it afterwards. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { API_TOKEN, BASE_URL, PORT } from "./server";

const STARTUP_TIMEOUT_MS = 90_000;

async function waitForHealth(server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited (${server.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${BASE_URL}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`wrangler dev did not answer /healthz within ${STARTUP_TIMEOUT_MS / 1000}s:\n${output()}`);
}

export default async function setup(): Promise<() => void> {
  // Our own storage directory: other engineers' `wrangler dev` runs keep theirs in .wrangler/state.
  const persistTo = mkdtempSync(join(tmpdir(), "briefing-share-browser-"));
  let log = "";
  const server = spawn(
    "npx",
    [
      "wrangler", "dev", "--port", String(PORT), "--ip", "127.0.0.1",
      "--var", `PUBLIC_ORIGIN:${BASE_URL}`, "--var", `API_TOKENS:${API_TOKEN}`, "--var", "DEMO_SHARE:on",
      "--persist-to", persistTo, "--show-interactive-dev-session=false", "--log-level", "warn",
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));

  const stop = () => {
    // wrangler spawns workerd: signal the whole process group we created, and only it.
    if (server.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    rmSync(persistTo, { recursive: true, force: true });
  };

  try {
    await waitForHealth(server, () => log);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}
