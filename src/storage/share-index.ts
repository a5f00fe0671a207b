/** The share index in D1: the only SQL about shares (upsert from a share's Durable Object, the list, erasure lookups). */
import type { ListPosition } from "../domain/share-list/list-cursor";
import type { ShareIndexEntry } from "../domain/share-list/index-entry";
import { type ShareStatus, searchWords } from "../domain/share-list/list-query";

/** A row as D1 returns it. */
export interface ShareIndexRow {
  id: string;
  title: string | null;
  lang: string;
  topic: string | null;
  status: ShareStatus;
  sharer_ref: string | null;
  sharer_name: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string | null;
}

export interface ShareIndexFilter {
  status?: ShareStatus | undefined;
  sharerRef?: string | undefined;
  q?: string | undefined;
}

const COLUMNS = "id, title, lang, topic, status, sharer_ref, sharer_name, created_at, updated_at, expires_at";

/**
 * Writes a share's row unless the index already holds a newer revision (a retried write of an
 * older state arriving late changes nothing). A gone share keeps its title unless it was erased;
 * a row the index never had is created with what the tombstone knows.
 *
 * @example
 * await upsertShareIndexEntry(env.DB, indexEntry(record, false), 3);
 */
export async function upsertShareIndexEntry(db: D1Database, entry: ShareIndexEntry, revision: number): Promise<void> {
  if (entry.kind === "live") {
    await db
      .prepare(
        `INSERT INTO share_index (id, title, search_text, lang, topic, status, sharer_ref, sharer_name, created_at, updated_at, expires_at, version, revision)
         VALUES (?1, ?2, ?3, ?4, ?5, 'live', ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, search_text = excluded.search_text, lang = excluded.lang,
           topic = excluded.topic, status = 'live', sharer_ref = excluded.sharer_ref, sharer_name = excluded.sharer_name,
           updated_at = excluded.updated_at, expires_at = excluded.expires_at, version = excluded.version, revision = excluded.revision
         WHERE excluded.revision > share_index.revision`,
      )
      .bind(
        entry.id,
        entry.title,
        entry.searchText,
        entry.lang,
        entry.topic,
        entry.sharerRef,
        entry.sharerName,
        entry.createdAt,
        entry.updatedAt,
        entry.expiresAt,
        entry.version,
        revision,
      )
      .run();
    return;
  }
  const erased = entry.erased ? 1 : 0;
  await db
    .prepare(
      `INSERT INTO share_index (id, title, search_text, lang, topic, status, sharer_ref, sharer_name, created_at, updated_at, expires_at, version, revision)
       VALUES (?1, NULL, NULL, 'en', NULL, ?2, NULL, NULL, ?3, ?3, NULL, '', ?4)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, revision = excluded.revision,
         title = CASE WHEN ?5 THEN NULL ELSE share_index.title END,
         search_text = CASE WHEN ?5 THEN NULL ELSE share_index.search_text END,
         topic = CASE WHEN ?5 THEN NULL ELSE share_index.topic END,
         sharer_name = CASE WHEN ?5 THEN NULL ELSE share_index.sharer_name END,
         sharer_ref = CASE WHEN ?5 THEN NULL ELSE share_index.sharer_ref END
       WHERE excluded.revision > share_index.revision`,
    )
    .bind(entry.id, entry.status, entry.at, revision, erased)
    .run();
}

/** Escapes LIKE's wildcards so a searched "%" or "_" is a literal character. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One page of the index, newest first, strictly after `after`; fetches `limit` rows. Every value
 * is a bound parameter; only fixed SQL fragments are joined.
 *
 * @example
 * await listShareIndex(env.DB, { status: "live" }, 51, null, new Date());
 */
export async function listShareIndex(
  db: D1Database,
  filter: ShareIndexFilter,
  limit: number,
  after: ListPosition | null,
  now: Date,
): Promise<ShareIndexRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const nowIso = now.toISOString();
  if (filter.status === "live") {
    where.push("status = 'live' AND (expires_at IS NULL OR expires_at > ?)");
    values.push(nowIso);
  } else if (filter.status === "expired") {
    where.push("(status = 'expired' OR (status = 'live' AND expires_at IS NOT NULL AND expires_at <= ?))");
    values.push(nowIso);
  } else if (filter.status === "revoked") {
    where.push("status = 'revoked'");
  }
  if (filter.sharerRef !== undefined) {
    where.push("sharer_ref = ?");
    values.push(filter.sharerRef);
  }
  for (const word of filter.q === undefined ? [] : searchWords(filter.q)) {
    where.push("search_text LIKE ? ESCAPE '\\'");
    values.push(likePattern(word));
  }
  if (after) {
    where.push("(created_at < ? OR (created_at = ? AND id < ?))");
    values.push(after.createdAt, after.createdAt, after.id);
  }
  const sql = `SELECT ${COLUMNS} FROM share_index ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at DESC, id DESC LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...values, limit)
    .all<ShareIndexRow>();
  return results;
}

/**
 * Every share id ever created with this sharer ref, whatever its status (erasure covers revoked
 * and expired shares too: their titles are still in the index).
 *
 * @example
 * await shareIdsOfSharer(env.DB, "user-42"); // ["q3V9-xk2LrT_", …]
 */
export async function shareIdsOfSharer(db: D1Database, sharerRef: string): Promise<string[]> {
  const { results } = await db.prepare("SELECT id FROM share_index WHERE sharer_ref = ?").bind(sharerRef).all<{ id: string }>();
  return results.map((row) => row.id);
}
