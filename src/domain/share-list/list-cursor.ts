/** The list's opaque cursor: the last row's (createdAt, id), bound to the filters it was issued for. */
import { sha256Base64Url } from "../share-version";

/** Where the next page starts: strictly after this row in newest-first order. */
export interface ListPosition {
  createdAt: string;
  id: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SHARE_ID = /^[A-Za-z0-9_-]{4,32}$/;

/** A checksum over the position and the filters: a cursor edited by hand, or reused with other filters, is refused. */
async function seal(payload: string, filters: string): Promise<string> {
  return (await sha256Base64Url(`${payload}\n${filters}`)).slice(0, 16);
}

function toBase64Url(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The cursor that continues a list after `position` under the same `filters` (a canonical string).
 *
 * @example
 * await encodeListCursor({ createdAt: "2026-11-30T10:00:00.000Z", id: "q3V9-xk2LrT_" }, "status=live"); // "WyIyMDI2…"
 */
export async function encodeListCursor(position: ListPosition, filters: string): Promise<string> {
  const payload = toBase64Url(JSON.stringify([position.createdAt, position.id]));
  return `${payload}.${await seal(payload, filters)}`;
}

/**
 * The position a cursor names, or null when it is not one this API issued for these filters.
 *
 * @example
 * await decodeListCursor(cursor, "status=live"); // { createdAt: "2026-11-30T10:00:00.000Z", id: "q3V9-xk2LrT_" }
 */
export async function decodeListCursor(cursor: string, filters: string): Promise<ListPosition | null> {
  const [payload, checksum, ...rest] = cursor.split(".");
  if (!payload || !checksum || rest.length > 0) return null;
  if (checksum !== (await seal(payload, filters))) return null;
  const json = fromBase64Url(payload);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [createdAt, id] = value as unknown[];
  if (typeof createdAt !== "string" || !ISO_INSTANT.test(createdAt) || typeof id !== "string" || !SHARE_ID.test(id)) return null;
  return { createdAt, id };
}
