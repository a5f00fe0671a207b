/** Share ids: generated from a CSPRNG, URL-safe, and checked for shape before any storage read. */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 12 characters of a 64-letter alphabet: 72 random bits, well over the contract's 58. */
export const SHARE_ID_LENGTH = 12;

/** What a path id must look like before we spend a storage read on it (the contract's 4–32 rule). */
export const PATH_ID_PATTERN = /^[A-Za-z0-9_-]{4,32}$/;

/**
 * Returns a new, unguessable share id.
 *
 * @example
 * newShareId(); // "q3V9-xk2LrT_"
 */
export function newShareId(): string {
  // 64 letters and bytes masked to 6 bits: every letter equally likely, no modulo bias.
  const bytes = crypto.getRandomValues(new Uint8Array(SHARE_ID_LENGTH));
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

/** True when a path segment may name a share; anything else is a 404 without a storage read. */
export function isPlausibleShareId(id: string): boolean {
  return PATH_ID_PATTERN.test(id);
}
