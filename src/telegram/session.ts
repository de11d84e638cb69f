import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { StorageAdapter } from "grammy";
import LocalSession from "telegraf-session-local";
import { z } from "zod";
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

/** The file's shape as the library writes it; each record's data is checked later, one chat at a time. */
const SessionsFileSchema = z.object({ sessions: z.array(z.object({ id: z.string(), data: z.unknown() })) });

/**
 * Sessions hold only conversations, so they are disposable: a sessions file that is not JSON or not the library's
 * shape is renamed to `sessions.json.damaged-<time>` (kept for a look, never deleted) and the bot starts fresh.
 * Returns the new name, or undefined when the file is fine or absent.
 */
export function setAsideIfDamaged(file: string, logger: Logger, now: Date = new Date()): string | undefined {
  if (!existsSync(file)) return undefined;
  let problem: string | undefined;
  try {
    const parsed = SessionsFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) problem = `not the expected { sessions: [{ id, data }] } (${parsed.error.issues[0]?.path.join(".") || "top level"}: ${parsed.error.issues[0]?.message})`;
  } catch (err) {
    problem = `not JSON (${(err as Error).message})`;
  }
  if (problem === undefined) return undefined;
  const aside = `${file}.damaged-${now.toISOString().replace(/[:.]/g, "-")}`;
  renameSync(file, aside);
  logger.warn("sessions file is damaged: moved aside, conversations start afresh", { file, movedTo: aside, problem });
  return aside;
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
    setAsideIfDamaged(database, opts.logger);
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
  /** records whose data passed the schema (or was written by the bot): read back without parsing again */
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
      return copyJson(record.data) as SessionData;
    },
    write(key, value) {
      let record = index.get(key);
      // an unchanged session (most updates) is not written again
      if (record && validated.has(record) && sameJson(record.data, value)) return;
      if (!record) {
        record = { id: key, data: undefined };
        records.push(record);
        index.set(key, record);
      }
      record.data = copyJson(value);
      validated.add(record);
      schedule();
    },
    delete(key) {
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

/** An object JSON writes key by key: no prototype of its own and no toJSON. */
function isPlainObject(value: object): value is Record<string, unknown> {
  return Object.getPrototypeOf(value) === Object.prototype && !("toJSON" in value);
}

/** Whether JSON leaves out a property with this value (and writes null for it in an array). */
function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/**
 * What `JSON.parse(JSON.stringify(value))` returns, for the plain data a session holds, without the text in between
 * (an update reads and writes its session once each; the round trip cost more than the rest of the adapter).
 * Anything but plain objects, arrays and primitives (a Date, a Map…) goes through JSON itself.
 */
export function copyJson(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  // JSON writes -0 as 0, and NaN and the infinities as null
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = isSkipped(value[i]) ? null : copyJson(value[i]);
    return out;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = value[k];
      if (isSkipped(v)) continue;
      // as JSON.parse does: "__proto__" becomes a key, not the prototype
      if (k === "__proto__") Object.defineProperty(out, k, { value: copyJson(v), enumerable: true, writable: true, configurable: true });
      else out[k] = copyJson(v);
    }
    return out;
  }
  return JSON.parse(JSON.stringify(value) ?? "null") as unknown;
}

/** Whether `value` would be stored as `stored` (a copy made by copyJson): the same JSON up to key order, without writing it. */
export function sameJson(stored: unknown, value: unknown): boolean {
  if (stored === value && (typeof value !== "object" || value === null)) return true;
  if (typeof value !== "object" || value === null || typeof stored !== "object" || stored === null) return copyJson(value) === stored;
  if (Array.isArray(value)) {
    if (!Array.isArray(stored) || stored.length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!sameJson(stored[i], isSkipped(value[i]) ? null : value[i])) return false;
    return true;
  }
  if (!isPlainObject(value)) return sameJson(stored, copyJson(value));
  if (Array.isArray(stored)) return false;
  const s = stored as Record<string, unknown>;
  let count = 0;
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (isSkipped(v)) continue;
    count++;
    if (!Object.hasOwn(s, k) || !sameJson(s[k], v)) return false;
  }
  return count === Object.keys(s).length;
}
