/// <reference types="node" />
/** Starts `wrangler dev` on port 8791 with fresh local storage, waits for /healthz, stops it afterwards. */
import { startWorker } from "../../bench/lib/worker-server.mjs";
import { API_TOKEN, DASHBOARD_SECRET, PORT } from "./server";

export default async function setup(): Promise<() => Promise<void>> {
  const worker = await startWorker({
    port: PORT,
    cwd: process.cwd(),
    vars: { API_TOKENS: API_TOKEN, DEMO_SHARE: "on", DASHBOARD_SESSION_SECRET: DASHBOARD_SECRET },
  });
  return worker.stop;
}
