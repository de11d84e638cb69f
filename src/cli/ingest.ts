import { resolve } from "node:path";
import { checkDataset, ingestFile, rebuildDataset, type FileReport } from "../dataset/pipeline.js";
import { formatProblem } from "../ingest/problems.js";

/**
 * `npm run ingest` — rebuild data/dataset.json from every text in data/decisions/;
 * `npm run ingest -- <file>` — add one decision; `npm run ingest -- --check` — fail when the
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
    for (const p of r.problems) console.log(`  ${formatProblem(p)}`);
  }
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log("usage: npm run ingest [-- <decision.txt> | --check]");
    return 0;
  }
  if (args.includes("--check")) {
    const result = checkDataset(dataDir);
    if (!result.ok) print(result.reports.filter((r) => !r.ok));
    console.log(result.reason);
    return result.ok ? 0 : 1;
  }
  const file = args.find((a) => !a.startsWith("--"));
  const result = file ? ingestFile(resolve(file), dataDir) : rebuildDataset(dataDir);
  print(result.reports);
  const rows = result.dataset?.decisions.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.rows.length, 0), 0) ?? 0;
  if (result.ok && result.dataset) {
    console.log(`dataset.json: ${result.dataset.decisions.length} decisions, ${rows} rows, ${result.dataset.units.length} units`);
    return 0;
  }
  console.log("Nothing changed: dataset.json and data/decisions/ are as they were.");
  return 1;
}

process.exitCode = main(process.argv.slice(2));
