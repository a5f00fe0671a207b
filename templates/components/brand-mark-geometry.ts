/** The brand mark's shapes and colours, as data: drawn by brand-mark.tsx and rasterised into the icons by scripts/generate-icons.mjs. */

/** No imports and no TypeScript-only syntax beyond `as const`: Node 22 loads this file as is in the icon script. */
export const BRAND_MARK = {
  /** The square's side in SVG units. */
  size: 32,
  /** Corner radius of the rounded square. */
  radius: 8,
  background: "#3730a3",
  foreground: "#fff",
  /** The four-pointed spark, centred on (16, 16), tips 11 units from the centre. */
  spark: "M16 5l2.9 8.1L27 16l-8.1 2.9L16 27l-2.9-8.1L5 16l8.1-2.9z",
} as const;

/**
 * The mark as a standalone SVG document: `/icon.svg` is exactly this, and the PNG and ICO icons are
 * rendered from it (with `radius: 0` for the full-bleed ones).
 *
 * @example
 * brandMarkSvg();                // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect … rx="8" …/><path …/></svg>'
 * brandMarkSvg({ radius: 0 });  // a full square, for iOS and maskable icons that the system rounds itself
 */
export function brandMarkSvg({ radius = BRAND_MARK.radius, sparkScale = 1 }: { radius?: number; sparkScale?: number } = {}): string {
  const c = BRAND_MARK.size / 2;
  // Scaling about the centre keeps the spark centred while shrinking it into a safe zone.
  const transform = sparkScale === 1 ? "" : ` transform="translate(${c} ${c}) scale(${sparkScale}) translate(${-c} ${-c})"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BRAND_MARK.size} ${BRAND_MARK.size}">` +
    `<rect width="${BRAND_MARK.size}" height="${BRAND_MARK.size}" rx="${radius}" fill="${BRAND_MARK.background}"/>` +
    `<path fill="${BRAND_MARK.foreground}" d="${BRAND_MARK.spark}"${transform}/>` +
    `</svg>`
  );
}
