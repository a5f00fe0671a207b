/**
 * The code under test: a copy of the committed HEAD in a temporary directory. `wrangler dev` watches
 * and reloads its sources, so benchmarking a working tree that someone is editing would measure
 * half-saved files and reloads; a snapshot pins the figures to one commit.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Extracts `git archive HEAD` into a temporary directory with node_modules linked in.
 * Outside a git checkout (or with `--working-tree`) the repository itself is used.
 *
 * @example
 * const code = await snapshotHead(repoRoot);
 * try { startWorker({ cwd: code.dir }); } finally { await code.remove(); }
 */
export async function snapshotHead(root, { workingTree = false } = {}) {
  if (workingTree || !isGitCheckout(root)) return { dir: root, label: "working tree", remove: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "briefing-share-head-"));
  const commit = execFileSync("git", ["-C", root, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const archive = execFileSync("git", ["-C", root, "archive", "--format=tar", "HEAD"], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  // wrangler refuses a missing [assets] directory, and git does not keep an empty one.
  await mkdir(join(dir, "public"), { recursive: true });
  // The patched satori is generated, not committed (what postinstall does for a checkout).
  if (existsSync(join(dir, "scripts", "build-satori.mjs"))) {
    execFileSync(process.execPath, [join(dir, "scripts", "build-satori.mjs")], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  }
  return { dir, label: `HEAD ${commit}`, remove: () => rm(dir, { recursive: true, force: true }) };
}

function isGitCheckout(root) {
  try {
    execFileSync("git", ["-C", root, "rev-parse", "--verify", "HEAD"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
