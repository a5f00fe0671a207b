/** Starts the Worker in workerd with `wrangler dev` on one port, with its own throwaway storage, and stops it. */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
/** wrangler's own entry point, run with this Node: `npx` would start Node 20 on this machine's PATH. */
export const WRANGLER_BIN = join(dirname(require.resolve("wrangler/package.json")), "bin", "wrangler.js");

const STARTUP_TIMEOUT_MS = 90_000;

/**
 * Starts `wrangler dev` on 127.0.0.1:port and resolves once /healthz answers. With `inspectorPort`,
 * the Worker's DevTools inspector listens there (the billable-CPU row profiles through it).
 * Storage lives in a fresh temporary directory, so stats start at zero and other engineers'
 * `wrangler dev` state is never touched.
 *
 * @example
 * const worker = await startWorker({ port: 8795, cwd: repoRoot });
 * try { await fetch(`${worker.origin}/healthz`); } finally { await worker.stop(); }
 */
export async function startWorker({ port, cwd, vars = {}, inspectorPort, config = null, stateDir: given }) {
  // A given folder (already seeded, e.g. the analytics bench's D1) is used as is, and removed on stop.
  const stateDir = given ?? (await mkdtemp(join(tmpdir(), "briefing-share-worker-")));
  const origin = `http://127.0.0.1:${port}`;
  const varArgs = Object.entries({ PUBLIC_ORIGIN: origin, ...vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`]);
  const args = [
    WRANGLER_BIN, "dev", "--port", String(port), "--ip", "127.0.0.1",
    "--persist-to", stateDir, "--log-level", "warn", "--show-interactive-dev-session=false", ...varArgs,
    ...(inspectorPort ? ["--inspector-port", String(inspectorPort)] : []),
    // Another Worker than the app's (bench/engines/wrangler.toml), relative to cwd.
    ...(config ? ["--config", config] : []),
  ];
  const started = performance.now();
  // Its own process group, so stop() ends wrangler and the workerd it spawned, and nothing else.
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk) => { log = (log + chunk).slice(-20_000); };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = false;
  child.on("exit", () => { exited = true; });

  const stop = async () => {
    if (!exited) {
      try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await sleep(100);
      if (!exited) try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    }
    await rm(stateDir, { recursive: true, force: true });
  };

  while (performance.now() - started < STARTUP_TIMEOUT_MS) {
    if (exited) break;
    if (await answers(`${origin}/healthz`)) {
      return { origin, port, pid: child.pid, stateDir, stop, readyMs: performance.now() - started, log: () => log };
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${origin}/healthz (port busy?). Last output:\n${log.slice(-3000)}`);
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
