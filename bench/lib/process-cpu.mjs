/**
 * CPU time used by the server's processes (wrangler's Node, its proxy workerd, the Worker's workerd),
 * read from /proc, so a load row can say how much CPU each request costs on each side. Linux only;
 * elsewhere the meter reads nothing and the rows leave the CPU lines out.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** `{ ppid, cpuMs }` of a process from /proc/<pid>/stat, or null once it is gone. */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses; the fields after its last ")" are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const [ppid, utime, stime] = [Number(fields[1]), Number(fields[11]), Number(fields[12])];
    return { ppid, cpuMs: ((utime + stime) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** A process's role in the dev stack, from its command line: the proxy workerd listens on the public port. */
function roleOf(pid, port) {
  let cmd = "";
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return null;
  }
  if (cmd.includes("workerd")) return cmd.includes(`entry=127.0.0.1:${port} `) ? "proxy" : "worker";
  if (cmd.includes("esbuild")) return "esbuild";
  return "wrangler";
}

/** Every live descendant of `rootPid`, with its role. */
function tree(rootPid, port) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(entry);
    if (s) parents.set(Number(entry), s.ppid);
  }
  const members = [rootPid];
  for (let i = 0; i < members.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === members[i]) members.push(pid);
  }
  return members.map((pid) => ({ pid, role: roleOf(pid, port) })).filter((p) => p.role);
}

/**
 * A meter over the server's process tree. `read()` returns CPU milliseconds so far, by role
 * (`worker`, `proxy`, `wrangler`, `esbuild`) plus `client` (this process: autocannon and the bench).
 *
 * @example
 * const meter = cpuMeter(worker.pid, 8795);
 * const before = meter.read(); await load(); const used = meter.since(before); // { worker: 812, proxy: 240, … }
 */
export function cpuMeter(rootPid, port) {
  const available = rootPid !== undefined && process.platform === "linux";
  let members = null;
  const read = () => {
    const totals = { worker: 0, proxy: 0, wrangler: 0, esbuild: 0, client: 0 };
    if (!available) return totals;
    members ??= tree(rootPid, port);
    for (const { pid, role } of members) totals[role] += stat(pid)?.cpuMs ?? 0;
    const self = process.cpuUsage();
    totals.client = (self.user + self.system) / 1000;
    return totals;
  };
  const since = (before) => Object.fromEntries(Object.entries(read()).map(([k, v]) => [k, v - before[k]]));
  return { available, read, since };
}
