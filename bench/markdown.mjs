/** Prints bench/results.json as the Markdown table and header line the README's Performance section shows. */
import { readFileSync } from "node:fs";
import { formatMarkdown } from "./lib/table.mjs";

const { machine, load, rows } = JSON.parse(readFileSync(new URL("./results.json", import.meta.url), "utf8"));
console.log(
  `Measured ${machine.date.slice(0, 16).replace("T", " ")} UTC on ${machine.code}: ${machine.cores} cores (${machine.cpu}), ` +
    `${machine.memoryGiB} GiB, 1-minute load ${machine.loadAverage1m} → ${machine.loadAverage1mAtEnd}, Node ${machine.node}, ` +
    `wrangler ${machine.wrangler}` +
    (load ? `; load rows: ${load.connections} connections, ${load.rounds} interleaved rounds of ${load.amount} requests per target.` : "."),
);
console.log();
console.log(formatMarkdown(rows));
