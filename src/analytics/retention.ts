/** Retention: daily analytics rows older than ANALYTICS_RETENTION_DAYS go; totals and share stats stay. */
import { getConfig, requireSetting } from "../config";
import { addDays } from "../domain/analytics/date-range";
import { utcDay } from "../domain/share-stats";
import type { Bindings } from "../env";
import { pruneDailyRows } from "../storage/analytics-store";

export interface PruneReport {
  /** The first day kept. */
  keptFrom: string;
  shareDaily: number;
  daily: number;
}

/**
 * Deletes the daily rows (per share and app-wide) of the days before the last
 * `ANALYTICS_RETENTION_DAYS` (today included). Per-share totals, the counter Durable Objects and
 * so every share's own stats are untouched. Throws a ConfigError naming the variable when it is
 * malformed, and deletes nothing then.
 *
 * @example
 * await pruneAnalytics(env, Date.parse("2026-11-30T03:17:00Z")); // { keptFrom: "2025-10-27", shareDaily: 1200, daily: 30 }
 */
export async function pruneAnalytics(env: Bindings, nowMs: number): Promise<PruneReport> {
  const config = getConfig(env);
  const days = requireSetting(config, "ANALYTICS_RETENTION_DAYS", config.analyticsRetentionDays);
  const keptFrom = addDays(utcDay(nowMs), -(days - 1));
  const deleted = await pruneDailyRows(env, keptFrom);
  console.log(JSON.stringify({ event: "analytics_pruned", keptFrom, ...deleted }));
  return { keptFrom, ...deleted };
}

/**
 * The Worker's `scheduled()` handler (the daily Cron Trigger in wrangler.toml). A failure is
 * logged once with what went wrong (a ConfigError names the variable) and rethrown, so the
 * invocation shows as failed in the Cron Trigger's history.
 *
 * @example
 * export default { fetch, queue, scheduled: handleScheduled };
 */
export async function handleScheduled(controller: ScheduledController, env: Bindings): Promise<void> {
  try {
    await pruneAnalytics(env, controller.scheduledTime);
  } catch (error) {
    console.error(JSON.stringify({ event: "analytics_prune_failed", cron: controller.cron, error: error instanceof Error ? error.message : String(error) }));
    throw error;
  }
}
