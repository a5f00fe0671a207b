/** The daily Cron Trigger, run through the Worker's own scheduled() inside workerd: old daily rows go, totals and stats stay. */
import { createScheduledController, env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { addDays } from "../../src/domain/analytics/date-range";
import { utcDay } from "../../src/domain/share-stats";
import { readShareStats } from "../../src/stats/read-share-stats";
import { statsCounter } from "../../src/stats/record-event";
import { addCounter, clearAnalytics } from "../fixtures/analytics";
import { drainByAlarm } from "../fixtures/analytics-invariant";
import { statsEvent } from "../fixtures/stats";

const NOW = Date.now();
const today = utcDay(NOW);

async function runCron(bindings: typeof env = env) {
  const controller = createScheduledController({ scheduledTime: NOW, cron: "17 3 * * *" });
  return worker.scheduled(controller, bindings);
}

const countRows = async (table: string, share?: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}${share ? " WHERE share_id = ?" : ""}`).bind(...(share ? [share] : [])).first<{ n: number }>())!.n;

beforeEach(clearAnalytics);
afterEach(() => vi.restoreAllMocks());

describe("scheduled(): analytics retention", () => {
  it("deletes daily rows older than the retention (default 400 days) and keeps the rest, the totals and the share's stats", async () => {
    const id = `r${crypto.randomUUID().replace(/-/g, "").slice(0, 15)}`;
    await statsCounter(env, id).apply([statsEvent(id), statsEvent(id, { type: "view", placement: null, channel: "direct" })]);
    await drainByAlarm(id);
    const oldest = addDays(today, -399);
    await addCounter(id, addDays(today, -400), "views.human", 7);
    await addCounter(id, addDays(today, -1000), "views.human", 1);
    await addCounter(id, oldest, "views.human", 5);
    vi.spyOn(console, "log").mockImplementation(() => {});

    await runCron();

    const dates = await env.DB.prepare("SELECT DISTINCT date FROM analytics_share_daily WHERE share_id = ? ORDER BY date").bind(id).all<{ date: string }>();
    expect(dates.results.map((row) => row.date)).toEqual([oldest, today]);
    const appDates = await env.DB.prepare("SELECT DISTINCT date FROM analytics_daily ORDER BY date").all<{ date: string }>();
    expect(appDates.results.map((row) => row.date)).toEqual([oldest, today]);
    const total = await env.DB.prepare("SELECT value FROM analytics_share_totals WHERE share_id = ? AND counter = 'views.human'").bind(id).first<{ value: number }>();
    expect(total?.value).toBe(1 + 7 + 1 + 5);
    const stats = await readShareStats(env, id);
    expect(stats.views.human).toBe(1);
    expect(stats.ctaClicks.ios).toBe(1);
  });

  it.each([
    ["30", 30],
    [" 1 ", 1],
  ])("honours ANALYTICS_RETENTION_DAYS=%j", async (value, days) => {
    await addCounter("retain000001", addDays(today, -days), "views.human", 1);
    await addCounter("retain000001", addDays(today, -(days - 1)), "views.human", 1);
    vi.spyOn(console, "log").mockImplementation(() => {});
    await runCron({ ...env, ANALYTICS_RETENTION_DAYS: value });
    expect(await countRows("analytics_share_daily", "retain000001")).toBe(1);
  });

  it.each(["0", "thirty", "12.5", "-3", "99999999"])("with ANALYTICS_RETENTION_DAYS=%j deletes nothing and logs an error naming it", async (value) => {
    await addCounter("retain000002", "2020-01-01", "views.human", 1);
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
    await expect(runCron({ ...env, ANALYTICS_RETENTION_DAYS: value })).rejects.toThrow(/ANALYTICS_RETENTION_DAYS/);
    expect(errors.some((line) => line.includes("analytics_prune_failed") && line.includes("ANALYTICS_RETENTION_DAYS"))).toBe(true);
    expect(await countRows("analytics_share_daily", "retain000002")).toBe(1);
  });

  it("prunes in chunks: more rows than one delete statement takes", async () => {
    const old = addDays(today, -500);
    const statements = Array.from({ length: 12_000 }, (_, i) =>
      env.DB.prepare("INSERT INTO analytics_share_daily (date, share_id, counter, value) VALUES (?, ?, 'views.human', 1)").bind(old, `chunk${String(i).padStart(7, "0")}`),
    );
    for (let i = 0; i < statements.length; i += 1000) await env.DB.batch(statements.slice(i, i + 1000));
    vi.spyOn(console, "log").mockImplementation(() => {});
    await runCron();
    expect(await countRows("analytics_share_daily")).toBe(0);
  });
});
