/** The authoritative, strongly consistent copy of one share: one Durable Object per share id. */
import { DurableObject } from "cloudflare:workers";
import type { Share, ShareRecord } from "../domain/share";
import type { Bindings } from "../env";

const RECORD = "record";

/** What a replace may change; the id and creation date stay as they were. */
export type ShareUpdate = Pick<Share, "briefing" | "sharer" | "version" | "updatedAt" | "expiresAt">;

/**
 * Holds the share (or its tombstone) and turns it into an "expired" tombstone when its expiry
 * passes, so that the briefing's text is not kept after it stopped being shareable.
 * Callers re-validate what it returns: storage is an untrusted boundary.
 */
export class ShareDurableObject extends DurableObject<Bindings> {
  async read(): Promise<ShareRecord | null> {
    return (await this.ctx.storage.get<ShareRecord>(RECORD)) ?? null;
  }

  /** Stores the share unless the id already holds something, and returns what the id holds. */
  async create(share: Share): Promise<ShareRecord> {
    const existing = await this.read();
    if (existing) return existing;
    const record: ShareRecord = { state: "live", share };
    await this.store(record);
    return record;
  }

  /** Replaces a live share's content; a missing or gone share is returned untouched. */
  async replace(update: ShareUpdate, now: string): Promise<ShareRecord | null> {
    const existing = await this.read();
    if (!existing || existing.state !== "live" || isPast(existing.share.expiresAt, now)) return existing;
    const record: ShareRecord = { state: "live", share: { ...existing.share, ...update } };
    await this.store(record);
    return record;
  }

  /** Revokes the share; revoking twice keeps the first tombstone. */
  async revoke(now: string): Promise<ShareRecord | null> {
    const existing = await this.read();
    if (!existing || existing.state !== "live") return existing;
    const record: ShareRecord = { state: "revoked", id: existing.share.id, at: now };
    await this.store(record);
    return record;
  }

  override async alarm(): Promise<void> {
    const existing = await this.read();
    if (existing?.state !== "live" || existing.share.expiresAt === null) return;
    if (!isPast(existing.share.expiresAt, new Date().toISOString())) {
      await this.ctx.storage.setAlarm(Date.parse(existing.share.expiresAt));
      return;
    }
    await this.store({ state: "expired", id: existing.share.id, at: existing.share.expiresAt });
  }

  private async store(record: ShareRecord): Promise<void> {
    await this.ctx.storage.put(RECORD, record);
    if (record.state === "live" && record.share.expiresAt !== null) {
      await this.ctx.storage.setAlarm(Date.parse(record.share.expiresAt));
    } else {
      await this.ctx.storage.deleteAlarm();
    }
  }
}

function isPast(isoDate: string | null, now: string): boolean {
  return isoDate !== null && Date.parse(isoDate) <= Date.parse(now);
}
