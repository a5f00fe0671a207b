/** The authoritative, strongly consistent copy of one share: one Durable Object per share id. */
import { DurableObject } from "cloudflare:workers";
import type { Briefing, Sharer } from "../domain/briefing-schema";
import type { Share, ShareRecord } from "../domain/share";
import { indexEntry } from "../domain/share-list/index-entry";
import { shareVersion } from "../domain/share-version";
import type { Bindings } from "../env";
import { database } from "./d1/database";
import { upsertShareIndexEntry } from "./share-index";
import { guarded } from "./storage-error";

const RECORD = "record";
/** Bumped with every change of the record; the D1 index row carries the revision it shows. */
const REVISION = "indexRevision";
/** The highest revision D1 has acknowledged. */
const INDEXED = "indexedRevision";
/** The sharer asked for erasure: the index row loses its title and sharer too. */
const ERASED = "erased";
/** Failed index writes are retried by the alarm: 30 s, then doubling, at most hourly. */
const INDEX_RETRY_MS = { first: 30_000, max: 3_600_000 };
const INDEX_ATTEMPTS = "indexAttempts";
/** A D1 write takes milliseconds; one that hangs must not hold the API's answer. */
const INDEX_WRITE_TIMEOUT_MS = 3_000;

/**
 * What a replace changes: the briefing always; `sharer`, `expiresAt` and `deepLink` only when given
 * (null clears). The id and creation date stay as they were.
 */
export interface ShareUpdate {
  briefing: Briefing;
  updatedAt: string;
  sharer?: Sharer | null;
  expiresAt?: string | null;
  deepLink?: string | null;
}

/**
 * Holds the share (or its tombstone) and turns it into an "expired" tombstone when its expiry
 * passes, so that the briefing's text is not kept after it stopped being shareable. Every change
 * is also written to the share index in D1 (what the operator lists across shares); a failed
 * write is retried by the alarm until D1 has it, so the index converges on this object.
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

  /**
   * Replaces a live share's content; a missing or gone share is returned untouched. The merge with
   * the stored values, and the version that depends on them, happen here, inside the object's
   * single thread, so two concurrent edits cannot each keep a value the other just changed.
   */
  async replace(update: ShareUpdate, now: string): Promise<ShareRecord | null> {
    const existing = await this.read();
    if (!existing || existing.state !== "live" || isPast(existing.share.expiresAt, now)) return existing;
    const stored = existing.share;
    const sharer = update.sharer === undefined ? stored.sharer : update.sharer;
    const share: Share = {
      ...stored,
      briefing: update.briefing,
      sharer,
      version: await shareVersion(update.briefing, sharer),
      updatedAt: update.updatedAt,
      expiresAt: update.expiresAt === undefined ? stored.expiresAt : update.expiresAt,
      // A record stored before deep links existed has no field at all.
      deepLink: update.deepLink === undefined ? (stored.deepLink ?? null) : update.deepLink,
    };
    const record: ShareRecord = { state: "live", share };
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

  /**
   * Erases the share for its sharer: a live share is revoked (the tombstone holds no text), and
   * the index row loses title, topic and sharer. Erasing twice changes nothing more.
   */
  async erase(now: string): Promise<ShareRecord | null> {
    const existing = await this.read();
    if (!existing) return null;
    if ((await this.ctx.storage.get<boolean>(ERASED)) === true) return existing;
    const record: ShareRecord = existing.state === "live" ? { state: "revoked", id: existing.share.id, at: now } : existing;
    await this.store(record, { erased: true });
    return record;
  }

  override async alarm(): Promise<void> {
    const existing = await this.read();
    if (existing?.state === "live" && existing.share.expiresAt !== null && isPast(existing.share.expiresAt, new Date().toISOString())) {
      await this.store({ state: "expired", id: existing.share.id, at: existing.share.expiresAt });
      return;
    }
    await this.syncIndex();
  }

  /** Writes the record (and a new revision for the index) in one storage transaction, then the index. */
  private async store(record: ShareRecord, options: { erased?: boolean } = {}): Promise<void> {
    const revision = ((await this.ctx.storage.get<number>(REVISION)) ?? 0) + 1;
    await this.ctx.storage.put({ [RECORD]: record, [REVISION]: revision, ...(options.erased ? { [ERASED]: true } : {}) });
    await this.syncIndex();
  }

  /** Brings the D1 row up to the current revision; on failure the alarm tries again. */
  private async syncIndex(): Promise<void> {
    const storage = this.ctx.storage;
    const [record, revision, indexed, erased] = await Promise.all([
      this.read(),
      storage.get<number>(REVISION),
      storage.get<number>(INDEXED),
      storage.get<boolean>(ERASED),
    ]);
    if (record && revision !== undefined && revision > (indexed ?? 0)) {
      try {
        await guarded("D1 index write", async () => upsertShareIndexEntry(await database(this.env), indexEntry(record, erased === true), revision), INDEX_WRITE_TIMEOUT_MS);
        await storage.put(INDEXED, revision);
        await storage.delete(INDEX_ATTEMPTS);
      } catch (error) {
        const attempts = ((await storage.get<number>(INDEX_ATTEMPTS)) ?? 0) + 1;
        await storage.put(INDEX_ATTEMPTS, attempts);
        const id = record.state === "live" ? record.share.id : record.id;
        console.error(JSON.stringify({ event: "share_index_write_failed", id, revision, attempts, message: String(error) }));
      }
    }
    await this.scheduleAlarm();
  }

  /** The next alarm: the share's expiry, or sooner a retry of a pending index write. */
  private async scheduleAlarm(): Promise<void> {
    const storage = this.ctx.storage;
    const [record, attempts] = await Promise.all([this.read(), storage.get<number>(INDEX_ATTEMPTS)]);
    const times: number[] = [];
    if (record?.state === "live" && record.share.expiresAt !== null) times.push(Date.parse(record.share.expiresAt));
    if (attempts) times.push(Date.now() + Math.min(INDEX_RETRY_MS.first * 2 ** (attempts - 1), INDEX_RETRY_MS.max));
    if (times.length === 0) await storage.deleteAlarm();
    else await storage.setAlarm(Math.min(...times));
  }
}

function isPast(isoDate: string | null, now: string): boolean {
  return isoDate !== null && Date.parse(isoDate) <= Date.parse(now);
}
