import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { StorageAdapter } from "grammy";
import LocalSession from "telegraf-session-local";
import type { Logger } from "../log/logger.js";
import { SessionSchema, type SessionData } from "./context.js";

export const SESSIONS_FILE = "sessions.json";

/** The part of telegraf-session-local the adapter uses; its own typings are written against Telegraf's Context. */
interface LocalSessionLike {
  DB: unknown;
  getSession(key: string): unknown;
  saveSession(key: string, data: unknown): Promise<unknown>;
}

export interface SessionStore extends StorageAdapter<SessionData> {
  /** resolves when every write started so far has reached the file */
  flush(): Promise<void>;
}

/**
 * grammY storage adapter over telegraf-session-local. Keys are chat ids (see `sessionKey`); every value read back is
 * validated with zod, so a hand-edited or outdated file resets that one chat instead of breaking the bot.
 * `inMemory` keeps everything in the process (the terminal chat, tests, benchmarks); otherwise the file is
 * STATE_DIR/sessions.json written through lowdb's FileAsync adapter (write to a temp file, then rename).
 */
export async function openSessionStore(opts: { stateDir?: string; inMemory?: boolean; logger: Logger }): Promise<SessionStore> {
  let database = SESSIONS_FILE;
  if (!opts.inMemory) {
    if (!opts.stateDir) throw new Error("openSessionStore: stateDir is required unless inMemory is set");
    mkdirSync(opts.stateDir, { recursive: true });
    database = join(opts.stateDir, SESSIONS_FILE);
  }
  const local = new LocalSession({
    database,
    storage: opts.inMemory ? LocalSession.storageMemory : LocalSession.storageFileAsync,
    // compact JSON: the file is rewritten on every change, so its size is what each write costs
    format: { serialize: (value: unknown) => JSON.stringify(value), deserialize: (text: string) => JSON.parse(text) as unknown },
  } as ConstructorParameters<typeof LocalSession>[0]) as unknown as LocalSessionLike;
  // the async adapter resolves its database later; the library's own init runs first in the same promise chain
  await Promise.resolve(local.DB);

  const written = new Map<string, string>();
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>): Promise<void> => {
    pending.add(p);
    return p.then(
      () => void pending.delete(p),
      (err: unknown) => {
        pending.delete(p);
        throw err;
      },
    );
  };

  return {
    read(key) {
      const raw = local.getSession(key);
      if (raw === undefined || (typeof raw === "object" && raw !== null && Object.keys(raw).length === 0)) return undefined;
      const parsed = SessionSchema.safeParse(raw);
      if (!parsed.success) {
        opts.logger.warn("session reset: stored value does not match the schema", { key, issue: parsed.error.issues[0]?.message });
        return undefined;
      }
      written.set(key, JSON.stringify(parsed.data));
      return parsed.data;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      if (written.get(key) === json) return;
      written.set(key, json);
      await track(local.saveSession(key, JSON.parse(json)));
    },
    async delete(key) {
      written.delete(key);
      await track(local.saveSession(key, {}));
    },
    async flush() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/** One session per chat: a group's follow-ups belong to the group's conversation. Inline queries have none. */
export function sessionKey(ctx: { chat?: { id: number } | undefined }): string | undefined {
  return ctx.chat ? String(ctx.chat.id) : undefined;
}
