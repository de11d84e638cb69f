import { autoRetry } from "@grammyjs/auto-retry";
import type { Transformer } from "grammy";
import { WakeTimer, type RateGate } from "../alerts/index.js";
import type { Logger } from "../log/logger.js";
import type { Lang } from "../render/bot-copy.js";

/**
 * The one way out to Telegram for every request the bot makes.
 *
 * Messages to people (answers, follow-ups, charts, exports, notices) wait in a queue per chat and leave
 * when the shared RateGate allows (30/s overall, 1/s per chat, 20/min per group); the alert broadcast
 * takes the same gate's slots only when no answer is ready, so answers go first and both together stay
 * under the limit. Answers to inline queries and button presses are not rate-limited by Telegram and
 * have short deadlines: they never queue behind a message.
 *
 * A 429 pauses the chat it concerns (or everything, see RateGate.tooManyRequests) for retry_after,
 * however long; 5xx, network errors and timeouts keep a message queued with a bounded back-off, so a
 * question is answered late rather than not at all. Consecutive transient failures open a circuit
 * breaker: nothing is sent until a probe (getMe) gets an answer. Every request has a timeout.
 *
 * Why not @grammyjs/transformer-throttler: it has no priorities (alerts would compete with answers),
 * does not pause on 429 (it leaves that to auto-retry, which retries each request on its own and gives
 * up), and keeps its own in-memory queues, while the alert broadcast must stay in its durable SQLite
 * queue and only borrow slots.
 */

export type Lane = "answers" | "alerts";

export interface OutboxTimeouts {
  /** a text message, an edit, a copy */
  sendMs: number;
  /** a message carrying a file (charts, exports) */
  uploadMs: number;
  /** answerCallbackQuery, answerInlineQuery */
  urgentMs: number;
  /** everything else (getMe, getChatMember, getFile, setMyCommands…) */
  otherMs: number;
  /** added to a long poll's own `timeout` */
  pollMarginMs: number;
}

export const DEFAULT_TIMEOUTS: OutboxTimeouts = { sendMs: 5000, uploadMs: 20_000, urgentMs: 5000, otherMs: 10_000, pollMarginMs: 10_000 };

export interface BreakerOptions {
  /** consecutive transient failures that open the breaker */
  failures: number;
  /** first probe after opening; each failed probe doubles the wait up to maxProbeMs */
  firstProbeMs: number;
  maxProbeMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failures: 3, firstProbeMs: 1000, maxProbeMs: 15_000 };

export interface OutboxOptions {
  gate: RateGate;
  logger: Logger;
  /** how long one second of Telegram's retry_after lasts: 1000, except in tests that scale Telegram's clock */
  secondMs?: number;
  timeouts?: Partial<OutboxTimeouts>;
  breaker?: Partial<BreakerOptions>;
  /** an answer still waiting after this long gets one notice in its chat (default 4000 ms) */
  delayNoticeMs?: number;
  /** the notice's words */
  delayNotice?: (lang: Lang) => string;
  /** a chat told its answer is late is not told again within this long (default 10 min) */
  noticeQuietMs?: number;
  /** an answer failing with transient errors is given up after waiting this long (default 30 min) */
  maxAgeMs?: number;
  /** wait before the n-th retry of an answer after a transient error */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
}

/** Bot API methods that put a message into a chat (what Telegram's flood limits count). */
const MESSAGE_METHODS = /^(send(?!ChatAction)[A-Z]\w*|copyMessages?|forwardMessages?|editMessage\w*)$/;
const UPLOAD_METHODS = /^send(Photo|Document|Video|Audio|Animation|Voice|VideoNote|MediaGroup|Sticker)$/;
/** Answers with a deadline of a few seconds and no flood limit. */
const URGENT_METHODS = new Set(["answerCallbackQuery", "answerInlineQuery", "answerPreCheckoutQuery", "answerShippingQuery"]);

type ApiCallFn = Parameters<Transformer>[0];
type Payload = Record<string, unknown>;
interface ApiResult {
  ok: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
  result?: unknown;
}

interface Pending {
  chatId: number;
  method: string;
  payload: Payload;
  prev: ApiCallFn;
  signal: AbortSignal | undefined;
  enqueuedAt: number;
  attempts: number;
  notBefore: number;
  notice: boolean;
  resolve: (res: ApiResult) => void;
  reject: (err: unknown) => void;
}

interface ChatQueue {
  items: Pending[];
  inFlight: boolean;
}

const defaultBackoff = (attempt: number): number => Math.min(15_000, 500 * 2 ** (Math.min(attempt, 10) - 1));
/** chats whose language and last notice are remembered (the oldest are forgotten beyond this) */
const LANGUAGES_KEPT = 10_000;

/** Why a request failed, as one line for the log. */
function describeError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { error?: unknown }).error ?? err.cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}

export class Outbox {
  readonly gate: RateGate;
  private readonly logger: Logger;
  private readonly secondMs: number;
  private readonly timeouts: OutboxTimeouts;
  private readonly breakerOpts: BreakerOptions;
  private readonly delayNoticeMs: number;
  private readonly delayNotice: ((lang: Lang) => string) | undefined;
  private readonly noticeQuietMs: number;
  /** when each chat was last told its answer is late */
  private readonly toldAt = new Map<number, number>();
  private readonly maxAgeMs: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly now: () => number;
  private readonly chats = new Map<number, ChatQueue>();
  private readonly languages = new Map<number, Lang>();
  private readonly wakeTimer: WakeTimer;
  private pumping = false;
  private consecutiveFailures = 0;
  private probeDelayMs: number;
  private probeTimer: NodeJS.Timeout | null = null;
  /** the last transport seen: the breaker's probe goes through it */
  private transport: ApiCallFn | null = null;
  private readonly retryOther: Transformer = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 });
  private stopped = false;
  /** figures for tests and the benchmark */
  readonly counters = { sent: 0, tooManyRequests: 0, transientFailures: 0, notices: 0, probes: 0, dropped: 0 };

  constructor(opts: OutboxOptions) {
    this.gate = opts.gate;
    this.logger = opts.logger;
    this.secondMs = opts.secondMs ?? 1000;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    this.breakerOpts = { ...DEFAULT_BREAKER, ...opts.breaker };
    this.delayNoticeMs = opts.delayNoticeMs ?? 4000;
    this.delayNotice = opts.delayNotice;
    this.noticeQuietMs = opts.noticeQuietMs ?? 10 * 60_000;
    this.maxAgeMs = opts.maxAgeMs ?? 30 * 60_000;
    this.backoffMs = opts.backoffMs ?? defaultBackoff;
    this.now = opts.now ?? Date.now;
    this.wakeTimer = new WakeTimer(this.now, () => this.pump());
    this.probeDelayMs = this.breakerOpts.firstProbeMs;
    this.gate.setInteractiveReady(() => this.hasReady(this.now()));
    this.gate.onResume(() => this.pump());
  }

  /** The transformer for one Api: the bot's own (answers) or the broadcast's (alerts, paced by their runner). */
  transformer(lane: Lane): Transformer {
    const t = async (prev: ApiCallFn, method: string, payload: Payload, signal?: AbortSignal): Promise<ApiResult> => {
      this.transport = prev;
      const chatId = typeof payload.chat_id === "number" ? payload.chat_id : undefined;
      if (MESSAGE_METHODS.test(method) && chatId !== undefined) {
        if (lane === "answers") return this.enqueue(prev, method, payload, signal, chatId);
        if (this.gate.isSuspended) return unavailable();
        return this.call(prev, method, payload, signal);
      }
      if (method === "getUpdates") return this.call(prev, method, payload, signal);
      if (this.gate.isSuspended) return unavailable();
      if (URGENT_METHODS.has(method)) return this.call(prev, method, payload, signal);
      const direct = ((m: string, p: Payload, s?: AbortSignal) => this.call(prev, m, p, s)) as unknown as ApiCallFn;
      return (await this.retryOther(direct, method as never, payload as never, signal as never)) as ApiResult;
    };
    return t as unknown as Transformer;
  }

  /** The chat's language, for the delay notice (the bot notes it from each update). */
  noteLanguage(chatId: number, lang: Lang): void {
    if (this.languages.get(chatId) === lang) return;
    if (this.languages.size >= LANGUAGES_KEPT) this.languages.clear();
    this.languages.set(chatId, lang);
  }

  /** Messages waiting or in flight. */
  get depth(): number {
    let n = 0;
    for (const q of this.chats.values()) n += q.items.length;
    return n;
  }

  /** Stop the timers (shutdown); queued messages stay unsent. */
  stop(): void {
    this.stopped = true;
    this.wakeTimer.clear();
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  private enqueue(prev: ApiCallFn, method: string, payload: Payload, signal: AbortSignal | undefined, chatId: number): Promise<ApiResult> {
    return new Promise<ApiResult>((resolve, reject) => {
      const now = this.now();
      const item: Pending = { chatId, method, payload, prev, signal, enqueuedAt: now, attempts: 0, notBefore: now, notice: false, resolve, reject };
      let q = this.chats.get(chatId);
      if (!q) {
        q = { items: [], inFlight: false };
        this.chats.set(chatId, q);
      }
      q.items.push(item);
      signal?.addEventListener("abort", () => this.abandon(item), { once: true });
      this.pump();
    });
  }

  /** The caller gave up on a message that has not left yet. */
  private abandon(item: Pending): void {
    const q = this.chats.get(item.chatId);
    if (!q) return;
    const i = q.items.indexOf(item);
    if (i < 0 || (i === 0 && q.inFlight)) return;
    q.items.splice(i, 1);
    if (q.items.length === 0 && !q.inFlight) this.chats.delete(item.chatId);
    item.reject(new Error(`${item.method} was aborted before it was sent`));
  }

  /** Whether some chat's next message could leave now (the broadcast yields its slot to it). */
  private hasReady(now: number): boolean {
    for (const [chatId, q] of this.chats) {
      const head = q.items[0];
      if (!q.inFlight && head && head.notBefore <= now && this.gate.chatReadyAt(chatId) <= now) return true;
    }
    return false;
  }

  private pump(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    try {
      this.wakeTimer.clear();
      for (;;) {
        const now = this.now();
        const globalAt = this.gate.globalReadyAt();
        if (globalAt > now) {
          // Infinity: the breaker is open, and resume() pumps again
          if (Number.isFinite(globalAt) && this.chats.size > 0) this.wakeTimer.schedule(globalAt);
          return;
        }
        const pick = this.pick(now);
        if (pick.chatId === undefined) {
          if (Number.isFinite(pick.wakeAt)) this.wakeTimer.schedule(pick.wakeAt);
          return;
        }
        this.gate.record(pick.chatId);
        this.dispatch(pick.chatId, pick.queue!);
      }
    } finally {
      this.pumping = false;
    }
  }

  /**
   * The chat whose message leaves next: a due delay notice first, then the chat that has waited
   * longest (chats keep the order in which their backlog began). Otherwise when to look again.
   */
  private pick(now: number): { chatId?: number; queue: ChatQueue | undefined; wakeAt: number } {
    let wakeAt = Infinity;
    let first: { chatId: number; queue: ChatQueue } | undefined;
    let readyAhead = 0;
    for (const [chatId, q] of this.chats) {
      if (q.inFlight || q.items.length === 0) continue;
      const head = q.items[0]!;
      const readyAt = Math.max(this.gate.chatReadyAt(chatId), head.notBefore);
      if (readyAt > now) {
        wakeAt = Math.min(wakeAt, readyAt);
        continue;
      }
      if (head.notice) return { chatId, queue: q, wakeAt };
      wakeAt = Math.min(wakeAt, this.noticeIfLate(chatId, q, now, readyAhead));
      if (q.items[0]!.notice) return { chatId, queue: q, wakeAt };
      first ??= { chatId, queue: q };
      readyAhead++;
    }
    return { ...first, queue: first?.queue, wakeAt };
  }

  /**
   * Put the delay notice in front of a chat's late answer when it helps: the answer could leave as far
   * as its chat goes, but `readyAhead` chats' messages go before it for at least another second. Once in
   * a while per chat (a person asking several questions in a row is told once). Returns when to look again.
   */
  private noticeIfLate(chatId: number, q: ChatQueue, now: number, readyAhead: number): number {
    if (!this.delayNotice) return Infinity;
    const told = this.toldAt.get(chatId);
    if (told !== undefined && now - told < this.noticeQuietMs) return Infinity;
    const dueAt = q.items[0]!.enqueuedAt + this.delayNoticeMs;
    if (dueAt > now) return dueAt;
    if (readyAhead * this.gate.intervalMs < this.secondMs) return Infinity;
    this.markTold(chatId, now);
    this.addNotice(chatId, q, now);
    return Infinity;
  }

  private markTold(chatId: number, now: number): void {
    if (this.toldAt.size >= LANGUAGES_KEPT)
      for (const [chat, at] of this.toldAt) if (now - at >= this.noticeQuietMs) this.toldAt.delete(chat);
    this.toldAt.set(chatId, now);
  }

  private addNotice(chatId: number, q: ChatQueue, now: number): void {
    const text = this.delayNotice!(this.languages.get(chatId) ?? "vi");
    const head = q.items[0]!;
    q.items.unshift({
      chatId,
      method: "sendMessage",
      payload: { chat_id: chatId, text },
      prev: head.prev,
      signal: undefined,
      enqueuedAt: now,
      attempts: 0,
      notBefore: now,
      notice: true,
      resolve: () => {},
      reject: () => {},
    });
    this.counters.notices++;
  }

  private dispatch(chatId: number, q: ChatQueue): void {
    const item = q.items[0]!;
    q.inFlight = true;
    const settle = (done: boolean, outcome: () => void): void => {
      q.inFlight = false;
      if (done) {
        q.items.shift();
        outcome();
      }
      if (q.items.length === 0) this.chats.delete(chatId);
      this.pump();
    };
    this.call(item.prev, item.method, item.payload, item.signal).then(
      (res) => {
        if (res.ok) {
          this.counters.sent++;
          return settle(true, () => item.resolve(res));
        }
        if (res.error_code === 429) {
          const seconds = Math.max(1, res.parameters?.retry_after ?? 1);
          this.counters.tooManyRequests++;
          this.gate.tooManyRequests(chatId, seconds * this.secondMs);
          this.logger.warn("429 from the Bot API: the chat waits, the answer stays queued", { chat_id: chatId, method: item.method, retry_after: seconds });
          return settle(false, () => {});
        }
        if ((res.error_code ?? 0) >= 500) return settle(this.retryLater(item, `${res.error_code}: ${res.description}`), () => this.giveUp(item, res));
        // a permanent refusal (blocked, bad request): the caller learns it as a GrammyError
        return settle(true, () => item.resolve(res));
      },
      (err: unknown) => {
        if (item.signal?.aborted) return settle(true, () => item.reject(err));
        settle(this.retryLater(item, describeError(err)), () => this.giveUp(item, err));
      },
    );
  }

  /** After a transient failure: true when the message is given up (too old), else it waits its back-off. */
  private retryLater(item: Pending, reason: string): boolean {
    item.attempts++;
    const now = this.now();
    if (now - item.enqueuedAt >= this.maxAgeMs) return true;
    item.notBefore = now + this.backoffMs(item.attempts);
    if (item.attempts === 1) this.logger.warn("message not delivered yet; it stays queued", { chat_id: item.chatId, method: item.method, reason });
    return false;
  }

  private giveUp(item: Pending, last: ApiResult | unknown): void {
    this.counters.dropped++;
    this.logger.error("message given up after failing for too long", { chat_id: item.chatId, method: item.method, attempts: item.attempts, ageMs: this.now() - item.enqueuedAt });
    if (typeof last === "object" && last !== null && "ok" in last) item.resolve(last as ApiResult);
    else item.reject(last);
  }

  /** One request with its timeout, counted by the breaker. */
  private async call(prev: ApiCallFn, method: string, payload: Payload, signal: AbortSignal | undefined): Promise<ApiResult> {
    const timeoutMs = this.timeoutFor(method, payload);
    // one controller for both the caller's abort and the timeout (AbortSignal.any loses its listeners to GC on some Node 20 releases)
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const res = await (prev as unknown as (m: string, p: Payload, s?: AbortSignal) => Promise<ApiResult>)(method, payload, controller.signal);
      if (res.ok || (res.error_code ?? 0) < 500) this.succeeded();
      else this.failed(method, `${res.error_code}: ${res.description}`);
      return res;
    } catch (err) {
      if (!signal?.aborted) this.failed(method, timedOut ? `timed out after ${timeoutMs} ms` : describeError(err));
      throw err;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private timeoutFor(method: string, payload: Payload): number {
    if (method === "getUpdates") return (typeof payload.timeout === "number" ? payload.timeout : 0) * 1000 + this.timeouts.pollMarginMs;
    if (URGENT_METHODS.has(method)) return this.timeouts.urgentMs;
    if (UPLOAD_METHODS.test(method)) return this.timeouts.uploadMs;
    if (MESSAGE_METHODS.test(method)) return this.timeouts.sendMs;
    return this.timeouts.otherMs;
  }

  private succeeded(): void {
    this.consecutiveFailures = 0;
    if (this.gate.isSuspended) this.close("a request succeeded");
  }

  private failed(method: string, reason: string): void {
    this.counters.transientFailures++;
    this.consecutiveFailures++;
    if (this.consecutiveFailures < this.breakerOpts.failures || this.gate.isSuspended) return;
    this.gate.suspend();
    this.logger.error("the Bot API is not answering: sending stops until a probe succeeds", { method, reason, failures: this.consecutiveFailures });
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    if (this.stopped || this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      void this.probe();
    }, this.probeDelayMs);
  }

  private async probe(): Promise<void> {
    const transport = this.transport;
    if (!transport || !this.gate.isSuspended) return;
    this.counters.probes++;
    try {
      // an answer of any kind closes the breaker (see succeeded)
      await this.call(transport, "getMe", {}, undefined);
    } catch {
      // still down: the next probe waits longer
    }
    if (!this.gate.isSuspended) return;
    this.probeDelayMs = Math.min(this.breakerOpts.maxProbeMs, this.probeDelayMs * 2);
    this.scheduleProbe();
  }

  private close(why: string): void {
    this.consecutiveFailures = 0;
    this.probeDelayMs = this.breakerOpts.firstProbeMs;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    // answers that waited out a back-off during the outage go now
    const now = this.now();
    for (const q of this.chats.values()) for (const item of q.items) item.notBefore = Math.min(item.notBefore, now);
    this.logger.info("the Bot API answers again: sending resumes", { why });
    this.gate.resume();
  }

}

/** What a request answers while the breaker is open: no request is made. */
function unavailable(): ApiResult {
  return { ok: false, error_code: 503, description: "Service Unavailable: the Bot API is not answering; the bot is waiting for it to recover" };
}
