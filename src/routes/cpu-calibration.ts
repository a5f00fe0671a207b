/**
 * GET /__bench/cpu and /__bench/cpu-check: burn a fixed amount of CPU for the bench's profile, and
 * GET /__bench/floor/:id: the bare platform calls of a counted view. 404 unless CPU_CALIBRATION=on.
 */
import { type Context, Hono } from "hono";
import { burnCpu } from "../domain/cpu-burn";
import type { AppEnv } from "../env";
import { errorPageResponse } from "../http/html-page";
import { contractFloor } from "./cpu-floor";

/** Enough for any calibration the bench asks for, and small enough that a stray call costs little. */
const MAX_ITERATIONS = 20_000_000;

function burn(c: Context<AppEnv>) {
  if (c.env.CPU_CALIBRATION !== "on") return errorPageResponse(c, 404);
  const iterations = Number(c.req.query("iterations"));
  if (!Number.isSafeInteger(iterations) || iterations < 0 || iterations > MAX_ITERATIONS) return errorPageResponse(c, 404);
  return c.text(String(burnCpu(iterations)), 200, { "cache-control": "no-store" });
}

/**
 * Only `npm run bench` turns these on (`--var CPU_CALIBRATION:on`); anywhere else they are the
 * ordinary 404 page. The billable-CPU row runs the ruler beside every load and finds its samples
 * by the handler's name (V8 inlines burnCpu into it), so the ruler's known cost converts the
 * profile's samples into milliseconds; the check route is then measured like any other route.
 *
 * @example
 * // wrangler dev --var CPU_CALIBRATION:on
 * await fetch("http://127.0.0.1:8795/__bench/cpu?iterations=1000000"); // 200, about 2 ms of CPU
 */
export const cpuCalibration = new Hono<AppEnv>()
  .get("/__bench/cpu", function calibrationRuler(c) {
    return burn(c);
  })
  .get("/__bench/cpu-check", function calibrationCheck(c) {
    return burn(c);
  })
  .get("/__bench/floor/:id", contractFloor);
