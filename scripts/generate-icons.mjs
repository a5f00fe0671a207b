#!/usr/bin/env node
/**
 * Renders the site's icons from the brand mark (templates/components/brand-mark-geometry.ts) into
 * public/, where the Worker serves them as static assets: nothing is built at run time. Run it after
 * changing the mark, and commit the outputs:
 *
 *   npm run icons
 *
 * Uses the project's own @resvg/resvg-wasm, so it needs no network and no native build.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { BRAND_MARK, brandMarkSvg } from "../templates/components/brand-mark-geometry.ts";

const require = createRequire(import.meta.url);
const PUBLIC = new URL("../public/", import.meta.url);

await initWasm(await readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));

/** RGBA pixels of an SVG rendered at `size`×`size`. */
function rasterise(svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: size }, shapeRendering: 2 }).render();
  if (image.width !== size || image.height !== size) throw new Error(`rendered ${image.width}×${image.height}, wanted ${size}`);
  return image.pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A PNG of RGBA pixels. `opaque` writes colour type 2 (RGB, no alpha channel) after checking that
 * every pixel is fully opaque: iOS draws transparent pixels of a touch icon as black.
 */
function encodePng(pixels, size, { opaque }) {
  const channels = opaque ? 3 : 4;
  const raw = Buffer.alloc(size * (1 + size * channels));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * channels);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      if (opaque && pixels[from + 3] !== 255) throw new Error(`pixel ${x},${y} of the ${size}px opaque icon is not opaque`);
      for (let ch = 0; ch < channels; ch++) raw[row + 1 + x * channels + ch] = pixels[from + ch];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO holding PNG images (every browser since IE 11 / Windows Vista reads PNG entries). */
function encodeIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size;
    header[entry + 1] = size >= 256 ? 0 : size;
    header[entry + 2] = 0; // palette colours
    header[entry + 3] = 0;
    header.writeUInt16LE(1, entry + 4); // planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

const rounded = brandMarkSvg();
// iOS and Android's adaptive icons cut their own shape: give them a full square, no transparent corners.
const fullBleed = brandMarkSvg({ radius: 0 });
// Maskable: the system may cut a circle of 80 % of the side; the spark's tips (11 of 16 units from the
// centre, 69 %) are pulled in to 55 % so even a circle mask leaves a margin around them.
const maskable = brandMarkSvg({ radius: 0, sparkScale: 0.8 });

const png = (svg, size, opaque) => encodePng(rasterise(svg, size), size, { opaque });

const outputs = {
  "icon.svg": Buffer.from(`${rounded}\n`),
  "favicon.ico": encodeIco([16, 32, 48].map((size) => ({ size, png: png(rounded, size, false) }))),
  "apple-touch-icon.png": png(fullBleed, 180, true),
  "apple-touch-icon-precomposed.png": png(fullBleed, 180, true),
  "icon-192.png": png(rounded, 192, false),
  "icon-512.png": png(rounded, 512, false),
  "icon-maskable-512.png": png(maskable, 512, true),
};

for (const [name, bytes] of Object.entries(outputs)) {
  await writeFile(new URL(name, PUBLIC), bytes);
  console.log(`public/${name}  ${bytes.length} bytes`);
}
console.log(`from the brand mark: ${BRAND_MARK.background} square, ${BRAND_MARK.foreground} spark`);
