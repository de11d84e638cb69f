/**
 * A Telegram Bot API emulator for tests: an HTTP server on 127.0.0.1 (random port) that speaks enough of the
 * Bot API for the bot (getMe, getUpdates long polling, sendMessage, editMessageText, answerCallbackQuery,
 * answerInlineQuery, sendPhoto, sendDocument, setMyCommands, webhooks, getChatMember, getFile + download…).
 *
 * It records every call, lets a test inject updates (with the entities a real client would attach), and can
 * behave like the real server where it matters: rate limits (429 with retry_after), blocked chats (403),
 * groups upgraded to supergroups (400 with migrate_to_chat_id), invalid HTML, over-long texts, over-long
 * callback data, "message is not modified" and "query is too old".
 *
 * Point the bot at it with `apiRoot: emulator.apiRoot` (or `BOT_API_ROOT`) and the token `emulator.token`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RateLimits {
  /** messages per second over all chats (Telegram: about 30) */
  globalPerSecond: number;
  /** messages per second into one chat (Telegram: about 1) */
  perChatPerSecond: number;
  /** messages per minute into one group (Telegram: 20) */
  perGroupPerMinute: number;
}

export const TELEGRAM_RATE_LIMITS: RateLimits = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };

export interface EmulatorOptions {
  token?: string;
  botId?: number;
  botUsername?: string;
  botFirstName?: string;
  /** enforce Telegram's flood limits on sending methods (default: off) */
  rateLimits?: boolean | Partial<RateLimits>;
  /** chats that answer every send with 403 (bot blocked / kicked) */
  forbiddenChats?: Iterable<number>;
  /** groups upgraded to supergroups: old chat id → new chat id (sends to the old id get 400) */
  migrations?: Iterable<[number, number]> | Record<number, number>;
  /** user ids that getChatMember reports as administrators */
  chatAdmins?: Iterable<number>;
  /** artificial latency added to every method call, in milliseconds */
  latencyMs?: number;
  /** can_join_groups, supports_inline_queries etc. reported by getMe */
  supportsInlineQueries?: boolean;
  /**
   * How long one of Telegram's seconds lasts here (default 1000): the flood windows (1 s, 1 min) and
   * retry_after are measured in it, so a test can run Telegram's clock ten times faster and tell the bot so.
   */
  secondMs?: number;
  /**
   * Answers to a callback or inline query arriving later than this many ms after the query get Telegram's
   * "query is too old" (default: never; Telegram allows about 10 s for inline queries and about 15 s for
   * buttons). Real milliseconds even when `secondMs` runs Telegram's clock faster: what the deadline
   * measures, the bot's own work on an update, does not get faster with the clock.
   */
  queryDeadlineMs?: { inline: number; callback: number };
}

/**
 * How the API misbehaves during an outage: "bad-gateway" refuses every request with 502 and acts on none;
 * "black-hole" acts on each request (a message is delivered) but its answer never comes back.
 */
export type Outage = "bad-gateway" | "black-hole";

export interface RecordedCall {
  /** sequence number of the call */
  seq: number;
  method: string;
  params: Record<string, unknown>;
  /** files uploaded with the call (multipart), by field name */
  files: Record<string, { filename: string; data: Buffer }>;
  /** ms since epoch when the call arrived */
  at: number;
  ok: boolean;
  errorCode?: number;
  description?: string;
  result?: unknown;
  /** the chat the call addressed, when it has one */
  chatId?: number | string;
}

export interface User {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
}

export interface Chat {
  id: number;
  type: "private" | "group" | "supergroup" | "channel";
  title?: string;
  first_name?: string;
  username?: string;
}

export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: User;
  language?: string;
}

export interface Message {
  message_id: number;
  date: number;
  chat: Chat;
  from?: User;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  reply_to_message?: Message;
  reply_markup?: unknown;
  photo?: { file_id: string; file_unique_id: string; width: number; height: number; file_size?: number }[];
  document?: { file_id: string; file_unique_id: string; file_name?: string; mime_type?: string; file_size?: number };
  via_bot?: User;
  edit_date?: number;
  [key: string]: unknown;
}

export interface Update {
  update_id: number;
  [key: string]: unknown;
}

interface StoredFile {
  id: string;
  path: string;
  data: Buffer;
  name: string;
}

interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

class ApiFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.description);
  }
}

const SENDING_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendMediaGroup",
  "sendAnimation",
  "sendVideo",
  "sendAudio",
  "sendVoice",
  "sendSticker",
  "sendLocation",
  "sendPoll",
  "copyMessage",
  "forwardMessage",
]);

const CHAT_METHODS = new Set([
  ...SENDING_METHODS,
  "editMessageText",
  "editMessageReplyMarkup",
  "editMessageCaption",
  "deleteMessage",
  "sendChatAction",
  "getChat",
  "getChatMember",
  "getChatAdministrators",
  "leaveChat",
  "pinChatMessage",
]);

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA = 64;

/** UTF-16 length, the unit Telegram uses for entity offsets. */
function utf16Length(s: string): number {
  return s.length;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const ALLOWED_HTML_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
  "tg-time",
]);

const ENTITY_FOR_TAG: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  span: "spoiler",
  "tg-spoiler": "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
  "tg-time": "date_time",
};

/**
 * Parse Telegram's HTML parse mode the way the server does, strictly enough to reject what the server rejects:
 * unknown tags, unbalanced tags and bare `&` or `<` in text ("Sở KH&CN" unescaped fails here as it does there).
 */
export function parseTelegramHtml(html: string): { text: string; entities: MessageEntity[] } {
  let text = "";
  const entities: MessageEntity[] = [];
  const stack: { tag: string; offset: number; attrs: string }[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new ApiFailure({ error_code: 400, description: `Bad Request: can't parse entities: ${why} at byte offset ${i}` });
  };
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) fail("Unclosed start tag");
      const inner = html.slice(i + 1, close);
      const m = /^(\/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^]*)?$/.exec(inner);
      if (!m) fail(`Unsupported start tag "${inner.slice(0, 20)}"`);
      const closing = m![1] === "/";
      const tag = m![2]!.toLowerCase();
      if (!ALLOWED_HTML_TAGS.has(tag)) fail(`Unsupported start tag "${tag}"`);
      if (closing) {
        const top = stack.pop();
        if (!top || top.tag !== tag) fail(`Unmatched end tag "${tag}"`);
        const length = utf16Length(text) - top!.offset;
        if (length > 0) {
          const entity: MessageEntity = { type: ENTITY_FOR_TAG[tag] ?? tag, offset: top!.offset, length };
          const href = /href\s*=\s*"([^"]*)"/.exec(top!.attrs)?.[1];
          if (href !== undefined) entity.url = decodeHtmlEntities(href, fail);
          entities.push(entity);
        }
      } else {
        stack.push({ tag, offset: utf16Length(text), attrs: m![3] ?? "" });
      }
      i = close + 1;
    } else if (ch === "&") {
      const semi = html.indexOf(";", i);
      const name = semi > 0 ? html.slice(i, semi + 1) : "";
      if (!/^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);$/.test(name)) fail(`Character entity expected`);
      text += decodeHtmlEntities(name, fail);
      i = semi + 1;
    } else if (ch === ">") {
      fail("Unexpected end tag");
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length > 0) fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]!.tag}"`);
  entities.sort((a, b) => a.offset - b.offset);
  return { text, entities };
}

function decodeHtmlEntities(s: string, fail: (why: string) => never): string {
  return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|&/g, (all, name: string | undefined) => {
    if (name === undefined) return fail("Character entity expected");
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "amp") return "&";
    if (name === "quot") return '"';
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return all;
  });
}

/** Entities as a Telegram client attaches them to a typed text: commands at the start, @mentions, URLs. */
export function clientEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const cmd = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (cmd) entities.push({ type: "bot_command", offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/(^|[^A-Za-z0-9_/])(@[A-Za-z][A-Za-z0-9_]{3,31})/g)) {
    const offset = m.index! + m[1]!.length;
    if (cmd && offset < cmd[0].length) continue;
    entities.push({ type: "mention", offset, length: m[2]!.length });
  }
  return entities;
}

/** Minimal multipart/form-data parser (enough for grammY's uploads). */
function parseMultipart(body: Buffer, boundary: string): { fields: Record<string, string>; files: RecordedCall["files"] } {
  const fields: Record<string, string> = {};
  const files: RecordedCall["files"] = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    let start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    if (body.subarray(start, start + 2).toString() === "\r\n") start += 2;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    let part = body.subarray(start, next);
    if (part.subarray(part.length - 2).toString() === "\r\n") part = part.subarray(0, part.length - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const data = part.subarray(headerEnd + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) files[name] = { filename, data: Buffer.from(data) };
      else fields[name] = data.toString("utf8");
    }
    pos = next;
  }
  return { fields, files };
}

function maybeJson(value: string): unknown {
  const t = value.trim();
  if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
    try {
      return JSON.parse(t);
    } catch {
      return value;
    }
  }
  return value;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

interface Waiter {
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
}

interface PendingPoll {
  wake: () => void;
}

export class BotApiEmulator {
  readonly token: string;
  readonly bot: User;
  readonly calls: RecordedCall[] = [];
  /** updates not yet confirmed by an offset */
  private queue: Update[] = [];
  private nextUpdateId = 1;
  /** highest offset a getUpdates call has confirmed (every update below it is gone) */
  confirmedOffset = 0;
  private nextMessageId = new Map<number | string, number>();
  private messages = new Map<string, Message>();
  /** open queries by id, with the time each was asked */
  private openCallbackQueries = new Map<string, number>();
  private inlineQueries = new Map<string, number>();
  /** queries answered, with how long after the query (ms) */
  readonly queryAnswers: { kind: "inline" | "callback"; id: string; afterMs: number; inTime: boolean }[] = [];
  private outage: Outage | null = null;
  /** requests that reached the server during an outage (none of them was acted on) */
  readonly outageCalls: { method: string; at: number }[] = [];
  private heldDuringOutage = new Set<ServerResponse>();
  private floodUntil = 0;
  private nextQueryId = 1;
  private files = new Map<string, StoredFile>();
  private nextFileId = 1;
  private waiters: Waiter[] = [];
  private poll: PendingPoll | undefined;
  private seq = 0;
  private sendTimes: number[] = [];
  private chatSendTimes = new Map<number | string, number[]>();
  readonly forbiddenChats: Set<number>;
  readonly migrations: Map<number, number>;
  readonly chatAdmins: Set<number>;
  rateLimits: RateLimits | null;
  latencyMs: number;
  readonly secondMs: number;
  /** commands by scope+language key, e.g. `{"type":"all_private_chats"}|vi` */
  readonly commands = new Map<string, { command: string; description: string }[]>();
  webhook: { url: string; secret_token?: string } | null = null;
  /**
   * Runs when a call has arrived, before the server acts on it; returning "drop" closes the connection
   * unanswered and unrecorded (the request never reached Telegram), e.g. to kill the client mid-request.
   */
  beforeCall: ((method: string, params: Record<string, unknown>) => Promise<"drop" | void> | "drop" | void) | null = null;
  private server: Server;
  private port = 0;

  private constructor(private readonly options: EmulatorOptions) {
    this.token = options.token ?? "123456:TEST-token-for-the-emulator";
    this.bot = {
      id: options.botId ?? Number(this.token.split(":")[0]) ?? 123456,
      is_bot: true,
      first_name: options.botFirstName ?? "DTI Bot",
      username: options.botUsername ?? "dti_test_bot",
    };
    this.forbiddenChats = new Set(options.forbiddenChats ?? []);
    const migrations = options.migrations ?? [];
    this.migrations = new Map(
      Symbol.iterator in Object(migrations)
        ? (migrations as Iterable<[number, number]>)
        : Object.entries(migrations).map(([k, v]) => [Number(k), v as number] as [number, number]),
    );
    this.chatAdmins = new Set(options.chatAdmins ?? []);
    this.rateLimits = resolveRateLimits(options.rateLimits);
    this.latencyMs = options.latencyMs ?? 0;
    this.secondMs = options.secondMs ?? 1000;
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
  }

  static async start(options: EmulatorOptions = {}): Promise<BotApiEmulator> {
    const emulator = new BotApiEmulator(options);
    await new Promise<void>((resolve) => emulator.server.listen(0, "127.0.0.1", resolve));
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  /** e.g. http://127.0.0.1:41234 — what `BOT_API_ROOT` / grammY's `apiRoot` should be. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get username(): string {
    return this.bot.username!;
  }

  async stop(): Promise<void> {
    this.poll?.wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  setRateLimits(limits: boolean | Partial<RateLimits>): void {
    this.rateLimits = resolveRateLimits(limits);
  }

  // ---------------------------------------------------------------- injecting updates

  /** Queue a raw update; `update_id` is assigned. Returns the update as queued. */
  /** Start (or with null end) an outage (see Outage); requests that arrive meanwhile are counted in `outageCalls`. */
  setOutage(outage: Outage | null): void {
    this.outage = outage;
    if (outage === null) {
      for (const res of this.heldDuringOutage) res.destroy();
      this.heldDuringOutage.clear();
    }
  }

  /** Telegram's flood control for the whole bot: every send for `seconds` (Telegram seconds) answers 429 with the time left. */
  floodWait(seconds: number): void {
    this.floodUntil = Date.now() + seconds * this.secondMs;
  }

  injectUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update {
    const full: Update = { ...update, update_id: update.update_id ?? this.nextUpdateId++ };
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    this.queue.push(full);
    this.poll?.wake();
    return full;
  }

  private userMessage(chat: Chat, from: User, text: string, extra: Partial<Message> = {}): Message {
    const message: Message = {
      message_id: this.allocMessageId(chat.id),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...extra,
    };
    const entities = extra.entities ?? clientEntities(text);
    if (entities.length > 0) message.entities = entities;
    else delete message.entities;
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    return message;
  }

  /** A user writes `text` to the bot in a private chat. */
  sendPrivateText(from: User, text: string, extra: Partial<Message> = {}): Update {
    const chat: Chat = { id: from.id, type: "private", first_name: from.first_name };
    if (from.username) chat.username = from.username;
    return this.injectUpdate({ message: this.userMessage(chat, from, text, extra) });
  }

  /** A user writes `text` in a group; `replyTo` makes it a reply to an earlier message. */
  sendGroupText(chat: Chat, from: User, text: string, opts: { replyTo?: Message } & Partial<Message> = {}): Update {
    const { replyTo, ...extra } = opts;
    if (replyTo) extra.reply_to_message = replyTo;
    return this.injectUpdate({ message: this.userMessage(chat, from, text, extra) });
  }

  /** A user sends a document (e.g. a decision text) with an optional caption. */
  sendDocumentMessage(chat: Chat, from: User, file: { name: string; data: Buffer | string; mimeType?: string }, caption?: string): Update {
    const stored = this.addFile(file.data, file.name);
    const message: Message = {
      message_id: this.allocMessageId(chat.id),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      document: {
        file_id: stored.id,
        file_unique_id: `u${stored.id}`,
        file_name: file.name,
        mime_type: file.mimeType ?? "text/plain",
        file_size: stored.data.length,
      },
    };
    if (caption !== undefined) {
      message.caption = caption;
      const entities = clientEntities(caption);
      if (entities.length > 0) message.caption_entities = entities;
    }
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    return this.injectUpdate({ message });
  }

  /** A user presses an inline keyboard button under `message`. */
  pressButton(from: User, message: Message, data: string): Update {
    const id = String(this.nextQueryId++);
    this.openCallbackQueries.set(id, Date.now());
    return this.injectUpdate({
      callback_query: { id, from, message, chat_instance: `ci${message.chat.id}`, data },
    });
  }

  /** A user types `@bot query` in any chat. */
  sendInlineQuery(from: User, query: string, offset = ""): Update {
    const id = String(this.nextQueryId++);
    this.inlineQueries.set(id, Date.now());
    return this.injectUpdate({ inline_query: { id, from, query, offset, chat_type: "sender" } });
  }

  /** The bot's membership in `chat` changes (added to a group: `member`, removed: `left`/`kicked`). */
  changeBotMembership(chat: Chat, from: User, status: "member" | "administrator" | "left" | "kicked"): Update {
    const oldStatus = status === "member" || status === "administrator" ? "left" : "member";
    return this.injectUpdate({
      my_chat_member: {
        chat,
        from,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: this.bot, status: oldStatus },
        new_chat_member: { user: this.bot, status },
      },
    });
  }

  /** Store a file the bot can fetch with getFile + download. */
  addFile(data: Buffer | string, name: string): StoredFile {
    const id = `file${this.nextFileId++}`;
    const stored: StoredFile = { id, path: `documents/${id}_${name.replace(/[^\w.-]/g, "_")}`, data: Buffer.from(data), name };
    this.files.set(id, stored);
    return stored;
  }

  // ---------------------------------------------------------------- inspecting calls

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages the bot has sent (successfully) into `chatId`, oldest first. */
  sentMessages(chatId?: number): Message[] {
    return this.calls
      .filter((c) => c.ok && SENDING_METHODS.has(c.method) && (chatId === undefined || c.chatId === chatId))
      .map((c) => c.result as Message);
  }

  /** The current state of a message (after edits). */
  message(chatId: number, messageId: number): Message | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  /** Resolve with the first call (already recorded or future) that satisfies `predicate`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 10_000, since = 0): Promise<RecordedCall> {
    const existing = this.calls.find((c) => c.seq >= since && predicate(c));
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`No matching Bot API call within ${timeoutMs} ms. Calls so far: ${this.describeCalls()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Wait for the bot to send a message into `chatId` (successful sends only). */
  async waitForMessage(chatId: number, since = this.seq, timeoutMs = 10_000): Promise<Message> {
    const call = await this.waitForCall((c) => c.ok && SENDING_METHODS.has(c.method) && c.chatId === chatId, timeoutMs, since);
    return call.result as Message;
  }

  /** The sequence number the next call will get; pass it as `since` to wait only for later calls. */
  get mark(): number {
    return this.seq;
  }

  /** Wait until the bot has confirmed every update up to and including `updateId`. */
  async waitForConfirmed(updateId: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.confirmedOffset <= updateId) {
      if (Date.now() > deadline) throw new Error(`Update ${updateId} not confirmed (offset ${this.confirmedOffset})`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** True while a getUpdates long poll is waiting on the server. */
  get polling(): boolean {
    return this.poll !== undefined;
  }

  /** Resolve once a client is long-polling (a started bot waiting for updates). */
  async waitForPolling(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.poll) {
      if (Date.now() > deadline) throw new Error(`No long poll within ${timeoutMs} ms. Calls so far: ${this.describeCalls()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Updates still waiting for the bot (not confirmed by an offset). */
  pendingUpdates(): Update[] {
    return [...this.queue];
  }

  describeCalls(): string {
    return this.calls
      .slice(-20)
      .map((c) => `${c.method}${c.ok ? "" : `(${c.errorCode})`}`)
      .join(", ");
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (file) return this.download(file[1]!, decodeURIComponent(file[2]!), res);
      const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!m) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      if (m[1] !== this.token) return send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      const method = m[2]!;
      const body = await readBody(req);
      const { params, files } = parseParams(req, url, body);
      if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
      const outage = this.outage;
      if (outage) {
        this.outageCalls.push({ method, at: Date.now() });
        if (outage === "bad-gateway") return send(res, 502, { ok: false, error_code: 502, description: "Bad Gateway" });
        this.heldDuringOutage.add(res);
        res.on("close", () => this.heldDuringOutage.delete(res));
      }
      if (this.beforeCall && (await this.beforeCall(method, params)) === "drop") {
        req.socket.destroy();
        return;
      }
      const call: RecordedCall = { seq: this.seq++, method, params, files, at: Date.now(), ok: false };
      const chatId = params.chat_id;
      if (typeof chatId === "number" || typeof chatId === "string") call.chatId = typeof chatId === "string" && /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
      let result: unknown;
      try {
        result = await this.dispatch(method, params, files, res, call);
        call.ok = true;
        call.result = result;
      } catch (err) {
        const apiError: ApiError =
          err instanceof ApiFailure ? err.apiError : { error_code: 500, description: `Internal Server Error: ${(err as Error).message}` };
        call.errorCode = apiError.error_code;
        call.description = apiError.description;
        this.record(call);
        if (outage === "black-hole") return;
        return send(res, apiError.error_code, { ok: false, ...apiError });
      }
      // getUpdates is recorded too, but a long poll that the client abandoned is not answered
      this.record(call);
      if (res.destroyed || res.writableEnded || outage === "black-hole") return;
      send(res, 200, { ok: true, result });
    } catch (err) {
      if (!res.headersSent) send(res, 500, { ok: false, error_code: 500, description: String(err) });
    }
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    const matched = this.waiters.filter((w) => w.predicate(call));
    this.waiters = this.waiters.filter((w) => !matched.includes(w));
    for (const w of matched) w.resolve(call);
  }

  private download(token: string, path: string, res: ServerResponse): void {
    if (token !== this.token) return send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const file = [...this.files.values()].find((f) => f.path === path);
    if (!file) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.data.length });
    res.end(file.data);
  }

  private allocMessageId(chatId: number | string): number {
    const id = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, id);
    return id;
  }

  private chat(chatId: unknown): Chat {
    const id = Number(chatId);
    if (!Number.isFinite(id)) throw new ApiFailure({ error_code: 400, description: "Bad Request: chat not found" });
    if (id > 0) return { id, type: "private", first_name: "User" };
    return { id, type: id < -1_000_000_000_000 ? "supergroup" : "group", title: `Group ${id}` };
  }

  /** 403 / migration / flood checks every message into a chat goes through, in Telegram's order. */
  private checkChat(method: string, chatId: unknown): void {
    const id = Number(chatId);
    const migrated = this.migrations.get(id);
    if (migrated !== undefined)
      throw new ApiFailure({
        error_code: 400,
        description: "Bad Request: group chat was upgraded to a supergroup chat",
        parameters: { migrate_to_chat_id: migrated },
      });
    if (this.forbiddenChats.has(id))
      throw new ApiFailure({
        error_code: 403,
        description: id > 0 ? "Forbidden: bot was blocked by the user" : "Forbidden: bot was kicked from the group chat",
      });
    if (SENDING_METHODS.has(method)) this.checkFlood(id);
  }

  private checkFlood(chatId: number): void {
    const limits = this.rateLimits;
    const now = Date.now();
    const second = this.secondMs;
    if (this.floodUntil > now) {
      const retry_after = Math.max(1, Math.ceil((this.floodUntil - now) / second));
      throw new ApiFailure({ error_code: 429, description: `Too Many Requests: retry after ${retry_after}`, parameters: { retry_after } });
    }
    if (limits) {
      const recent = this.sendTimes.filter((t) => now - t < second);
      this.sendTimes = recent;
      let retryAfterMs = 0;
      if (recent.length >= limits.globalPerSecond) retryAfterMs = second - (now - recent[recent.length - limits.globalPerSecond]!);
      const chatTimes = (this.chatSendTimes.get(chatId) ?? []).filter((t) => now - t < 60 * second);
      this.chatSendTimes.set(chatId, chatTimes);
      const lastSecond = chatTimes.filter((t) => now - t < second);
      if (lastSecond.length >= limits.perChatPerSecond)
        retryAfterMs = Math.max(retryAfterMs, second - (now - lastSecond[lastSecond.length - limits.perChatPerSecond]!));
      if (chatId < 0 && chatTimes.length >= limits.perGroupPerMinute)
        retryAfterMs = Math.max(retryAfterMs, 60 * second - (now - chatTimes[chatTimes.length - limits.perGroupPerMinute]!));
      if (retryAfterMs > 0) {
        const retry_after = Math.max(1, Math.ceil(retryAfterMs / second));
        throw new ApiFailure({
          error_code: 429,
          description: `Too Many Requests: retry after ${retry_after}`,
          parameters: { retry_after },
        });
      }
    }
    this.sendTimes.push(now);
    const times = this.chatSendTimes.get(chatId) ?? [];
    times.push(now);
    this.chatSendTimes.set(chatId, times);
  }

  private formatted(params: Record<string, unknown>, textKey: "text" | "caption"): { text: string; entities?: MessageEntity[] } {
    const raw = params[textKey];
    const text = raw === undefined ? "" : String(raw);
    let out: { text: string; entities?: MessageEntity[] };
    if (params.parse_mode === "HTML") out = parseTelegramHtml(text);
    else if (params.parse_mode !== undefined) throw new ApiFailure({ error_code: 400, description: `Bad Request: unsupported parse_mode ${String(params.parse_mode)} in emulator` });
    else {
      const entities = params[textKey === "text" ? "entities" : "caption_entities"];
      out = { text };
      if (Array.isArray(entities) && entities.length > 0) out.entities = entities as MessageEntity[];
    }
    const limit = textKey === "text" ? MAX_TEXT : MAX_CAPTION;
    if (textKey === "text" && out.text.trim().length === 0) throw new ApiFailure({ error_code: 400, description: "Bad Request: message text is empty" });
    if (utf16Length(out.text) > limit)
      throw new ApiFailure({ error_code: 400, description: textKey === "text" ? "Bad Request: message is too long" : "Bad Request: message caption is too long" });
    for (const e of out.entities ?? []) {
      if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length <= 0 || e.offset + e.length > utf16Length(out.text))
        throw new ApiFailure({ error_code: 400, description: `Bad Request: can't parse entities: entity ${JSON.stringify(e)} is out of the text` });
    }
    return out;
  }

  private checkMarkup(markup: unknown): void {
    if (markup === undefined) return;
    const keyboard = (markup as { inline_keyboard?: unknown }).inline_keyboard;
    if (keyboard === undefined) return;
    if (!Array.isArray(keyboard)) throw new ApiFailure({ error_code: 400, description: "Bad Request: inline keyboard expected" });
    for (const row of keyboard) {
      if (!Array.isArray(row)) throw new ApiFailure({ error_code: 400, description: "Bad Request: inline keyboard row expected" });
      for (const button of row as Record<string, unknown>[]) {
        if (typeof button.text !== "string" || button.text.length === 0) throw new ApiFailure({ error_code: 400, description: "Bad Request: BUTTON_TEXT_EMPTY" });
        const data = button.callback_data;
        if (data !== undefined && (typeof data !== "string" || byteLength(data) === 0 || byteLength(data) > MAX_CALLBACK_DATA))
          throw new ApiFailure({ error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
      }
    }
  }

  private botMessage(chat: Chat, extra: Partial<Message>, params: Record<string, unknown>): Message {
    const message: Message = {
      message_id: this.allocMessageId(chat.id),
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.bot,
      ...extra,
    };
    if (params.reply_markup !== undefined) message.reply_markup = params.reply_markup;
    const replyParams = params.reply_parameters as { message_id?: number } | undefined;
    const replyId = replyParams?.message_id ?? (params.reply_to_message_id as number | undefined);
    if (replyId !== undefined) {
      const original = this.messages.get(`${chat.id}:${Number(replyId)}`);
      if (original) message.reply_to_message = original;
      else if (!(replyParams as { allow_sending_without_reply?: boolean } | undefined)?.allow_sending_without_reply)
        throw new ApiFailure({ error_code: 400, description: "Bad Request: message to be replied not found" });
    }
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    return message;
  }

  private async dispatch(
    method: string,
    params: Record<string, unknown>,
    files: RecordedCall["files"],
    res: ServerResponse,
    call: RecordedCall,
  ): Promise<unknown> {
    if (CHAT_METHODS.has(method) && params.chat_id !== undefined) this.checkChat(method, params.chat_id);
    switch (method) {
      case "getMe":
        return {
          ...this.bot,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: this.options.supportsInlineQueries ?? true,
        };
      case "getUpdates":
        return this.getUpdates(params, res, call);
      case "deleteWebhook":
        this.webhook = null;
        if (params.drop_pending_updates === true || params.drop_pending_updates === "true") this.queue = [];
        return true;
      case "setWebhook":
        this.webhook = { url: String(params.url) };
        if (params.secret_token !== undefined) this.webhook.secret_token = String(params.secret_token);
        return true;
      case "getWebhookInfo":
        return { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.queue.length };
      case "setMyCommands": {
        const commands = params.commands as { command: string; description: string }[];
        if (!Array.isArray(commands)) throw new ApiFailure({ error_code: 400, description: "Bad Request: commands expected" });
        for (const c of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw new ApiFailure({ error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" });
          if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256)
            throw new ApiFailure({ error_code: 400, description: "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID" });
        }
        this.commands.set(commandsKey(params), commands);
        return true;
      }
      case "getMyCommands":
        return this.commands.get(commandsKey(params)) ?? [];
      case "deleteMyCommands":
        this.commands.delete(commandsKey(params));
        return true;
      case "sendMessage": {
        const chat = this.chat(params.chat_id);
        const { text, entities } = this.formatted(params, "text");
        this.checkMarkup(params.reply_markup);
        const extra: Partial<Message> = { text };
        if (entities) extra.entities = entities;
        return this.botMessage(chat, extra, params);
      }
      case "sendPhoto":
      case "sendDocument": {
        const chat = this.chat(params.chat_id);
        const field = method === "sendPhoto" ? "photo" : "document";
        const extra: Partial<Message> = {};
        if (params.caption !== undefined) {
          const { text, entities } = this.formatted(params, "caption");
          extra.caption = text;
          if (entities) extra.caption_entities = entities;
        }
        this.checkMarkup(params.reply_markup);
        const ref = params[field];
        const attached = typeof ref === "string" && ref.startsWith("attach://") ? files[ref.slice("attach://".length)] : undefined;
        const upload = attached ?? files[field];
        let stored: StoredFile;
        if (upload) stored = this.addFile(upload.data, upload.filename);
        else {
          const existing = typeof ref === "string" ? this.files.get(ref) : undefined;
          if (!existing) throw new ApiFailure({ error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" });
          stored = existing;
        }
        if (stored.data.length === 0) throw new ApiFailure({ error_code: 400, description: "Bad Request: file must be non-empty" });
        if (method === "sendPhoto")
          extra.photo = [{ file_id: stored.id, file_unique_id: `u${stored.id}`, width: 800, height: 600, file_size: stored.data.length }];
        else extra.document = { file_id: stored.id, file_unique_id: `u${stored.id}`, file_name: stored.name, file_size: stored.data.length };
        return this.botMessage(chat, extra, params);
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        if (params.inline_message_id !== undefined) return true;
        const key = `${Number(params.chat_id)}:${Number(params.message_id)}`;
        const message = this.messages.get(key);
        if (!message) throw new ApiFailure({ error_code: 400, description: "Bad Request: message to edit not found" });
        if (message.from?.id !== this.bot.id) throw new ApiFailure({ error_code: 400, description: "Bad Request: message can't be edited" });
        this.checkMarkup(params.reply_markup);
        const next: Message = { ...message, edit_date: Math.floor(Date.now() / 1000) };
        if (method === "editMessageText") {
          const { text, entities } = this.formatted(params, "text");
          next.text = text;
          if (entities) next.entities = entities;
          else delete next.entities;
        }
        if (params.reply_markup !== undefined) next.reply_markup = params.reply_markup;
        else if (method === "editMessageText") delete next.reply_markup;
        if (
          next.text === message.text &&
          JSON.stringify(next.entities ?? []) === JSON.stringify(message.entities ?? []) &&
          JSON.stringify(next.reply_markup ?? null) === JSON.stringify(message.reply_markup ?? null)
        )
          throw new ApiFailure({
            error_code: 400,
            description:
              "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
          });
        this.messages.set(key, next);
        return next;
      }
      case "deleteMessage": {
        const key = `${Number(params.chat_id)}:${Number(params.message_id)}`;
        if (!this.messages.delete(key)) throw new ApiFailure({ error_code: 400, description: "Bad Request: message to delete not found" });
        return true;
      }
      case "answerCallbackQuery": {
        this.takeQuery("callback", this.openCallbackQueries, String(params.callback_query_id));
        return true;
      }
      case "answerInlineQuery": {
        this.takeQuery("inline", this.inlineQueries, String(params.inline_query_id));
        const results = params.results;
        if (!Array.isArray(results) || results.length > 50) throw new ApiFailure({ error_code: 400, description: "Bad Request: RESULTS_TOO_MUCH" });
        const ids = new Set<string>();
        for (const r of results as Record<string, unknown>[]) {
          const rid = String(r.id ?? "");
          if (rid.length === 0 || byteLength(rid) > 64 || ids.has(rid)) throw new ApiFailure({ error_code: 400, description: "Bad Request: RESULT_ID_INVALID" });
          ids.add(rid);
          const content = r.input_message_content as Record<string, unknown> | undefined;
          if (r.type === "article") {
            if (typeof r.title !== "string" || r.title.length === 0) throw new ApiFailure({ error_code: 400, description: "Bad Request: RESULT_TITLE_EMPTY" });
            if (!content) throw new ApiFailure({ error_code: 400, description: "Bad Request: input_message_content required" });
          }
          if (content && "message_text" in content) {
            const parsed = this.formatted({ text: content.message_text, parse_mode: content.parse_mode, entities: content.entities }, "text");
            if (!parsed.text) throw new ApiFailure({ error_code: 400, description: "Bad Request: MESSAGE_EMPTY" });
          }
          this.checkMarkup(r.reply_markup);
        }
        return true;
      }
      case "sendChatAction":
        return true;
      case "getChat":
        return this.chat(params.chat_id);
      case "getChatMember": {
        const userId = Number(params.user_id);
        const user: User = userId === this.bot.id ? this.bot : { id: userId, is_bot: false, first_name: "User" };
        return { user, status: this.chatAdmins.has(userId) ? "administrator" : "member" };
      }
      case "getChatAdministrators":
        return [...this.chatAdmins].map((id) => ({ user: { id, is_bot: false, first_name: "Admin" }, status: "administrator" }));
      case "getFile": {
        const file = this.files.get(String(params.file_id));
        if (!file) throw new ApiFailure({ error_code: 400, description: "Bad Request: invalid file_id" });
        return { file_id: file.id, file_unique_id: `u${file.id}`, file_size: file.data.length, file_path: file.path };
      }
      case "leaveChat":
        return true;
      case "close":
      case "logOut":
        return true;
      default:
        throw new ApiFailure({ error_code: 404, description: "Not Found: method not found" });
    }
  }

  /** A query is answered once, and within Telegram's deadline when one is set. */
  private takeQuery(kind: "inline" | "callback", open: Map<string, number>, id: string): void {
    const askedAt = open.get(id);
    const tooOld = { error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };
    if (askedAt === undefined) throw new ApiFailure(tooOld);
    open.delete(id);
    const afterMs = Date.now() - askedAt;
    const deadline = this.options.queryDeadlineMs?.[kind];
    const inTime = deadline === undefined || afterMs <= deadline;
    this.queryAnswers.push({ kind, id, afterMs, inTime });
    if (!inTime) throw new ApiFailure(tooOld);
  }

  private async getUpdates(params: Record<string, unknown>, res: ServerResponse, call: RecordedCall): Promise<Update[]> {
    if (this.webhook) throw new ApiFailure({ error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    if (this.poll)
      throw new ApiFailure({
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      });
    const offset = params.offset === undefined ? 0 : Number(params.offset);
    const limit = Math.max(1, Math.min(100, params.limit === undefined ? 100 : Number(params.limit)));
    const timeout = params.timeout === undefined ? 0 : Number(params.timeout);
    if (offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      this.confirmedOffset = Math.max(this.confirmedOffset, offset);
    }
    call.params = { ...params, confirmed: offset };
    const take = (): Update[] => this.queue.filter((u) => u.update_id >= offset).slice(0, limit);
    let updates = take();
    if (updates.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          res.off("close", done);
          this.poll = undefined;
          resolve();
        };
        const timer = setTimeout(done, timeout * 1000);
        res.on("close", done);
        this.poll = { wake: done };
      });
      updates = res.destroyed ? [] : take();
    }
    return updates;
  }
}

function resolveRateLimits(limits: boolean | Partial<RateLimits> | undefined): RateLimits | null {
  if (limits === undefined || limits === false) return null;
  if (limits === true) return { ...TELEGRAM_RATE_LIMITS };
  return { ...TELEGRAM_RATE_LIMITS, ...limits };
}

function commandsKey(params: Record<string, unknown>): string {
  return `${JSON.stringify(params.scope ?? { type: "default" })}|${String(params.language_code ?? "")}`;
}

function parseParams(req: IncomingMessage, url: URL, body: Buffer): { params: Record<string, unknown>; files: RecordedCall["files"] } {
  const params: Record<string, unknown> = {};
  for (const [k, v] of url.searchParams) params[k] = maybeJson(v);
  const type = req.headers["content-type"] ?? "";
  let files: RecordedCall["files"] = {};
  if (body.length > 0) {
    if (type.startsWith("application/json")) Object.assign(params, JSON.parse(body.toString("utf8")) as Record<string, unknown>);
    else if (type.startsWith("multipart/form-data")) {
      const boundary = /boundary=([^;]+)/.exec(type)?.[1] ?? "";
      const parsed = parseMultipart(body, boundary);
      for (const [k, v] of Object.entries(parsed.fields)) params[k] = maybeJson(v);
      files = parsed.files;
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = maybeJson(v);
    }
  }
  for (const k of ["chat_id", "message_id", "user_id", "offset", "limit", "timeout"]) {
    const v = params[k];
    if (typeof v === "string" && /^-?\d+$/.test(v)) params[k] = Number(v);
  }
  return { params, files };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

let nextUserId = 1000;

/** A fresh user for a test (distinct ids so per-user state does not leak between tests). */
export function makeUser(firstName = "Lan", extra: Partial<User> = {}): User {
  return { id: nextUserId++, is_bot: false, first_name: firstName, language_code: "vi", ...extra };
}

let nextGroupId = -100;

/** A fresh basic group chat. */
export function makeGroup(title = "Nhóm chuyển đổi số"): Chat {
  return { id: nextGroupId--, type: "group", title };
}
