-- Analytics rollups, generic over counter names: a counter is whatever the share's counter Durable
-- Object counts ("views.human", "clicks.ios", "channel.whatsapp", …), so new counters need no migration.
-- Values only ever grow by flushes from the counter Durable Objects (src/stats/), exactly once per
-- outbox sequence number thanks to analytics_flush_marks.

-- Per share, per UTC day. Pruned after ANALYTICS_RETENTION_DAYS.
CREATE TABLE analytics_share_daily (
  date TEXT NOT NULL,
  share_id TEXT NOT NULL,
  counter TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (date, share_id, counter)
) WITHOUT ROWID;

-- App-wide, per UTC day: what GET /api/analytics sums, without scanning every share's rows.
CREATE TABLE analytics_daily (
  date TEXT NOT NULL,
  counter TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (date, counter)
) WITHOUT ROWID;

-- Per share, all time: never pruned, so a share list's counts equal the share's own stats.
CREATE TABLE analytics_share_totals (
  share_id TEXT NOT NULL,
  counter TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (share_id, counter)
) WITHOUT ROWID;

-- The idempotency key of flushes: the highest outbox sequence number of each share already added.
-- A flush adds only its rows above the mark and raises the mark in the same batch (one transaction).
CREATE TABLE analytics_flush_marks (
  share_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL
) WITHOUT ROWID;
