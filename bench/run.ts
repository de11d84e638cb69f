/**
 * `npm run bench [-- --json]`: runs every section and prints one table; with --json the last line
 * is one JSON object merging every section's figures (keys per shared/CONTRACT.md).
 */
import { tuneV8ForAnswering } from "../src/runtime/v8-tuning.js";

// Measured as the bot runs (src/main.ts sets the same).
tuneV8ForAnswering();

type Section = () => Promise<{ rows: [string, string][]; json: Record<string, unknown> }>;

/** Microsecond-scale sections first, before charts and the broadcast leave a large heap and worker threads behind. */
const SECTIONS: Array<[string, () => Promise<{ run: Section }>]> = [
  ["startup", () => import("./startup.js")],
  ["answers", () => import("./answers.js")],
  ["natural questions", () => import("./natural.js")],
  ["updates", () => import("./updates.js")],
  ["charts", () => import("./charts.js")],
  ["broadcast", () => import("./broadcast.js")],
  ["burst", () => import("./burst.js")],
  ["sources", () => import("./sources.js")],
];

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const merged: Record<string, unknown> = {};
  const rows: [string, string][] = [];
  for (const [name, load] of SECTIONS) {
    global.gc?.();
    try {
      const section = await (await load()).run();
      rows.push(...section.rows);
      Object.assign(merged, section.json);
    } catch (err) {
      rows.push([`${name}: failed`, err instanceof Error ? err.message : String(err)]);
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  if (json) process.stdout.write(JSON.stringify(merged) + "\n");
}

await main();
