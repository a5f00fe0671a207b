/// <reference types="node" />
/** Where the browser tests find the Worker, and the API token they create shares with. */

/** BROWSER_TEST_PORT moves it, so two checkouts on one machine can run their browser tests at once. */
export const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8791);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Passed to `wrangler dev` with --var, so the tests never depend on .dev.vars. */
export const API_TOKEN = "browser-test-token";
/** Signs the dashboard's sessions on the server under test. */
export const DASHBOARD_SECRET = "browser-test-dashboard-secret-0123456789";

/** Creates a share through the API of the server under test and returns its id. */
export async function createShare(body: unknown): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/shares`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
