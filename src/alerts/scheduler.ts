/** Telegram's broadcast limits as the scheduler applies them. */
export interface RateLimits {
  /** messages per second across every chat; kept a little under Telegram's 30 so jitter never trips it */
  globalPerSecond: number;
  /** minimum time between two messages to one chat; a little over Telegram's 1 s, as two requests can arrive closer than they left */
  perChatIntervalMs: number;
  /** messages per minute to one group (negative chat id) */
  groupPerMinute: number;
  /** the length of that minute (tests scale Telegram's clock down; default 60 000) */
  minuteMs?: number;
}

export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 28.5, perChatIntervalMs: 1100, groupPerMinute: 20 };

const MINUTE_MS = 60_000;

export function isGroupChat(chatId: number): boolean {
  return chatId < 0;
}

/** Two chats answering 429 within this window mean Telegram is limiting the bot as a whole, not one chat. */
const GLOBAL_FLOOD_WINDOW_MS = 1000;

/**
 * Decides when the next message may leave, for every outgoing message of the bot (answers and alerts
 * share one budget). Global sends are spaced evenly (a token bucket with no burst): bursts are what
 * trips Telegram's flood control, even spacing reaches the rate. A 429 pauses the chat it concerns, or
 * everything when several chats hear it at once; a dead API suspends everything until it is resumed.
 * Pure apart from the injected clock, so tests drive it with a fake one.
 */
export class RateGate {
  readonly intervalMs: number;
  private readonly minuteMs: number;
  private nextGlobal = 0;
  private pausedUntil = 0;
  private suspended = false;
  private readonly lastByChat = new Map<number, number>();
  private readonly chatPausedUntil = new Map<number, number>();
  private readonly groupLog = new Map<number, number[]>();
  private lastFlood: { chatId: number; at: number } | null = null;
  private readonly resumeListeners: (() => void)[] = [];
  /** whether a message to a person is ready to leave: the broadcast then leaves the slot to it */
  private interactiveReady: () => boolean = () => false;

  constructor(
    readonly limits: RateLimits = TELEGRAM_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.intervalMs = 1000 / limits.globalPerSecond;
    this.minuteMs = limits.minuteMs ?? MINUTE_MS;
  }

  /** Earliest time any message may leave; Infinity while suspended. */
  globalReadyAt(): number {
    if (this.suspended) return Infinity;
    return Math.max(this.nextGlobal, this.pausedUntil);
  }

  /** Earliest time a broadcast message may leave: answers to people waiting for a slot go first. */
  broadcastReadyAt(): number {
    const at = this.globalReadyAt();
    const now = this.now();
    return at <= now && this.interactiveReady() ? now + this.intervalMs : at;
  }

  /** Earliest time a message to this chat may leave, ignoring the global spacing. */
  chatReadyAt(chatId: number): number {
    let at = Math.max(this.pausedUntil, this.chatPausedUntil.get(chatId) ?? 0);
    const last = this.lastByChat.get(chatId);
    if (last !== undefined) at = Math.max(at, last + this.limits.perChatIntervalMs);
    const log = this.groupLog.get(chatId);
    if (log && log.length >= this.limits.groupPerMinute) {
      at = Math.max(at, log[log.length - this.limits.groupPerMinute]! + this.minuteMs);
    }
    return at;
  }

  /** Whether Telegram told the bot to wait before writing to this chat (or to anyone). */
  isPaused(chatId: number): boolean {
    const now = this.now();
    return this.suspended || this.pausedUntil > now || (this.chatPausedUntil.get(chatId) ?? 0) > now;
  }

  /** A message leaves now. */
  record(chatId: number): void {
    const now = this.now();
    this.takeGlobalSlot(now);
    this.lastByChat.set(chatId, now);
    if (isGroupChat(chatId)) {
      const log = this.groupLog.get(chatId) ?? [];
      log.push(now);
      if (log.length > this.limits.groupPerMinute) log.shift();
      this.groupLog.set(chatId, log);
    }
    this.prune(now);
  }

  /** The outgoing path tells the gate how to see whether an answer is waiting for a slot. */
  setInteractiveReady(ready: () => boolean): void {
    this.interactiveReady = ready;
  }

  /**
   * A 429 for a message to `chatId`: that chat waits `retryAfterMs`. When another chat heard a 429
   * within the last second, the limit is the bot's own, and everything waits.
   */
  tooManyRequests(chatId: number, retryAfterMs: number): void {
    const now = this.now();
    const until = now + retryAfterMs;
    this.chatPausedUntil.set(chatId, Math.max(this.chatPausedUntil.get(chatId) ?? 0, until));
    const previous = this.lastFlood;
    if (previous && previous.chatId !== chatId && now - previous.at <= GLOBAL_FLOOD_WINDOW_MS) this.pause(retryAfterMs);
    this.lastFlood = { chatId, at: now };
  }

  /** Nothing leaves before `retryAfterMs` has passed. */
  pause(retryAfterMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + retryAfterMs);
  }

  /** The Bot API looks dead: nothing leaves until `resume`. */
  suspend(): void {
    this.suspended = true;
  }

  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    for (const listener of this.resumeListeners) listener();
  }

  get isSuspended(): boolean {
    return this.suspended;
  }

  /** Called after `resume`, so that waiting senders start again without polling. */
  onResume(listener: () => void): void {
    this.resumeListeners.push(listener);
  }

  private takeGlobalSlot(now: number): void {
    // A timer that fires a little late keeps to the schedule (no drift); after an idle spell the
    // schedule restarts from now, so a burst never builds up.
    const base = this.nextGlobal >= now - this.intervalMs ? this.nextGlobal : now;
    this.nextGlobal = base + this.intervalMs;
  }

  private prune(now: number): void {
    if (this.lastByChat.size < 4096) return;
    for (const [chat, at] of this.lastByChat) if (at + this.minuteMs < now) this.lastByChat.delete(chat);
    for (const [chat, log] of this.groupLog) if ((log[log.length - 1] ?? 0) + this.minuteMs < now) this.groupLog.delete(chat);
    for (const [chat, until] of this.chatPausedUntil) if (until < now) this.chatPausedUntil.delete(chat);
  }
}

/**
 * One pending wake-up for a pump that sends when the limits allow: asking for an earlier time replaces
 * the timer, a later one keeps it. Shared by the alert runner and the outbox, which pace the same way.
 */
export class WakeTimer {
  private timer: NodeJS.Timeout | null = null;
  private at = Infinity;

  constructor(
    private readonly now: () => number,
    private readonly wake: () => void,
  ) {}

  schedule(at: number): void {
    if (this.timer && at >= this.at) return;
    this.clear();
    this.at = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.at = Infinity;
      this.wake();
    }, Math.max(0, at - this.now()));
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.at = Infinity;
  }
}
