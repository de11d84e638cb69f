import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import type { Dataset } from "../domain/dataset.js";
import { parseDecision, type ParsedDecision } from "../ingest/parse.js";
import { formatProblem, type Problem } from "../ingest/problems.js";
import { claimedFormat, readSource, SourceError, type SourceFormat, type SourceText } from "../ingest/sources/index.js";
import { assembleDataset, decisionId, type SourceFile } from "./build.js";
import { datasetPath, saveDataset, serializeDataset, writeFileAtomic } from "./store.js";

/** A problem, with where it is in the original document when that has pages or sheets ("trang 3"). */
export type ReportedProblem = Problem & { origin?: string };

/** What reading one decision file found: for people (`npm run ingest`) and for the admin's bot reply. */
export interface FileReport {
  file: string;
  ok: boolean;
  /** the format the file was read as, null when it could not be read at all */
  format: SourceFormat | null;
  province: string | null;
  kind: string | null;
  number: string | null;
  date: string | null;
  year: number | null;
  tables: { title: string; appendix: string | null; index: string; group: string; rows: number; ranked: number; notes: number; line: number }[];
  problems: ReportedProblem[];
  /** what reading the document noticed (an encoding converted, a page without text), in Vietnamese */
  warnings: string[];
  /** why the document could not be read at all, for the administrator, in Vietnamese */
  refusal: string | null;
}

export interface IngestResult {
  ok: boolean;
  reports: FileReport[];
  dataset: Dataset | null;
  /** true when dataset.json was (re)written */
  written: boolean;
}

/** A decision read from its original document: the text the parser reads and where each line came from. */
export interface DecisionSource extends SourceFile {
  format?: SourceFormat;
  origins?: string[];
  warnings?: string[];
}

export const DECISIONS_DIR = "decisions";

/** Files of data/decisions/ this pipeline reads: every format `readSource` knows. */
export function isDecisionFile(name: string): boolean {
  return !name.startsWith(".") && claimedFormat(name) !== null;
}

/** Where a line came from, kept only where the document has pages or sheets; a text's line number says it already. */
function withOrigin(p: Problem, source: DecisionSource): ReportedProblem {
  if (source.format === undefined || source.format === "txt" || source.format === "md" || p.line < 1) return p;
  const origin = source.origins?.[p.line - 1];
  return origin === undefined ? p : { ...p, origin };
}

function report(file: string, decision: ParsedDecision | null, problems: ReportedProblem[], source: Partial<DecisionSource> = {}, refusal: string | null = null): FileReport {
  return {
    file,
    ok: decision !== null,
    format: source.format ?? (source.content !== undefined ? "txt" : null),
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
    warnings: source.warnings ?? [],
    refusal,
  };
}

/** A document that could not be turned into text at all. */
function refused(file: string, err: SourceError): FileReport {
  const problem: Problem = { file, line: 0, expected: "a document the bot can read (.txt, .md, .html, .docx, .xlsx, or a .pdf with text)", found: err.found, severity: "error" };
  return report(file, null, [problem], {}, err.message);
}

/** Two files of one decision (the same name in two formats) would give it twice. */
function duplicateProblems(sources: DecisionSource[]): Problem[] {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const s of sources) {
    const id = decisionId(s.name);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, s.name);
    else out.push({ file: s.name, line: 0, expected: `one file per decision (${first} is the same decision)`, found: s.name, severity: "error" });
  }
  return out;
}

/**
 * Parse every source; the dataset exists only when every file reads without an error.
 * `unreadable` are reports of documents that could not be turned into text: they fail the build too.
 */
export function buildFromSources(sources: DecisionSource[], unreadable: FileReport[] = []): { dataset: Dataset | null; reports: FileReport[] } {
  const parsed: { decision: ParsedDecision; source: SourceFile }[] = [];
  const duplicates = duplicateProblems(sources);
  const reports = sources.map((source) => {
    const { decision, problems } = parseDecision(source.content, source.name);
    const own = duplicates.filter((p) => p.file === source.name);
    const usable = own.length === 0 ? decision : null;
    if (usable) parsed.push({ decision: usable, source });
    return report(source.name, usable, [...problems.map((p) => withOrigin(p, source)), ...own], source);
  });
  const all = [...reports, ...unreadable];
  if (all.some((r) => !r.ok) || parsed.length === 0) return { dataset: null, reports: all };
  return { dataset: assembleDataset(parsed), reports: all };
}

/** One document → the source the parser reads, or the report saying why it cannot be read. */
export async function readDecision(name: string, bytes: Uint8Array): Promise<DecisionSource | FileReport> {
  let text: SourceText;
  try {
    text = await readSource(bytes, name);
  } catch (err) {
    if (err instanceof SourceError) return refused(name, err);
    throw err;
  }
  return { name, content: text.text, format: text.format, origins: text.origins, warnings: text.warnings };
}

const isReport = (x: DecisionSource | FileReport): x is FileReport => "refusal" in x;

/** Every decision document in data/decisions/, read; the ones that cannot be read as reports. */
export async function readSources(dataDir: string): Promise<{ sources: DecisionSource[]; unreadable: FileReport[] }> {
  const dir = join(dataDir, DECISIONS_DIR);
  const sources: DecisionSource[] = [];
  const unreadable: FileReport[] = [];
  if (!existsSync(dir)) return { sources, unreadable };
  for (const name of readdirSync(dir).filter(isDecisionFile).sort()) {
    const read = await readDecision(name, readFileSync(join(dir, name)));
    if (isReport(read)) unreadable.push(read);
    else sources.push(read);
  }
  return { sources, unreadable };
}

async function buildFromDir(dataDir: string): Promise<{ dataset: Dataset | null; reports: FileReport[] }> {
  const { sources, unreadable } = await readSources(dataDir);
  return buildFromSources(sources, unreadable);
}

/** Rebuild dataset.json from every document in data/decisions/; nothing is written when a file has errors. */
export async function rebuildDataset(dataDir: string): Promise<IngestResult> {
  const { dataset, reports } = await buildFromDir(dataDir);
  if (!dataset) return { ok: false, reports, dataset: null, written: false };
  saveDataset(dataDir, dataset);
  return { ok: true, reports, dataset, written: true };
}

/** True when the committed dataset.json is exactly what the decision documents give. */
export async function checkDataset(dataDir: string): Promise<{ ok: boolean; reason: string; reports: FileReport[] }> {
  const { dataset, reports } = await buildFromDir(dataDir);
  if (!dataset) return { ok: false, reason: "the decision texts do not all read without errors", reports };
  const path = datasetPath(dataDir);
  const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (committed === serializeDataset(dataset)) return { ok: true, reason: "dataset.json matches the decision texts", reports };
  return { ok: false, reason: `${path} differs from what the decision texts give: run \`npm run ingest\``, reports };
}

const toBytes = (content: string | Uint8Array): Uint8Array => (typeof content === "string" ? new TextEncoder().encode(content) : content);

/** The name a document is kept under: its own stem, the extension of what it really is. */
function storedName(name: string, format: SourceFormat): string {
  const base = basename(name);
  const stem = base.replace(/\.[A-Za-z0-9]+$/u, "") || "decision";
  const claimed = claimedFormat(base);
  // A markdown file saved as .txt (or the reverse) keeps its name: both are read the same way.
  const keep = claimed !== null && (claimed === format || ((claimed === "txt" || claimed === "md") && (format === "txt" || format === "md")));
  // Each format's name is the extension it is kept under.
  return keep ? base : `${stem}.${format}`;
}

export interface Preview extends IngestResult {
  /** the name the document would be kept under in data/decisions/ */
  fileName: string;
}

async function preview(name: string, content: string | Uint8Array, dataDir: string): Promise<Preview> {
  const read = await readDecision(basename(name), toBytes(content));
  if (isReport(read)) return { ok: false, reports: [read], dataset: null, written: false, fileName: basename(name) };
  const fileName = storedName(name, read.format ?? "txt");
  const own: DecisionSource = { ...read, name: fileName };
  const { sources, unreadable } = await readSources(dataDir);
  const others = sources.filter((s) => decisionId(s.name) !== decisionId(fileName));
  const { dataset, reports } = buildFromSources([...others, own], unreadable.filter((r) => decisionId(r.file) !== decisionId(fileName)));
  const mine = reports.filter((r) => r.file === fileName);
  return { ok: dataset !== null, reports: mine.length > 0 ? mine : reports, dataset, written: false, fileName };
}

/**
 * Parse one decision without touching anything: what `ingestContent` would add. The bot's admin flow
 * shows this report before the admin presses "Publish".
 */
export function previewFile(name: string, content: string | Uint8Array, dataDir: string): Promise<Preview> {
  return preview(name, content, dataDir);
}

/**
 * Add one decision document (any format `readSource` reads): it must read without errors together
 * with every decision already there; then the original is copied into data/decisions/ and
 * dataset.json is replaced, each by an atomic rename; a copy of the same decision in another
 * format is removed last. When anything is wrong, nothing changes.
 */
export async function ingestContent(name: string, content: string | Uint8Array, dataDir: string): Promise<IngestResult> {
  const { fileName, ...result } = await preview(name, content, dataDir);
  if (!result.ok || !result.dataset) return result;
  const dir = join(dataDir, DECISIONS_DIR);
  writeFileAtomic(join(dir, fileName), typeof content === "string" ? content : Buffer.from(content));
  saveDataset(dataDir, result.dataset);
  for (const old of readdirSync(dir).filter((f) => isDecisionFile(f) && f !== fileName && decisionId(f) === decisionId(fileName))) rmSync(join(dir, old), { force: true });
  return { ...result, written: true };
}

export async function ingestFile(path: string, dataDir: string): Promise<IngestResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return {
      ok: false,
      written: false,
      dataset: null,
      reports: [report(basename(path), null, [{ file: path, line: 0, expected: "a readable text file", found: code, severity: "error" }], {}, null)],
    };
  }
  return ingestContent(basename(path), bytes, dataDir);
}

/** A problem as one line for people: "file:12: …" for a text, "file (trang 3): …" where the document has pages or sheets. */
export function describeProblem(p: ReportedProblem): string {
  if (p.origin === undefined) return formatProblem(p);
  const found = p.found.length > 120 ? `${p.found.slice(0, 117)}…` : p.found;
  return `${p.file} (${p.origin}): ${p.severity}: expected ${p.expected}; found ${JSON.stringify(found)}`;
}
