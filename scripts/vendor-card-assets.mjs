#!/usr/bin/env node
/**
 * Copies the OG card's fonts and emoji out of their npm packages into public/ (run once, commit the
 * result). Nothing here is a dependency: each package is fetched with `npm pack` into a temp folder.
 *
 *   node scripts/vendor-card-assets.mjs                       # everything
 *   node scripts/vendor-card-assets.mjs noto-sans-arabic …    # only these folders (no emoji)
 *
 * Fonts: WOFF (zlib; satori also reads WOFF2, but decoding Brotli costs more CPU per card than the
 * smaller file saves), split by Unicode range as Fontsource ships them, so the renderer loads only
 * the subsets a card's text needs.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const PUBLIC = join(ROOT, "public");

const LATIN = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"];

/** Package, folder under public/fonts, file prefix, weights, and which subsets to copy. */
const FONTS = [
  { pkg: "@fontsource/inter@5.3.0", dir: "inter", prefix: "inter", weights: [400, 600], subsets: LATIN },
  { pkg: "@fontsource/source-serif-4@5.3.1", dir: "source-serif-4", prefix: "source-serif-4", weights: [700], subsets: LATIN },
  ...["jp", "kr", "sc", "tc"].map((region) => ({
    pkg: `@fontsource/noto-sans-${region}@5.3.0`,
    dir: `noto-sans-${region}`,
    prefix: `noto-sans-${region}`,
    weights: [400, 700],
    // The numbered slices cover the CJK characters; Latin comes from Inter and Source Serif.
    subsets: "numbered",
  })),
  // One script subset each (Latin comes from Inter): Arabic (also Persian and Urdu), Hebrew, Thai,
  // Devanagari (Hindi, Marathi, Nepali) and Bengali. Bold for titles and labels, regular for body text.
  ...[
    ["arabic", "arabic"],
    ["hebrew", "hebrew"],
    ["thai", "thai"],
    ["devanagari", "devanagari"],
    ["bengali", "bengali"],
  ].map(([name, subset]) => ({
    pkg: `@fontsource/noto-sans-${name}@5.3.0`,
    dir: `noto-sans-${name}`,
    prefix: `noto-sans-${name}`,
    weights: [400, 700],
    subsets: [subset],
  })),
];
const EMOJI = { pkg: "@twemoji/svg@15.0.0", dir: join(PUBLIC, "emoji", "twemoji") };

function unpack(pkg, into) {
  const tarball = execFileSync("npm", ["pack", pkg, "--silent", "--pack-destination", into], { encoding: "utf8" }).trim().split("\n").pop();
  const folder = join(into, tarball.replace(/\.tgz$/, ""));
  mkdirSync(folder, { recursive: true });
  execFileSync("tar", ["xzf", join(into, tarball), "-C", folder]);
  return join(folder, "package");
}

const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), "card-assets-"));
try {
  for (const font of FONTS.filter((f) => only.length === 0 || only.includes(f.dir))) {
    const source = unpack(font.pkg, work);
    const target = join(PUBLIC, "fonts", font.dir);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const ranges = JSON.parse(readFileSync(join(source, "unicode.json"), "utf8"));
    const kept = {};
    for (const [key, range] of Object.entries(ranges)) {
      const numbered = /^\[(\d+)\]$/.exec(key);
      const subset = numbered ? numbered[1] : key;
      if (font.subsets === "numbered" ? !numbered : !font.subsets.includes(subset)) continue;
      kept[subset] = range;
      for (const weight of font.weights) {
        const file = `${font.prefix}-${subset}-${weight}-normal.woff`;
        copyFileSync(join(source, "files", file), join(target, file));
      }
    }
    writeFileSync(join(target, "unicode-ranges.json"), `${JSON.stringify(kept)}\n`);
    copyFileSync(join(source, "LICENSE"), join(target, "LICENSE"));
    console.log(`${font.pkg}: ${Object.keys(kept).length} subsets × ${font.weights.length} weights → public/fonts/${font.dir}`);
  }

  if (only.length > 0) process.exit(0);
  const emoji = unpack(EMOJI.pkg, work);
  mkdirSync(EMOJI.dir, { recursive: true });
  for (const file of readdirSync(EMOJI.dir).filter((name) => name.endsWith(".svg"))) rmSync(join(EMOJI.dir, file));
  const svgs = readdirSync(emoji).filter((file) => file.endsWith(".svg"));
  for (const file of svgs) copyFileSync(join(emoji, file), join(EMOJI.dir, file));
  copyFileSync(join(emoji, "license"), join(EMOJI.dir, "LICENSE"));
  // NOTICE.md (the CC-BY 4.0 attribution of the graphics themselves) is written by hand, kept in git.
  console.log(`${EMOJI.pkg}: ${svgs.length} SVGs → public/emoji/twemoji`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
