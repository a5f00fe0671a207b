/** What the figures were measured on: the machine, its load, and the exact code. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";

const quiet = (file, args) => {
  try {
    return execFileSync(file, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};

export function describeMachine(cwd) {
  const wrangler = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("wrangler/package.json"), "utf8"));
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: Number(quiet("nproc", [])) || cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    node: process.version,
    wrangler: wrangler.version,
    commit: quiet("git", ["-C", cwd, "rev-parse", "--short", "HEAD"]),
  };
}
