import type { AlertsDb } from "./db.js";

/**
 * Short, durable numeric ids for long values (table ids, unit ids, subscription targets) so that
 * callback data stays under Telegram's 64 bytes and buttons keep working after a restart.
 */
export class RefStore {
  constructor(private readonly db: AlertsDb) {}

  idFor(kind: string, value: string): number {
    this.db.prepare("INSERT OR IGNORE INTO refs (kind, value) VALUES (?, ?)").run(kind, value);
    return this.db.prepare("SELECT id FROM refs WHERE kind = ? AND value = ?").pluck().get(kind, value) as number;
  }

  valueOf(kind: string, id: number): string | null {
    const v = this.db.prepare("SELECT value FROM refs WHERE kind = ? AND id = ?").pluck().get(kind, id) as string | undefined;
    return v ?? null;
  }
}
