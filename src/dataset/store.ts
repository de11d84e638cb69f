import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, fsyncSync, openSync, closeSync } from "node:fs";
import { dirname, join } from "node:path";
import { DATASET_SCHEMA_VERSION, DatasetSchema, type Dataset } from "../domain/dataset.js";

export const DATASET_FILE = "dataset.json";

export function datasetPath(dataDir: string): string {
  return join(dataDir, DATASET_FILE);
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = "DatasetError";
  }
}

/** Read and validate `dataset.json`; the error names the file and the first invalid field. */
export function loadDataset(dataDir: string): Dataset {
  const path = datasetPath(dataDir);
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new DatasetError(
      `Cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)}). Run \`npm run ingest\` to build it from data/decisions/.`,
      path,
    );
  }
  return parseDataset(raw, path);
}

export function parseDataset(raw: string, path = DATASET_FILE): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new DatasetError(`${path} is not valid JSON: ${(err as Error).message}`, path);
  }
  const version = typeof json === "object" && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== DATASET_SCHEMA_VERSION)
    throw new DatasetError(
      `${path} has schemaVersion ${JSON.stringify(version ?? null)}; this version reads schemaVersion ${DATASET_SCHEMA_VERSION} ` +
        `(national tables: province null, scope and document form on every decision). Run \`npm run ingest\` to rebuild it from data/decisions/.`,
      path,
    );
  const result = DatasetSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join(".") : "?";
    throw new DatasetError(`${path} does not match the dataset schema at ${where}: ${issue?.message ?? "invalid"}`, path);
  }
  return result.data;
}

/** Stable, diff-friendly serialization (the committed file is compared byte for byte by `ingest --check`). */
export function serializeDataset(dataset: Dataset): string {
  return JSON.stringify(dataset, null, 2) + "\n";
}

/**
 * Write a file so that a reader sees either the old or the new content, never half of one:
 * write a temporary file in the same directory, fsync it, then rename over the target.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, content);
  const fd = openSync(tmp, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Replace dataset.json atomically (a Dataset is valid by construction: `assembleDataset` parses it). */
export function saveDataset(dataDir: string, dataset: Dataset): void {
  writeFileAtomic(datasetPath(dataDir), serializeDataset(dataset));
}
