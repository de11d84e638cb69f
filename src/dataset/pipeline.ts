import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Dataset } from "../domain/dataset.js";
import { parseDecision, type ParsedDecision } from "../ingest/parse.js";
import type { Problem } from "../ingest/problems.js";
import { assembleDataset, type SourceFile } from "./build.js";
import { datasetPath, saveDataset, serializeDataset, writeFileAtomic } from "./store.js";

/** What reading one decision file found: for people (`npm run ingest`) and for the admin's bot reply. */
export interface FileReport {
  file: string;
  ok: boolean;
  province: string | null;
  kind: string | null;
  number: string | null;
  date: string | null;
  year: number | null;
  tables: { title: string; appendix: string | null; index: string; group: string; rows: number; ranked: number; notes: number; line: number }[];
  problems: Problem[];
}

export interface IngestResult {
  ok: boolean;
  reports: FileReport[];
  dataset: Dataset | null;
  /** true when dataset.json was (re)written */
  written: boolean;
}

export const DECISIONS_DIR = "decisions";

function report(file: string, decision: ParsedDecision | null, problems: Problem[]): FileReport {
  return {
    file,
    ok: decision !== null,
    province: decision?.meta.province ?? null,
    kind: decision?.meta.kind ?? null,
    number: decision?.meta.number ?? null,
    date: decision?.meta.date ?? null,
    year: decision?.meta.year ?? null,
    tables: (decision?.tables ?? []).map((t) => ({
      title: t.title,
      appendix: t.appendix,
      index: t.index,
      group: t.group,
      rows: t.rows.length,
      ranked: t.rows.filter((r) => r.rank !== null).length,
      notes: t.rows.reduce((n, r) => n + r.notes.filter((x) => x.kind !== "not_evaluated").length, 0),
      line: t.line,
    })),
    problems,
  };
}

/** Parse every source; the dataset exists only when every file reads without an error. */
export function buildFromSources(sources: SourceFile[]): { dataset: Dataset | null; reports: FileReport[] } {
  const parsed: { decision: ParsedDecision; source: SourceFile }[] = [];
  const reports = sources.map((source) => {
    const { decision, problems } = parseDecision(source.content, source.name);
    if (decision) parsed.push({ decision, source });
    return report(source.name, decision, problems);
  });
  if (reports.some((r) => !r.ok) || parsed.length === 0) return { dataset: null, reports };
  return { dataset: assembleDataset(parsed), reports };
}

export function readSources(dataDir: string): SourceFile[] {
  const dir = join(dataDir, DECISIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), "utf8") }));
}

/** Rebuild dataset.json from every text in data/decisions/; nothing is written when a file has errors. */
export function rebuildDataset(dataDir: string): IngestResult {
  const { dataset, reports } = buildFromSources(readSources(dataDir));
  if (!dataset) return { ok: false, reports, dataset: null, written: false };
  saveDataset(dataDir, dataset);
  return { ok: true, reports, dataset, written: true };
}

/** True when the committed dataset.json is exactly what the decision texts give. */
export function checkDataset(dataDir: string): { ok: boolean; reason: string; reports: FileReport[] } {
  const { dataset, reports } = buildFromSources(readSources(dataDir));
  if (!dataset) return { ok: false, reason: "the decision texts do not all read without errors", reports };
  const path = datasetPath(dataDir);
  const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (committed === serializeDataset(dataset)) return { ok: true, reason: "dataset.json matches the decision texts", reports };
  return { ok: false, reason: `${path} differs from what the decision texts give: run \`npm run ingest\``, reports };
}

/**
 * Parse one decision without touching anything: what `ingestFile` would add. The bot's admin flow
 * shows this report before the admin presses "Publish".
 */
export function previewFile(name: string, content: string, dataDir: string): IngestResult {
  const others = readSources(dataDir).filter((s) => s.name !== name);
  const { dataset, reports } = buildFromSources([...others, { name, content }]);
  const own = reports.filter((r) => r.file === name);
  return { ok: dataset !== null, reports: own.length > 0 ? own : reports, dataset, written: false };
}

/**
 * Add one decision text: it must read without errors together with every decision already there;
 * then it is copied into data/decisions/ and dataset.json is replaced, each by an atomic rename.
 * When anything is wrong, nothing changes.
 */
export function ingestContent(name: string, content: string, dataDir: string): IngestResult {
  const fileName = basename(name).endsWith(".txt") ? basename(name) : `${basename(name)}.txt`;
  const preview = previewFile(fileName, content, dataDir);
  if (!preview.ok || !preview.dataset) return preview;
  writeFileAtomic(join(dataDir, DECISIONS_DIR, fileName), content);
  saveDataset(dataDir, preview.dataset);
  return { ...preview, written: true };
}

export function ingestFile(path: string, dataDir: string): IngestResult {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return {
      ok: false,
      written: false,
      dataset: null,
      reports: [report(basename(path), null, [{ file: path, line: 0, expected: "a readable text file", found: code, severity: "error" }])],
    };
  }
  return ingestContent(basename(path), content, dataDir);
}
