/** A QR code as one inline SVG path (uqr encodes; no image request, sharp at any size, styled by CSS). */
import { encode } from "uqr";

export interface QrCodeProps {
  /** What the code encodes: an absolute URL. */
  text: string;
  /** The accessible name, e.g. "QR code: scan to get Scout on your phone". */
  label: string;
}

/** One `M x y h w v1 h -w z` rectangle per horizontal run of dark modules: a few kilobytes at most. */
function modulesPath(data: boolean[][]): string {
  let path = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return path;
}

/**
 * Medium error correction (15 %) survives a phone camera at an angle; a four-module quiet zone is
 * what the QR standard asks for.
 *
 * @example
 * <QrCode text="https://share.example.app/b/q3V9-xk2LrT_/get?via=qr" label="QR code: scan to get Scout" />
 */
export function QrCode({ text, label }: QrCodeProps) {
  const { data, size } = encode(text, { ecc: "M", border: 4 });
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={modulesPath(data)} fill="#000" />
    </svg>
  );
}
