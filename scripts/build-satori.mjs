#!/usr/bin/env node
/**
 * Writes generated/satori/: a copy of satori's standalone build patched to run inside workerd.
 *
 *   node scripts/build-satori.mjs        (run by postinstall, predev, pretest and predeploy)
 *
 * satori 0.63 shapes text with HarfBuzz, whose emscripten glue (bundled in dist/standalone.js) cannot
 * run in workerd as published: it reads `self.location.href` (workerd has no `location`), compiles its
 * Wasm from an embedded base64 string, and compiles a 34-byte trampoline module in `addFunction`.
 * workerd refuses to compile Wasm from bytes inside a request; only modules imported as `*.wasm`
 * (compiled by wrangler and the vitest pool) instantiate everywhere. So each of the edits below moves
 * one compilation out to an imported module, or guards one browser global. Every edit must match
 * exactly once: an upgrade that changes what it edits fails here, naming the edit, instead of
 * shipping a Worker that hangs on its first card. The output is git-ignored and imported by relative
 * path (the vitest workers pool ignores wrangler's [alias]).
 *
 * One more edit fixes a bug of satori's own: HarfBuzz's y offsets point up, SVG's y axis points down,
 * so satori drew every offset mark (Arabic dots and vowel signs, Thai tone marks, Hebrew points) on the
 * wrong side of its base letter; see `mark-offset-sign` below.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SATORI = join(ROOT, "node_modules", "satori");
const OUT = join(ROOT, "generated", "satori");
/** The version the edits were written against; any other fails before the first edit is tried. */
const EXPECTED_VERSION = "0.63.2";

/** The 34-byte module emscripten's addFunction(fn, "vi") builds: imports e.f of type (i32) → (), exports it as f. */
const TRAMPOLINE_VI = Uint8Array.of(
  ...[0, 97, 115, 109, 1, 0, 0, 0], // "\0asm", version 1
  ...[1, 135, 0, 1, 96, 129, 0, 127, 128, 0], // type section: one func type, params [i32], no results
  ...[2, 7, 1, 1, 101, 1, 102, 0, 0], // import section: "e"."f", function of type 0
  ...[7, 5, 1, 1, 102, 0, 0], // export section: "f" = function 0
);

class PatchError extends Error {}

/** The folder a bare import of `name` resolves to from `dir`: the nearest node_modules/<name> above it. */
function packageDirFrom(dir, name) {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(at) === at) return null;
  }
}

/**
 * The copy lives outside node_modules/satori, so its bare imports (fflate, opentype.js, …) must find the
 * very packages satori's own build finds, not another version hoisted for someone else.
 */
function assertSameDependencies(js, from, to) {
  const names = new Set([...js.matchAll(/from"((?:@[^/"]+\/)?[^/"]+)[^"]*"/g)].map((match) => match[1]));
  for (const name of names) {
    const theirs = packageDirFrom(from, name);
    const ours = packageDirFrom(to, name);
    if (theirs !== ours) {
      throw new PatchError(
        `satori's import "${name}" resolves to ${theirs} from node_modules/satori but to ${ours} from generated/satori: ` +
          "dedupe it (package.json \"overrides\") so the copy runs with satori's own dependencies.",
      );
    }
  }
  return names.size;
}

/** Replaces `find` (a string or a regexp without the g flag) exactly once, or throws naming the edit. */
function edit(source, name, find, replace) {
  const pattern = typeof find === "string" ? new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : new RegExp(find.source, "g");
  const matches = [...source.matchAll(pattern)];
  if (matches.length !== 1) {
    throw new PatchError(
      `satori patch "${name}" matched ${matches.length} times (expected exactly 1): satori's build changed shape. ` +
        "Read scripts/build-satori.mjs, check the edit against node_modules/satori/dist/standalone.js and adapt it.",
    );
  }
  const [match] = matches;
  const replacement = typeof replace === "function" ? replace(...match) : replace;
  return source.slice(0, match.index) + replacement + source.slice(match.index + match[0].length);
}

function build() {
  // A failed build leaves no copy behind: a stale one would hide the failure until the next deploy.
  rmSync(OUT, { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(join(SATORI, "package.json"), "utf8"));
  if (pkg.version !== EXPECTED_VERSION) {
    throw new PatchError(
      `satori ${pkg.version} is installed, the workerd patch was written for ${EXPECTED_VERSION}: ` +
        "check every edit in scripts/build-satori.mjs against the new build, then update EXPECTED_VERSION.",
    );
  }
  let js = readFileSync(join(SATORI, "dist", "standalone.js"), "utf8");
  let hbWasm = null;

  // 1. The HarfBuzz Wasm: out of the base64 string into hb.wasm, which the bundlers compile ahead of time.
  js = edit(js, "embedded-harfbuzz-wasm", /="(AGFzbQ[A-Za-z0-9+/=]{100000,})",/, (_all, base64) => {
    hbWasm = Buffer.from(base64, "base64");
    return '="",';
  });
  if (!WebAssembly.validate(hbWasm)) throw new PatchError('satori patch "embedded-harfbuzz-wasm": the extracted bytes are not valid Wasm');

  // 2. workerd defines WorkerGlobalScope but no `location`.
  js = edit(js, "self-location", "B&&(A=self.location.href)", 'B&&(A=self.location?.href??"")');

  // 3. The emscripten factory, called by satori without options: instantiate the imported module.
  js = edit(
    js,
    "factory-instantiate-wasm",
    "return async function(e={}){",
    "return async function(e={instantiateWasm:(imports,done)=>{WebAssembly.instantiate(__hbModule,imports).then(instance=>done(instance,__hbModule))}}){",
  );

  // 4. addFunction's trampoline: the one signature HarfBuzz uses ("vi"), precompiled; any other throws.
  js = edit(js, "add-function-trampoline", "VA=new WebAssembly.Module(kA)", 'VA=(BA==="vi"?__hbTrampolineVi:(()=>{throw new Error(`satori (workerd build): no precompiled trampoline for signature ${BA}`)})())');

  // 5. HarfBuzz's dy is y-up; SVG is y-down (satori src/font.ts: `cursorY + shapedGlyph.dy * scale`).
  js = edit(js, "mark-offset-sign", "j=c+k.dy*U", "j=c-k.dy*U");

  // 6. The source map describes the unpatched file.
  js = edit(js, "source-map-comment", /\n\/\/# sourceMappingURL=standalone\.js\.map$/, "\n");

  const header =
    `// Generated by scripts/build-satori.mjs from satori ${pkg.version} dist/standalone.js (MPL-2.0, see node_modules/satori/LICENSE). Do not edit.\n` +
    'import __hbModule from "./hb.wasm";\nimport __hbTrampolineVi from "./hb-trampoline-vi.wasm";\n';

  mkdirSync(OUT, { recursive: true });
  assertSameDependencies(js, join(SATORI, "dist"), OUT);
  writeFileSync(join(OUT, "standalone.js"), header + js);
  writeFileSync(join(OUT, "hb.wasm"), hbWasm);
  writeFileSync(join(OUT, "hb-trampoline-vi.wasm"), TRAMPOLINE_VI);
  writeFileSync(join(OUT, "standalone.d.ts"), readFileSync(join(SATORI, "dist", "standalone.d.ts"), "utf8"));
  writeFileSync(join(OUT, "version.json"), `${JSON.stringify({ satori: pkg.version })}\n`);
  return { version: pkg.version, bytes: Buffer.byteLength(header + js), hbBytes: hbWasm.length };
}

if (!WebAssembly.validate(TRAMPOLINE_VI)) throw new Error("TRAMPOLINE_VI is not valid Wasm");
if (!existsSync(SATORI)) {
  console.error("build-satori: node_modules/satori is missing; run npm install first");
  process.exit(1);
}
try {
  const { version, bytes, hbBytes } = build();
  console.log(`build-satori: satori ${version} → generated/satori/standalone.js (${bytes} bytes) + hb.wasm (${hbBytes} bytes)`);
} catch (error) {
  console.error(`build-satori: ${error instanceof PatchError ? error.message : error.stack}`);
  process.exit(1);
}
