/** Reads a PNG's signature and IHDR chunk: enough to check a card's format and size without decoding it. */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export interface PngInfo {
  width: number;
  height: number;
  bytes: number;
}

/**
 * Width and height from the IHDR chunk, or null when the bytes are not a PNG.
 *
 * @example
 * readPngInfo(new Uint8Array(await response.arrayBuffer())); // { width: 1200, height: 630, bytes: 48213 }
 */
export function readPngInfo(bytes: Uint8Array): PngInfo | null {
  if (bytes.length < 33 || !SIGNATURE.every((byte, i) => bytes[i] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: length 13, type "IHDR", then width and height as big-endian u32.
  const isIhdr = view.getUint32(8) === 13 && String.fromCharCode(...bytes.subarray(12, 16)) === "IHDR";
  if (!isIhdr) return null;
  return { width: view.getUint32(16), height: view.getUint32(20), bytes: bytes.length };
}
