import { mkdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { writeFileAtomic } from "../dataset/store.js";
import type { AlertsDb } from "./db.js";

export interface Upload {
  id: number;
  adminId: number;
  chatId: number;
  fileName: string;
  status: "pending" | "published" | "cancelled" | "failed";
}

/** The extension the original is kept under: the upload's own, when it is a plain one. */
function extensionOf(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/u.test(ext) ? ext : ".bin";
}

/**
 * Decision files an admin sent, kept byte for byte (a PDF or a spreadsheet as it came) in
 * STATE_DIR/uploads until "Publish" or "Cancel" is pressed, so a restart in between loses nothing
 * and a button can be pressed only once.
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

  add(adminId: number, chatId: number, fileName: string, content: Uint8Array | string): Upload {
    mkdirSync(this.dir, { recursive: true });
    const info = this.db
      .prepare("INSERT INTO uploads (admin_id, chat_id, file_name, path, status, created_at) VALUES (?, ?, ?, '', 'pending', ?)")
      .run(adminId, chatId, fileName, this.now());
    const id = Number(info.lastInsertRowid);
    const path = join(this.dir, `${id}${extensionOf(fileName)}`);
    writeFileAtomic(path, typeof content === "string" ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    this.db.prepare("UPDATE uploads SET path = ? WHERE id = ?").run(path, id);
    return { id, adminId, chatId, fileName, status: "pending" };
  }

  /** The upload with its original bytes; null when unknown or its file is gone. */
  get(id: number): (Upload & { content: Buffer }) | null {
    const row = this.db
      .prepare("SELECT id, admin_id AS adminId, chat_id AS chatId, file_name AS fileName, path, status FROM uploads WHERE id = ?")
      .get(id) as (Upload & { path: string }) | undefined;
    if (!row) return null;
    let content: Buffer;
    try {
      content = readFileSync(row.path);
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
