/** Idempotency records for share creation: one Durable Object per Idempotency-Key. */
import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";

/** How long a key is remembered; a retry after that creates a new share. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface IdempotencyEntry {
  /** SHA-256 of the canonical request body, to tell a retry from a reuse of the key. */
  fingerprint: string;
  shareId: string;
  claimedAt: number;
}

export type IdempotencyClaim =
  | { outcome: "claimed" | "replay"; shareId: string }
  | { outcome: "conflict" };

/**
 * Serialises concurrent retries: the first request claims the key with its share id, every retry
 * with the same body gets that id back, and a different body under the same key is a conflict.
 */
export class IdempotencyDurableObject extends DurableObject<Bindings> {
  async claim(fingerprint: string, candidateShareId: string): Promise<IdempotencyClaim> {
    const now = Date.now();
    const entry = await this.ctx.storage.get<IdempotencyEntry>("entry");
    if (entry && now - entry.claimedAt < IDEMPOTENCY_TTL_MS) {
      return entry.fingerprint === fingerprint ? { outcome: "replay", shareId: entry.shareId } : { outcome: "conflict" };
    }
    await this.ctx.storage.put<IdempotencyEntry>("entry", { fingerprint, shareId: candidateShareId, claimedAt: now });
    await this.ctx.storage.setAlarm(now + IDEMPOTENCY_TTL_MS);
    return { outcome: "claimed", shareId: candidateShareId };
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
