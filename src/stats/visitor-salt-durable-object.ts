/** The secret daily salt for unique-visitor hashes: random, one per UTC day, the previous one deleted. */
import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";

interface StoredSalt {
  day: string;
  salt: string;
}

/**
 * A single instance (named "visitor-salt") hands every isolate the same random salt for a UTC day,
 * so the same reader hashes the same everywhere that day. Only today's salt is kept: once the day
 * is over nobody, including us, can recompute a hash from an IP and a user agent.
 *
 * @example
 * const salt = await env.VISITOR_SALT.get(env.VISITOR_SALT.idFromName("visitor-salt")).saltFor("2026-11-26");
 */
export class VisitorSaltDurableObject extends DurableObject<Bindings> {
  async saltFor(day: string): Promise<string> {
    const stored = await this.ctx.storage.get<StoredSalt>("salt");
    if (stored?.day === day) return stored.salt;
    const salt = randomSalt();
    // A request from a day already past (clock skew at midnight) gets a throwaway salt, never an old one.
    if (stored && stored.day > day) return salt;
    await this.ctx.storage.put<StoredSalt>("salt", { day, salt });
    return salt;
  }
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
