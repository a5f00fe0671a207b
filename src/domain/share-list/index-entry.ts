/** What a share's row in the D1 index says, derived from the share's own record: pure, so the Durable Object only writes it. */
import type { ShareRecord } from "../share";
import { type ShareStatus, searchText } from "./list-query";

/** A live share's full row. */
export interface LiveIndexEntry {
  kind: "live";
  id: string;
  title: string;
  searchText: string;
  lang: string;
  topic: string | null;
  sharerRef: string | null;
  sharerName: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  version: string;
}

/** A revoked or expired share: its text is gone from the record, so only the status changes. */
export interface GoneIndexEntry {
  kind: "gone";
  id: string;
  status: Exclude<ShareStatus, "live">;
  at: string;
  /** The sharer asked for erasure: title, topic and sharer are cleared from the row too. */
  erased: boolean;
}

export type ShareIndexEntry = LiveIndexEntry | GoneIndexEntry;

/**
 * The index row a record implies.
 *
 * @example
 * indexEntry({ state: "revoked", id: "q3V9-xk2LrT_", at: "2026-11-30T10:00:00.000Z" }, false);
 * // { kind: "gone", id: "q3V9-xk2LrT_", status: "revoked", at: "2026-11-30T10:00:00.000Z", erased: false }
 */
export function indexEntry(record: ShareRecord, erased: boolean): ShareIndexEntry {
  if (record.state !== "live") return { kind: "gone", id: record.id, status: record.state, at: record.at, erased };
  const { share } = record;
  return {
    kind: "live",
    id: share.id,
    title: share.briefing.title,
    searchText: searchText(share.briefing.title),
    lang: share.briefing.lang ?? "en",
    topic: share.briefing.topic ?? null,
    sharerRef: share.sharer?.ref || null,
    sharerName: share.sharer?.name || null,
    createdAt: share.createdAt,
    updatedAt: share.updatedAt,
    expiresAt: share.expiresAt,
    version: share.version,
  };
}
