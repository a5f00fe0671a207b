/**
 * Seeds a local D1 for the analytics bench straight through SQL (`wrangler d1 execute --local`),
 * never through the API: N shares created evenly over the last 90 days, each counted on its first
 * three days (six counters a day), with the app-wide daily rows and per-share totals that the
 * counter Durable Objects' flushes would have written. Optionally M more shares created 32 to 89
 * days ago, whose three active days all fall before the default 30-day range: they show whether a
 * query's time grows with shares outside its range.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { WRANGLER_BIN } from "./worker-server.mjs";

export const SEED_DAYS = 90;
export const ACTIVE_DAYS_PER_SHARE = 3;
const COUNTERS = [
  ["views.human", 7],
  ["views.total", 11],
  ["unfurls.whatsapp", 3],
  ["clicks.ios", 2],
  ["placement.banner", 2],
  ["channel.whatsapp", 5],
];

/** The first day before the default 30-day range (today and the 29 days before it) that a share can start on and stay outside it. */
const FIRST_DAY_OUTSIDE_RANGE = 32;

/**
 * The seed as one SQL script: rows generated inside SQLite by recursive CTEs, so the file stays tiny.
 * Shares 0 … shares−1 start `i % 90` days ago; the `outsideRange` after them start 32 to 89 days ago.
 */
export function seedSql(shares, outsideRange = 0) {
  const total = shares + outsideRange;
  const seq = `WITH RECURSIVE seq(i, ago) AS (SELECT 0, 0 UNION ALL SELECT i + 1,
    CASE WHEN i + 1 < ${shares} THEN (i + 1) % ${SEED_DAYS} ELSE ${FIRST_DAY_OUTSIDE_RANGE} + (i + 1) % ${SEED_DAYS - FIRST_DAY_OUTSIDE_RANGE} END
    FROM seq WHERE i < ${total - 1})`;
  // In the first hour of its day, so no share of today is created later than now.
  const created = `date('now', printf('-%d days', ago)) || printf('T00:%02d:%02d.000Z', (i / ${SEED_DAYS}) % 60, i % 60)`;
  // VALUES rows, not UNION ALL: D1 caps the terms of a compound SELECT.
  const counters = `VALUES ${COUNTERS.map(([name, f]) => `('${name}', ${f})`).join(", ")}`;
  return `
${seq}
INSERT INTO share_index (id, title, search_text, lang, topic, status, sharer_ref, sharer_name, created_at, updated_at, expires_at, version, revision)
SELECT printf('bench%07d', i), printf('Seeded briefing %d', i), printf('seeded briefing %d', i), 'en', 'AI', 'live', printf('ref-%d', i % 1000), NULL,
       ${created}, ${created}, NULL, 'v1', 1 FROM seq;
${seq}, days(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM days WHERE d < ${ACTIVE_DAYS_PER_SHARE - 1}), counters(c, f) AS (${counters})
INSERT INTO analytics_share_daily (date, share_id, counter, value)
SELECT date('now', printf('-%d days', ago - d)), printf('bench%07d', i), c, 1 + (i * f + d) % (f * 3)
FROM seq, days, counters WHERE ago - d >= 0;
INSERT INTO analytics_daily (date, counter, value) SELECT date, counter, sum(value) FROM analytics_share_daily GROUP BY date, counter;
INSERT INTO analytics_share_totals (share_id, counter, value) SELECT share_id, counter, sum(value) FROM analytics_share_daily GROUP BY share_id, counter;
`;
}

/**
 * A fresh --persist-to folder whose local D1 has the migrations applied (by wrangler, as an
 * operator would) and `shares` (+ `outsideRange`) seeded shares. Returns the folder and how long
 * seeding took.
 *
 * @example
 * const { stateDir } = await seedLocalD1({ cwd, shares: 10_000 });
 */
export async function seedLocalD1({ cwd, shares, outsideRange = 0 }) {
  const stateDir = await mkdtemp(join(tmpdir(), "briefing-share-seed-"));
  const sqlFile = join(stateDir, "seed.sql");
  const run = (args) =>
    promisify(execFile)(process.execPath, [WRANGLER_BIN, "d1", ...args, "--local", "--persist-to", stateDir], {
      cwd,
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      maxBuffer: 64 * 1024 * 1024,
    });
  const started = performance.now();
  try {
    await run(["migrations", "apply", "DB"]);
    await writeFile(sqlFile, seedSql(shares, outsideRange));
    await run(["execute", "DB", "--file", sqlFile]);
    await rm(sqlFile);
  } catch (error) {
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  }
  return { stateDir, seedMs: performance.now() - started };
}
