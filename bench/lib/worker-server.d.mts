/** Types of worker-server.mjs, for the TypeScript callers (the browser tests' global setup). */
export declare const WRANGLER_BIN: string;

export interface LocalWorker {
  origin: string;
  port: number;
  pid: number | undefined;
  /** The fresh --persist-to folder (KV, Durable Objects, D1), removed by stop(). */
  stateDir: string;
  readyMs: number;
  stop(): Promise<void>;
  log(): string;
}

export declare function startWorker(options: {
  port: number;
  cwd: string;
  vars?: Record<string, string>;
  inspectorPort?: number;
  config?: string | null;
  stateDir?: string;
}): Promise<LocalWorker>;

export declare function sleep(ms: number): Promise<void>;
