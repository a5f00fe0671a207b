-- The share index: one row per share, what the operator lists and searches across shares.
-- Each share's Durable Object is the source of truth and writes its row (see
-- src/storage/share-index-sync.ts); `revision` orders those writes, so a late retry of an older
-- state never overwrites a newer one.
CREATE TABLE IF NOT EXISTS share_index (
  id          TEXT PRIMARY KEY,
  title       TEXT,               -- NULL once the sharer's data is erased
  search_text TEXT,               -- the title, NFKC-normalised and lower-cased, for ?q=
  lang        TEXT NOT NULL,
  topic       TEXT,
  status      TEXT NOT NULL CHECK (status IN ('live', 'revoked', 'expired')),
  sharer_ref  TEXT,
  sharer_name TEXT,
  created_at  TEXT NOT NULL,      -- ISO 8601 UTC, as the API returns it
  updated_at  TEXT NOT NULL,
  expires_at  TEXT,
  version     TEXT NOT NULL,
  revision    INTEGER NOT NULL
) WITHOUT ROWID;

-- Newest first, with the id as tie-break: the keyset of the list's cursor.
CREATE INDEX IF NOT EXISTS share_index_created ON share_index (created_at DESC, id DESC);
-- Erasure and the ?sharerRef= filter.
CREATE INDEX IF NOT EXISTS share_index_sharer ON share_index (sharer_ref, created_at DESC, id DESC);
