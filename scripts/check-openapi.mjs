#!/usr/bin/env node
/**
 * Checks the OpenAPI document the Worker serves, with tools nobody here wrote:
 *  1. ajv (JSON Schema 2020-12): every component schema passes the 2020-12 meta-schema, and compiles
 *     on its own in strict mode (bundled with the components it references, as a tool that takes one
 *     component would); every example in the document validates against its schema;
 *  2. `redocly lint` with the recommended rules: no error and no warning.
 * The document is built from src/domain/openapi.ts (bundled with esbuild), the code the Worker runs.
 * Usage: npm run lint:openapi  (exit code 1 on any finding)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ORIGIN = "https://share.example.app";
const work = mkdtempSync(join(tmpdir(), "openapi-check-"));

async function loadDocument() {
  const outfile = join(work, "openapi.mjs");
  await build({ entryPoints: ["src/domain/openapi.ts"], bundle: true, format: "esm", platform: "neutral", outfile, logLevel: "error" });
  const { openApiDocument } = await import(pathToFileURL(outfile).href);
  return JSON.parse(JSON.stringify(openApiDocument(ORIGIN)));
}

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/** Every component name `schema` references, transitively. */
function referencedComponents(schema, components, seen = new Set()) {
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      const name = key === "$ref" && typeof child === "string" ? COMPONENT_REF.exec(child)?.[1] : undefined;
      if (name !== undefined && !seen.has(name)) {
        seen.add(name);
        visit(components[name]);
      } else visit(child);
    }
  };
  visit(schema);
  return seen;
}

/** The component as a standalone 2020-12 schema: itself plus what it references, under $defs. */
function standalone(name, components) {
  const rewrite = (value) =>
    JSON.parse(JSON.stringify(value), (key, v) => (key === "$ref" && typeof v === "string" ? v.replace(COMPONENT_REF, "#/$defs/$1") : v));
  const defs = Object.fromEntries([...referencedComponents(components[name], components)].map((ref) => [ref, rewrite(components[ref])]));
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...rewrite(components[name]), $defs: defs };
}

/** [where, schema, example] for every example next to a schema in the document (media types, parameters, headers). */
function examplesInDocument(doc) {
  const found = [];
  const walk = (value, where) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}/${i}`));
    if (!value || typeof value !== "object") return;
    if (value.schema && typeof value.schema === "object") {
      if ("example" in value) found.push([`${where}/example`, value.schema, value.example]);
      for (const [name, example] of Object.entries(value.examples ?? {})) found.push([`${where}/examples/${name}`, value.schema, example.value]);
    }
    for (const [key, child] of Object.entries(value)) if (key !== "schema") walk(child, `${where}/${key}`);
  };
  walk(doc.paths, "#/paths");
  return found;
}

function ajvCheck(doc) {
  const problems = [];
  const components = doc.components?.schemas ?? {};
  const strict = () => addFormats(new Ajv2020({ strict: true, allErrors: true }));
  for (const [name, schema] of Object.entries(components)) {
    const ajv = strict();
    if (!ajv.validateSchema(schema)) problems.push(`components.schemas.${name}: fails the 2020-12 meta-schema: ${ajv.errorsText(ajv.errors)}`);
    try {
      strict().compile(standalone(name, components));
    } catch (error) {
      problems.push(`components.schemas.${name}: does not compile on its own: ${error.message}`);
    }
  }
  for (const [where, schema, example] of examplesInDocument(doc)) {
    const name = COMPONENT_REF.exec(schema.$ref ?? "")?.[1];
    const ajv = strict();
    const validate = ajv.compile(name ? standalone(name, components) : { ...standalone("__inline", { ...components, __inline: schema }) });
    if (!validate(example)) problems.push(`${where}: does not match its schema: ${ajv.errorsText(validate.errors)}`);
  }
  const examples = examplesInDocument(doc).length;
  return { problems, summary: `ajv 2020-12: ${Object.keys(components).length} components meta-valid and compiled alone, ${examples} examples validated` };
}

function redoclyLint(file) {
  const config = join(work, "redocly.yaml");
  writeFileSync(config, "extends:\n  - recommended\n");
  const run = spawnSync(join("node_modules", ".bin", "redocly"), ["lint", file, "--config", config, "--format", "stylish"], {
    encoding: "utf8",
    // No network here, and nothing to report to anyone.
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`;
  // Warnings do not change redocly's exit code, so they are read from the output: none may remain.
  const warnings = /^\s*\d+:\d+\s+(warning|error)\s/m.test(output);
  return { output, failed: run.status !== 0 || warnings };
}

const doc = await loadDocument();
const file = join(work, "openapi.json");
writeFileSync(file, JSON.stringify(doc, null, 2));
const { problems, summary } = ajvCheck(doc);
for (const problem of problems) console.error(`ajv: ${problem}`);
console.log(problems.length === 0 ? `${summary}: OK` : `${summary}: ${problems.length} problem(s)`);
const lint = redoclyLint(file);
console.log(lint.output.trim());
if (problems.length > 0 || lint.failed) process.exit(1);
