/** Debian's Chromium and the flags every headless run here needs: the browser tests, Lighthouse and the card bench. */

/** CHROME_PATH overrides the browser; `npx playwright install` cannot work on these machines. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** No sandbox (root in a container) and no network side trips (the machine has no network). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
