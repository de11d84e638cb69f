import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { StorageAdapter } from "grammy";
import LocalSession from "telegraf-session-local";
import type { Logger } from "../log/logger.js";
import { SessionSchema, type SessionData } from "./context.js";

export const SESSIONS_FILE = "sessions.json";
/** Changes within this window reach the file in one write (the whole file is rewritten each time). */
export const PERSIST_DELAY_MS = 1000;

/** The lowdb database telegraf-session-local keeps: `{ sessions: [{ id, data }] }`, written by its adapter. */
interface SessionsDb {
  getState(): { sessions: SessionRecord[] };
  write(): Promise<unknown> | unknown;
}
interface SessionRecord {
  id: string;
  data: unknown;
}

export interface SessionStore extends StorageAdapter<SessionData> {
  /** write pending changes now and resolve when every write has reached the file */
  flush(): Promise<void>;
}

/**
 * grammY storage adapter over telegraf-session-local. Keys are chat ids (see `sessionKey`).
 *
 * The library's own getSession/saveSession look a key up by scanning the array of all sessions and rewrite the
 * whole file on every save, which caps a busy bot at a few hundred updates per second. So the adapter keeps an
 * index of the library's records, changes them in place, and lets the library's adapter write the file at most
 * every PERSIST_DELAY_MS and on `flush()` (at shutdown). With `storageFileAsync` that write goes to a temporary
 * file renamed over STATE_DIR/sessions.json, so a crash leaves the previous or the next state, never half of one;
 * at most the last fraction of a second of conversation is lost.
 *
 * Every value read back is validated with zod: a hand-edited or outdated record resets that one chat.
 * `inMemory` (terminal chat, tests) uses the library's memory adapter.
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
    // compact JSON: the file is rewritten as a whole, so its size is what each write costs
    format: { serialize: (value: unknown) => JSON.stringify(value), deserialize: (text: string) => JSON.parse(text) as unknown },
  } as ConstructorParameters<typeof LocalSession>[0]) as unknown as { DB: unknown };
  // the async adapter resolves its database later; the library's own init runs first in the same promise chain
  const db = (await Promise.resolve(local.DB)) as SessionsDb;
  const records = db.getState().sessions;
  const index = new Map<string, SessionRecord>(records.map((r) => [r.id, r]));
  /** the JSON last read or written per key: an unchanged session is not written again */
  const known = new Map<string, string>();
  const validated = new WeakSet<SessionRecord>();

  const pending = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  const persist = (): void => {
    timer = undefined;
    const p = Promise.resolve(db.write()).catch((err: unknown) => opts.logger.error("could not write sessions", { error: err }));
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  const schedule = (): void => {
    timer ??= setTimeout(persist, PERSIST_DELAY_MS);
  };

  return {
    read(key) {
      const record = index.get(key);
      if (!record) return undefined;
      if (!validated.has(record)) {
        const parsed = SessionSchema.safeParse(record.data);
        if (!parsed.success) {
          opts.logger.warn("session reset: stored value does not match the schema", { key, issue: parsed.error.issues[0]?.message });
          return undefined;
        }
        record.data = parsed.data;
        validated.add(record);
      }
      // a copy: grammY's handlers mutate what they get, and the record must change only through write()
      const json = JSON.stringify(record.data);
      known.set(key, json);
      return JSON.parse(json) as SessionData;
    },
    write(key, value) {
      const json = JSON.stringify(value);
      if (known.get(key) === json) return;
      known.set(key, json);
      let record = index.get(key);
      if (!record) {
        record = { id: key, data: undefined };
        records.push(record);
        index.set(key, record);
      }
      record.data = JSON.parse(json) as unknown;
      validated.add(record);
      schedule();
    },
    delete(key) {
      known.delete(key);
      const record = index.get(key);
      if (!record) return;
      index.delete(key);
      records.splice(records.indexOf(record), 1);
      schedule();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        persist();
      }
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/** One session per chat: a group's follow-ups belong to the group's conversation. Inline queries have none. */
export function sessionKey(ctx: { chat?: { id: number } | undefined }): string | undefined {
  return ctx.chat ? String(ctx.chat.id) : undefined;
}
