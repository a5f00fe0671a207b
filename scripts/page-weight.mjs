#!/usr/bin/env node
/**
 * What a reader downloads: fetches the demo share page (and the home, 404 and 410 pages) from a
 * local `wrangler dev`, and prints each body's bytes raw, gzipped and brotli-compressed with Node's
 * zlib, the way Cloudflare's edge compresses HTML on the way out (the Worker sends it uncompressed).
 *
 *   npm run page-weight            # PORT=8796 by default
 *
 * Cloudflare picks its own levels (gzip and brotli at moderate, on-the-fly levels); the two columns
 * for each bracket what a reader really downloads: a fast level and the maximum.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { realisticBriefing } from "../bench/lib/briefings.mjs";
import { startWorker } from "../bench/lib/worker-server.mjs";

const port = Number(process.env.PORT ?? 8796);
const worker = await startWorker({ port, cwd: new URL("..", import.meta.url).pathname, vars: { DEMO_SHARE: "on" } });

const brotli = (body, quality) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const API_HEADERS = { authorization: "Bearer local-dev-token", "content-type": "application/json" };

/** A share created through the API with the local token (from .dev.vars); its page path. */
async function sharePath(briefing) {
  const created = await fetch(`${worker.origin}/api/shares`, { method: "POST", headers: API_HEADERS, body: JSON.stringify({ briefing }) });
  const { id } = await created.json();
  return `/b/${id}`;
}

/** A revoked share's page, for the 410. */
async function revokedSharePath() {
  const path = await sharePath({ title: "Revoked", summary: "Gone.", sections: [{ paragraphs: [{ text: "Gone." }] }] });
  await (await fetch(`${worker.origin}/api${path.replace("/b/", "/shares/")}`, { method: "DELETE", headers: API_HEADERS })).arrayBuffer();
  return path;
}

try {
  const rows = [];
  for (const [name, path] of [
    ["share page /b/demo", "/b/demo"],
    // The benchmark's briefing: 4 sections of 5 cited paragraphs (bench/lib/briefings.mjs).
    ["20-paragraph share page", await sharePath(realisticBriefing())],
    ["home /", "/"],
    ["404 page", "/b/NoSuchShare1"],
    // Cloudflare compresses only 200, 403 and 404 answers: a 410 goes out raw.
    ["410 page (sent raw)", await revokedSharePath()],
  ]) {
    const response = await fetch(`${worker.origin}${path}`, { headers: { "accept-encoding": "identity" } });
    const body = Buffer.from(await response.arrayBuffer());
    rows.push({
      page: name,
      status: response.status,
      "cache-control": response.headers.get("cache-control"),
      raw: kib(body.length),
      "gzip -4": kib(gzipSync(body, { level: 4 }).length),
      "gzip -9": kib(gzipSync(body, { level: 9 }).length),
      "brotli 4": kib(brotli(body, 4)),
      "brotli 11": kib(brotli(body, 11)),
    });
  }
  console.table(rows);
} finally {
  await worker.stop();
}
