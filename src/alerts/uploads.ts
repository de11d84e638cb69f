import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../dataset/store.js";
import type { AlertsDb } from "./db.js";

export interface Upload {
  id: number;
  adminId: number;
  chatId: number;
  fileName: string;
  status: "pending" | "published" | "cancelled" | "failed";
}

/**
 * Decision files an admin sent, kept in STATE_DIR/uploads until "Publish" or "Cancel" is pressed,
 * so a restart in between loses nothing and a button can be pressed only once.
 */
export class UploadStore {
  private readonly dir: string;

  constructor(
    private readonly db: AlertsDb,
    stateDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.dir = join(stateDir, "uploads");
  }

  add(adminId: number, chatId: number, fileName: string, content: string): Upload {
    mkdirSync(this.dir, { recursive: true });
    const info = this.db
      .prepare("INSERT INTO uploads (admin_id, chat_id, file_name, path, status, created_at) VALUES (?, ?, ?, '', 'pending', ?)")
      .run(adminId, chatId, fileName, this.now());
    const id = Number(info.lastInsertRowid);
    const path = join(this.dir, `${id}.txt`);
    writeFileAtomic(path, content);
    this.db.prepare("UPDATE uploads SET path = ? WHERE id = ?").run(path, id);
    return { id, adminId, chatId, fileName, status: "pending" };
  }

  get(id: number): (Upload & { content: string }) | null {
    const row = this.db
      .prepare("SELECT id, admin_id AS adminId, chat_id AS chatId, file_name AS fileName, path, status FROM uploads WHERE id = ?")
      .get(id) as (Upload & { path: string }) | undefined;
    if (!row) return null;
    let content: string;
    try {
      content = readFileSync(row.path, "utf8");
    } catch {
      return null;
    }
    const { path: _path, ...upload } = row;
    return { ...upload, content };
  }

  /** Settle a pending upload; false when someone already pressed a button on it. */
  settle(id: number, status: "published" | "cancelled" | "failed"): boolean {
    return this.db.prepare("UPDATE uploads SET status = ? WHERE id = ? AND status = 'pending'").run(status, id).changes === 1;
  }

  /** Back to pending, when publishing failed after the button was claimed. */
  reopen(id: number): void {
    this.db.prepare("UPDATE uploads SET status = 'pending' WHERE id = ?").run(id);
  }
}
