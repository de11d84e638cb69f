import { z } from "zod";
import type { Lang } from "../answer/types.js";
import type { AlertsDb } from "./db.js";

export const SubscriptionKindSchema = z.enum(["all", "province", "unit"]);
export type SubscriptionKind = z.infer<typeof SubscriptionKindSchema>;

/**
 * What a chat follows. `target` is "" for all decisions, the canonical province name for a
 * province, the unit id for a unit; `label` is what the chat is shown ("Sở Y tế (Bắc Ninh)").
 */
export const SubscriptionSchema = z.object({
  chatId: z.number().int(),
  kind: SubscriptionKindSchema,
  target: z.string(),
  label: z.string(),
  createdAt: z.number().int(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export type SubscriptionTarget = Pick<Subscription, "kind" | "target" | "label">;

interface SubscriptionRow {
  chat_id: number;
  kind: string;
  target: string;
  label: string;
  created_at: number;
}

function fromRow(row: SubscriptionRow): Subscription {
  return SubscriptionSchema.parse({
    chatId: row.chat_id,
    kind: row.kind,
    target: row.target,
    label: row.label,
    createdAt: row.created_at,
  });
}

// Free functions, not store methods, so the delivery queue can run them inside its own transactions
// when a chat blocks the bot or migrates mid-broadcast.

/** Every subscription of the chat; returns how many were removed. */
export function deleteChatSubscriptions(db: AlertsDb, chatId: number): number {
  db.prepare("DELETE FROM chat_languages WHERE chat_id = ?").run(chatId);
  return db.prepare("DELETE FROM subscriptions WHERE chat_id = ?").run(chatId).changes;
}

const LangSchema = z.enum(["vi", "en"]);

/** The language a chat last spoke to the bot in, so its alerts and reports speak it too (Vietnamese when unknown). */
export function chatLanguage(db: AlertsDb, chatId: number): Lang {
  const lang = db.prepare("SELECT lang FROM chat_languages WHERE chat_id = ?").pluck().get(chatId);
  const parsed = LangSchema.safeParse(lang);
  return parsed.success ? parsed.data : "vi";
}

export function setChatLanguage(db: AlertsDb, chatId: number, lang: Lang): void {
  db.prepare("INSERT INTO chat_languages (chat_id, lang) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang").run(chatId, lang);
}

/** A group upgraded to a supergroup keeps what it followed under its new id. */
export function moveChatSubscriptions(db: AlertsDb, oldChatId: number, newChatId: number): void {
  db.transaction(() => {
    db.prepare(
      `INSERT OR IGNORE INTO subscriptions (chat_id, kind, target, label, created_at)
       SELECT ?, kind, target, label, created_at FROM subscriptions WHERE chat_id = ?`,
    ).run(newChatId, oldChatId);
    db.prepare("INSERT OR REPLACE INTO chat_languages (chat_id, lang) SELECT ?, lang FROM chat_languages WHERE chat_id = ?").run(newChatId, oldChatId);
    deleteChatSubscriptions(db, oldChatId);
  })();
}

/** Subscriptions per chat, in their own table so the alert loop can list every subscriber. */
export class SubscriptionStore {
  constructor(
    private readonly db: AlertsDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns false when the chat already had exactly this subscription. `lang`: the language its alerts speak. */
  add(chatId: number, target: SubscriptionTarget, lang?: Lang): boolean {
    if (lang) setChatLanguage(this.db, chatId, lang);
    const info = this.db
      .prepare(
        "INSERT OR IGNORE INTO subscriptions (chat_id, kind, target, label, created_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(chatId, target.kind, target.target, target.label, this.now());
    return info.changes > 0;
  }

  remove(chatId: number, kind: SubscriptionKind, target: string): boolean {
    return (
      this.db.prepare("DELETE FROM subscriptions WHERE chat_id = ? AND kind = ? AND target = ?").run(chatId, kind, target)
        .changes > 0
    );
  }

  /** Every subscription of the chat; returns how many were removed. */
  removeChat(chatId: number): number {
    return deleteChatSubscriptions(this.db, chatId);
  }

  /** The language the chat's alerts and delivery reports speak from now on. */
  rememberLanguage(chatId: number, lang: Lang): void {
    setChatLanguage(this.db, chatId, lang);
  }

  languageOf(chatId: number): Lang {
    return chatLanguage(this.db, chatId);
  }

  list(chatId: number): Subscription[] {
    const rows = this.db
      .prepare("SELECT * FROM subscriptions WHERE chat_id = ? ORDER BY created_at, kind, target")
      .all(chatId) as SubscriptionRow[];
    return rows.map(fromRow);
  }

  all(): Subscription[] {
    const rows = this.db
      .prepare("SELECT * FROM subscriptions ORDER BY chat_id, created_at, kind, target")
      .all() as SubscriptionRow[];
    return rows.map(fromRow);
  }

  /** A group upgraded to a supergroup keeps what it followed under its new id. */
  migrateChat(oldChatId: number, newChatId: number): void {
    moveChatSubscriptions(this.db, oldChatId, newChatId);
  }
}
