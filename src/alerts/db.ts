import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";

export type AlertsDb = Database.Database;

export const ALERTS_DB_FILE = "alerts.sqlite";

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS subscriptions (
  chat_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('all', 'province', 'unit')),
  target TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (chat_id, kind, target)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS chat_languages (
  chat_id INTEGER PRIMARY KEY,
  lang TEXT NOT NULL CHECK (lang IN ('vi', 'en'))
);

CREATE TABLE IF NOT EXISTS known_decisions (
  decision_id TEXT PRIMARY KEY,
  known_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS publishers (
  decision_id TEXT PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS alerts (
  id INTEGER PRIMARY KEY,
  decision_id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  report_chat_id INTEGER,
  finished_at INTEGER,
  too_many_requests INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS deliveries (
  alert_id INTEGER NOT NULL REFERENCES alerts (id),
  kind TEXT NOT NULL CHECK (kind IN ('alert', 'report')),
  chat_id INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'done', 'failed', 'removed', 'migrated')),
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before INTEGER NOT NULL DEFAULT 0,
  payload TEXT NOT NULL,
  message_id INTEGER,
  error TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (alert_id, kind, chat_id)
);
CREATE INDEX IF NOT EXISTS deliveries_open ON deliveries (status, not_before);

CREATE TABLE IF NOT EXISTS refs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (kind, value)
);

CREATE TABLE IF NOT EXISTS uploads (
  id INTEGER PRIMARY KEY,
  admin_id INTEGER NOT NULL,
  chat_id INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  path TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'cancelled', 'failed')),
  created_at INTEGER NOT NULL
);
`;

/** The alerts database exists but cannot be used; the message names the file and how to recover. */
export class DamagedStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DamagedStateError";
  }
}

/**
 * The existing file must be a readable SQLite database before anything writes to it: a damaged file
 * holds the subscriptions, so it is never recreated or overwritten, and the operator restores it.
 */
function checkExisting(db: Database.Database, file: string): void {
  let problem: string | undefined;
  try {
    const result = db.pragma("quick_check", { simple: true }) as string;
    if (result !== "ok") problem = `the integrity check reports: ${result}`;
  } catch (err) {
    problem = (err as Error).message;
  }
  if (problem === undefined) return;
  db.close();
  throw new DamagedStateError(
    `${file} is damaged (${problem}). It holds the subscriptions and the alert queue; the bot has not changed it.
` +
      `To recover: stop the bot, keep the damaged file for inspection (rename it), and copy ${ALERTS_DB_FILE} from your latest backup of STATE_DIR ` +
      `into ${dirname(file)}; without a backup, moving the file aside starts the bot with no subscriptions and no pending alerts.`,
  );
}

/**
 * Open (creating if needed) the alerts database in `stateDir`, or an in-memory one for tests.
 * WAL lets the bot read while a broadcast writes; synchronous=FULL makes "written before sending"
 * hold even across a power cut, which the delivery guarantee depends on.
 */
export function openAlertsDb(stateDir: string | ":memory:"): AlertsDb {
  let file = ":memory:";
  if (stateDir !== ":memory:") {
    mkdirSync(stateDir, { recursive: true });
    file = join(stateDir, ALERTS_DB_FILE);
  }
  const existed = file !== ":memory:" && existsSync(file);
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    throw new DamagedStateError(`${file} cannot be opened (${(err as Error).message}). Check that STATE_DIR is readable and writable by the bot.`);
  }
  if (existed) checkExisting(db, file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as
    | string
    | undefined;
  if (version === undefined) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  } else if (Number(version) !== SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `${file} has alerts schema version ${version}, this bot expects ${SCHEMA_VERSION}. Move the file aside to start afresh.`,
    );
  }
  return db;
}
