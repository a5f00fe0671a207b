/**
 * The only code that reads and writes shares. KV serves reads; each share's Durable Object is the
 * authoritative copy, consulted on a KV miss (KV takes up to 60 s to propagate and caches misses),
 * after which KV is backfilled.
 */
import type { Briefing, Sharer } from "../domain/briefing-schema";
import { type Share, type ShareLookup, type ShareRecord, ShareRecordSchema, lookupFromRecord } from "../domain/share";
import { shareVersion } from "../domain/share-version";
import type { Bindings } from "../env";
import { kvKeys } from "./kv-keys";
import { parsedRecord } from "./parsed-record-cache";
import type { ShareUpdate } from "./share-durable-object";
import { guarded } from "./storage-error";

/** How long KV keeps a tombstone; after that the Durable Object still answers for the id. */
const TOMBSTONE_TTL_SECONDS = 30 * 24 * 60 * 60;
/** KV refuses an expiration less than 60 s ahead of its own clock, and an expirationTtl under 60. */
const KV_MIN_TTL_SECONDS = 60;

export interface StoreContext {
  env: Bindings;
  /** Work that may finish after the response (the KV backfill). */
  waitUntil: (promise: Promise<unknown>) => void;
}

export interface ShareContent {
  briefing: Briefing;
  sharer: Sharer | null;
  /** Seconds from now, or null for a share that never expires. */
  expiresIn: number | null;
  /** What the app opens for this share; never a redirect target. */
  deepLink?: string | null;
}

/** An edit: the briefing, and whichever of the other values the body gave (null clears). */
export interface ShareEdit {
  briefing: Briefing;
  sharer?: Sharer | null;
  expiresIn?: number | null;
  deepLink?: string | null;
}

function shareObject(env: Bindings, id: string) {
  return env.SHARE_RECORDS.get(env.SHARE_RECORDS.idFromName(id));
}

/** Parses what storage handed back; a record that does not fit the schema is logged and ignored. */
function validRecord(raw: unknown, source: string, id: string): ShareRecord | null {
  if (raw === null || raw === undefined) return null;
  const parsed = ShareRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.error(JSON.stringify({ event: "invalid_share_record", source, id, issues: parsed.error.issues.length }));
  return null;
}

/** The parsed KV value, or a marker that fails the schema (so it is logged and ignored) when it is not JSON. */
function parseCached(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { corrupt: "not JSON" };
  }
}

/**
 * How long KV keeps a copy of `record`, in seconds from the moment KV receives the write, or null
 * for forever. A relative TTL, never an absolute `expiration`: KV checks its 60-second floor against
 * its own clock when the write arrives, so an absolute time computed before a slow Durable Object
 * call (or on a clock behind KV's) can land under the floor and be refused. A TTL of at least 60 is
 * valid whatever the clocks do. The price is that a share expiring sooner than 60 s from the write
 * keeps its KV copy up to 60 s (and a copy may outlive its share by the write's delay): harmless,
 * since every read goes through lookupFromRecord, which compares expiresAt with the time of the
 * read and answers "expired" however long KV holds the copy.
 *
 * @example
 * kvTimeToLive({ state: "revoked", id, at }, Date.now()); // 2592000 (the tombstone's 30 days)
 */
export function kvTimeToLive(record: ShareRecord, nowMs: number): number | null {
  if (record.state !== "live") return TOMBSTONE_TTL_SECONDS;
  const { expiresAt } = record.share;
  if (expiresAt === null) return null;
  return Math.max(KV_MIN_TTL_SECONDS, Math.ceil((Date.parse(expiresAt) - nowMs) / 1000));
}

async function writeToKv(env: Bindings, record: ShareRecord): Promise<void> {
  const key = kvKeys.share(record.state === "live" ? record.share.id : record.id);
  // The clock is read here, at write time, not where the share was built.
  const ttl = kvTimeToLive(record, Date.now());
  await env.BRIEFINGS.put(key, JSON.stringify(record), ttl === null ? {} : { expirationTtl: ttl });
}

/** KV is a cache of the Durable Object: a failed write is logged, never fatal. */
async function writeToKvLogged(env: Bindings, record: ShareRecord): Promise<void> {
  try {
    await writeToKv(env, record);
  } catch (error) {
    console.error(JSON.stringify({ event: "kv_write_failed", message: String(error) }));
  }
}

/**
 * What is at a share id: KV first, then the share's Durable Object.
 *
 * @example
 * const lookup = await readShare({ env, waitUntil }, "q3V9-xk2LrT_");
 * if (lookup.status === "live") render(lookup.share);
 */
export async function readShare(ctx: StoreContext, id: string, now = new Date()): Promise<ShareLookup> {
  // Read as text: a value that is not JSON is a corrupt cache entry (fall back to the Durable
  // Object), not an unavailable store (503).
  const cached = await guarded("KV read", () => ctx.env.BRIEFINGS.get(kvKeys.share(id), { type: "text" }));
  const fromKv = cached === null ? null : parsedRecord(id, cached, (text) => validRecord(parseCached(text), "kv", id));
  if (fromKv) return lookupFromRecord(fromKv, now);

  const authoritative = await guarded("Durable Object read", async (): Promise<unknown> => shareObject(ctx.env, id).read());
  const record = validRecord(authoritative, "durable-object", id);
  if (record) {
    const lookup = lookupFromRecord(record, now);
    const backfill: ShareRecord =
      lookup.status === "gone" && record.state === "live" ? { state: "expired", id, at: now.toISOString() } : record;
    ctx.waitUntil(writeToKvLogged(ctx.env, backfill));
    return lookup;
  }
  return { status: "missing" };
}

async function buildShare(id: string, content: ShareContent, now: Date): Promise<Share> {
  const at = now.toISOString();
  return {
    id,
    briefing: content.briefing,
    sharer: content.sharer,
    version: await shareVersion(content.briefing, content.sharer),
    createdAt: at,
    updatedAt: at,
    expiresAt: expiresAtFrom(content.expiresIn, now),
    deepLink: content.deepLink ?? null,
  };
}

function expiresAtFrom(expiresIn: number | null, now: Date): string | null {
  return expiresIn === null ? null : new Date(now.getTime() + expiresIn * 1000).toISOString();
}

/**
 * Creates a share under a new id, or returns what the id already holds (a retried create).
 * Readable everywhere once this resolves: the Durable Object has it even before KV propagates.
 */
export async function createShare(ctx: StoreContext, id: string, content: ShareContent, now = new Date()) {
  const share = await buildShare(id, content, now);
  const stored = await guarded("Durable Object write", async (): Promise<unknown> => shareObject(ctx.env, id).create(share));
  const record = validRecord(stored, "durable-object", id);
  if (!record) throw new Error(`Durable Object returned an invalid record for ${id}`);
  await writeToKvLogged(ctx.env, record);
  return lookupFromRecord(record, now);
}

/**
 * Replaces a live share's briefing. `sharer`, `expiresIn` and `deepLink` change only when the edit
 * gives them (null clears); the version changes with the content. A missing or gone share is
 * returned as such.
 */
export async function replaceShare(ctx: StoreContext, id: string, edit: ShareEdit, now = new Date()) {
  const update: ShareUpdate = { briefing: edit.briefing, updatedAt: now.toISOString() };
  if (edit.sharer !== undefined) update.sharer = edit.sharer;
  if (edit.expiresIn !== undefined) update.expiresAt = expiresAtFrom(edit.expiresIn, now);
  if (edit.deepLink !== undefined) update.deepLink = edit.deepLink;
  const stored = await guarded("Durable Object write", async (): Promise<unknown> =>
    shareObject(ctx.env, id).replace(update, now.toISOString()),
  );
  const record = validRecord(stored, "durable-object", id);
  if (record?.state === "live") await writeToKvLogged(ctx.env, record);
  return lookupFromRecord(record, now);
}

/** Revokes a share: a tombstone replaces it, so its page answers 410 rather than 404. */
export async function revokeShare(ctx: StoreContext, id: string, now = new Date()): Promise<ShareLookup> {
  const stored = await guarded("Durable Object write", async (): Promise<unknown> => shareObject(ctx.env, id).revoke(now.toISOString()));
  const record = validRecord(stored, "durable-object", id);
  if (record) await writeToKvLogged(ctx.env, record);
  return lookupFromRecord(record, now);
}

/**
 * Erases a share for its sharer: revoked if live, and its text and sharer gone from the Durable
 * Object (the tombstone holds none), from KV (the tombstone overwrites the cached record) and
 * from the D1 index (the object clears the row). Stored cards are deleted by the caller.
 */
export async function eraseShare(ctx: StoreContext, id: string, now = new Date()): Promise<ShareLookup> {
  const stored = await guarded("Durable Object write", async (): Promise<unknown> => shareObject(ctx.env, id).erase(now.toISOString()));
  const record = validRecord(stored, "durable-object", id);
  if (record) await writeToKvLogged(ctx.env, record);
  return lookupFromRecord(record, now);
}
