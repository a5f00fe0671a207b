/** One client's counting window for a limit (failed sign-ins, requests per token): one Durable Object per key. */
import { DurableObject } from "cloudflare:workers";
import { type RequestWindow, type WindowRule, type WindowVerdict, countRequest, peekWindow } from "../domain/request-window";
import type { Bindings } from "../env";

const WINDOW = "window";

/**
 * Counts requests in the client's current window. Single-threaded, so concurrent requests from one
 * client are counted exactly, and it knows when the window ends: that is what makes Retry-After the
 * real time left, which the Workers Rate Limiting binding cannot tell (it answers only a boolean).
 * The window is kept in memory and in storage (an evicted object keeps its count); an alarm at the
 * window's end deletes it, so an idle client leaves nothing behind.
 */
export class RequestWindowDurableObject extends DurableObject<Bindings> {
  private window: RequestWindow | null | undefined;

  /** Counts one request and answers whether it is over the limit. */
  async count(rule: WindowRule): Promise<WindowVerdict> {
    const now = Date.now();
    const { window, verdict } = countRequest(await this.load(), rule, now);
    const opened = window.count === 1;
    this.window = window;
    await this.ctx.storage.put(WINDOW, window);
    if (opened) await this.ctx.storage.setAlarm(verdict.resetAt!);
    return verdict;
  }

  /** Answers whether the next request would be over the limit, without counting. */
  async peek(rule: WindowRule): Promise<WindowVerdict> {
    return peekWindow(await this.load(), rule, Date.now());
  }

  override async alarm(): Promise<void> {
    this.window = null;
    await this.ctx.storage.deleteAll();
  }

  private async load(): Promise<RequestWindow | null> {
    if (this.window === undefined) this.window = (await this.ctx.storage.get<RequestWindow>(WINDOW)) ?? null;
    return this.window;
  }
}
