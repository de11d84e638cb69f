/**
 * `npm run backup [-- --to <dir>]` — a consistent copy of everything the bot cannot rebuild, taken while it runs:
 * the SQLite alerts database through SQLite's online backup (subscriptions, the delivery queue, known decisions),
 * the session file, and the decision texts with dataset.json (uploads through the bot land there).
 * `npm run backup -- --restore <dir>` puts such a copy back; the bot must be stopped for that.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { ALERTS_DB_FILE } from "../alerts/db.js";
import { loadConfig } from "../config/index.js";
import { DATASET_FILE } from "../dataset/store.js";
import { SESSIONS_FILE } from "../telegram/session.js";
import { CliUsageError, parseCli, runMain } from "./args.js";

const USAGE = `usage: npm run backup [-- --to <dir>]
       npm run backup -- --restore <dir>

  --to <dir>        where to write the backup (default: STATE_DIR/backups/<UTC time>); safe while the bot runs
  --restore <dir>   copy a backup back into STATE_DIR and DATA_DIR — stop the bot first
  -h, --help        this text

  A backup holds state/${ALERTS_DB_FILE} (SQLite online backup), state/${SESSIONS_FILE}, data/${DATASET_FILE}
  and data/decisions/.`;

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

/** Check a database file SQLite can open and finds intact; the reason when not. */
function integrityProblem(path: string): string | null {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    return result === "ok" ? null : String(result);
  } finally {
    db.close();
  }
}

async function backup(stateDir: string, dataDir: string, to: string): Promise<void> {
  const dbPath = join(stateDir, ALERTS_DB_FILE);
  if (!existsSync(dbPath)) throw new Error(`Nothing to back up: ${dbPath} does not exist (has the bot run with STATE_DIR=${stateDir}?)`);
  mkdirSync(join(to, "state"), { recursive: true });
  mkdirSync(join(to, "data"), { recursive: true });
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    // page by page between the running bot's own writes; WAL mode lets both go on
    await db.backup(join(to, "state", ALERTS_DB_FILE));
  } finally {
    db.close();
  }
  const problem = integrityProblem(join(to, "state", ALERTS_DB_FILE));
  if (problem) throw new Error(`The backup of ${dbPath} failed its integrity check: ${problem}`);
  if (existsSync(join(stateDir, SESSIONS_FILE))) copyFileSync(join(stateDir, SESSIONS_FILE), join(to, "state", SESSIONS_FILE));
  if (existsSync(join(dataDir, DATASET_FILE))) copyFileSync(join(dataDir, DATASET_FILE), join(to, "data", DATASET_FILE));
  if (existsSync(join(dataDir, "decisions"))) cpSync(join(dataDir, "decisions"), join(to, "data", "decisions"), { recursive: true });
}

/** Copy `from` over `to` through a temporary name in the same folder, so a crash leaves one or the other. */
function replaceFile(from: string, to: string): void {
  const tmp = `${to}.restore-tmp`;
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}

function restore(from: string, stateDir: string, dataDir: string): string[] {
  const dbCopy = join(from, "state", ALERTS_DB_FILE);
  if (!existsSync(dbCopy)) throw new Error(`${from} is not a backup made by npm run backup: ${dbCopy} is missing`);
  const problem = integrityProblem(dbCopy);
  if (problem) throw new Error(`${dbCopy} failed its integrity check (${problem}); nothing was restored`);
  mkdirSync(stateDir, { recursive: true });
  mkdirSync(join(dataDir, "decisions"), { recursive: true });
  const restored: string[] = [];
  // the write-ahead log of the database being replaced belongs to it, not to the copy
  for (const suffix of ["-wal", "-shm"]) rmSync(join(stateDir, ALERTS_DB_FILE + suffix), { force: true });
  replaceFile(dbCopy, join(stateDir, ALERTS_DB_FILE));
  restored.push(join(stateDir, ALERTS_DB_FILE));
  if (existsSync(join(from, "state", SESSIONS_FILE))) {
    replaceFile(join(from, "state", SESSIONS_FILE), join(stateDir, SESSIONS_FILE));
    restored.push(join(stateDir, SESSIONS_FILE));
  }
  const decisions = join(from, "data", "decisions");
  if (existsSync(decisions))
    for (const f of readdirSync(decisions)) {
      replaceFile(join(decisions, f), join(dataDir, "decisions", f));
      restored.push(join(dataDir, "decisions", f));
    }
  if (existsSync(join(from, "data", DATASET_FILE))) {
    replaceFile(join(from, "data", DATASET_FILE), join(dataDir, DATASET_FILE));
    restored.push(join(dataDir, DATASET_FILE));
  }
  return restored;
}

async function main(): Promise<number> {
  const parsed = parseCli({ name: "backup", usage: USAGE, maxPositionals: 0, options: { to: { type: "string" }, restore: { type: "string" } } }, process.argv.slice(2));
  if (!parsed) return 0;
  if (parsed.values.to && parsed.values.restore) throw new CliUsageError(`npm run backup: --to and --restore do not go together\n\n${USAGE}`);
  const config = loadConfig();
  const stateDir = resolve(config.stateDir);
  const dataDir = resolve(config.dataDir);
  if (parsed.values.restore) {
    const restored = restore(resolve(parsed.values.restore), stateDir, dataDir);
    console.log(`Restored ${restored.length} files from ${resolve(parsed.values.restore)}:\n${restored.map((f) => `  ${f}`).join("\n")}`);
    return 0;
  }
  const to = resolve(parsed.values.to ?? join(stateDir, "backups", stamp(new Date())));
  await backup(stateDir, dataDir, to);
  console.log(`Backup written to ${to}`);
  return 0;
}

runMain(main);
