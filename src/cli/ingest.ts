import { resolve } from "node:path";
import { checkDataset, describeProblem, ingestFile, rebuildDataset, type FileReport } from "../dataset/pipeline.js";
import { CliUsageError, parseCli, runMain } from "./args.js";

/**
 * `npm run ingest` — rebuild data/dataset.json from every document in data/decisions/;
 * `npm run ingest -- <file>` — add one decision (.txt, .md, .html, .docx, .xlsx or .pdf); `npm run ingest -- --check` — fail when the
 * committed dataset differs from the texts. Exit status 0 only when everything read cleanly.
 */
const dataDir = resolve(process.env.DATA_DIR ?? "data");

function print(reports: FileReport[]): void {
  for (const r of reports) {
    const head = r.ok
      ? `${r.file}: ${r.kind ?? "?"} ${r.number ?? "(không số)"} · ${r.province ?? "cả nước"} · ${r.date ?? "?"} · năm đánh giá ${r.year}`
      : `${r.file}: cannot be read as a ranking decision`;
    console.log(head);
    for (const t of r.tables) {
      const extra = [t.rows !== t.ranked ? `${t.rows - t.ranked} not ranked` : "", t.notes > 0 ? `${t.notes} data-quality notes` : ""].filter(Boolean).join(", ");
      console.log(`  line ${t.line}: ${t.appendix ?? "table"} · ${t.index} · ${t.group}: ${t.rows} rows${extra ? ` (${extra})` : ""}`);
    }
    if (r.refusal) console.log(`  ${r.refusal}`);
    for (const w of r.warnings) console.log(`  note: ${w}`);
    for (const p of r.problems) console.log(`  ${describeProblem(p)}`);
  }
}

const USAGE = `usage: npm run ingest [-- <decision file> | --check]

  (no argument)     rebuild DATA_DIR/dataset.json from every file in DATA_DIR/decisions/
  <decision file>   add one decision (.txt, .md, .html, .docx, .xlsx or .pdf): copy it into DATA_DIR/decisions/, parse, validate, replace dataset.json
  --check           exit 1 when the committed dataset.json differs from what the decision texts give
  -h, --help        this text

  DATA_DIR defaults to ./data. Nothing changes when a file cannot be read as a ranking decision.`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCli({ name: "ingest", usage: USAGE, maxPositionals: 1, options: { check: { type: "boolean" } } }, argv);
  if (!parsed) return 0;
  if (parsed.values.check && parsed.positionals.length > 0) throw new CliUsageError(`npm run ingest: --check takes no file\n\n${USAGE}`);
  if (parsed.values.check) {
    const result = await checkDataset(dataDir);
    if (!result.ok) print(result.reports.filter((r) => !r.ok));
    console.log(result.reason);
    return result.ok ? 0 : 1;
  }
  const file = parsed.positionals[0];
  const result = file ? await ingestFile(resolve(file), dataDir) : await rebuildDataset(dataDir);
  print(result.reports);
  const rows = result.dataset?.decisions.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.rows.length, 0), 0) ?? 0;
  if (result.ok && result.dataset) {
    console.log(`dataset.json: ${result.dataset.decisions.length} decisions, ${rows} rows, ${result.dataset.units.length} units`);
    return 0;
  }
  console.log("Nothing changed: dataset.json and data/decisions/ are as they were.");
  return 1;
}

runMain(() => main(process.argv.slice(2)));
