/// <reference types="node" />
/** Where the browser tests find the Worker, and the API token they create shares with. */

export const PORT = 8791;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Passed to `wrangler dev` with --var, so the tests never depend on .dev.vars. */
export const API_TOKEN = "browser-test-token";
