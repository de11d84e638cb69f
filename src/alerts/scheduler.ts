/** Telegram's broadcast limits as the scheduler applies them. */
export interface RateLimits {
  /** messages per second across every chat; kept a little under Telegram's 30 so jitter never trips it */
  globalPerSecond: number;
  /** minimum time between two messages to one chat */
  perChatIntervalMs: number;
  /** messages per minute to one group (negative chat id) */
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 28.5, perChatIntervalMs: 1000, groupPerMinute: 20 };

const MINUTE_MS = 60_000;

export function isGroupChat(chatId: number): boolean {
  return chatId < 0;
}

/**
 * Decides when the next message may leave. Global sends are spaced evenly (a token bucket with no
 * burst): bursts are what trips Telegram's flood control, even spacing reaches the rate. Pure apart
 * from the injected clock, so tests drive it with a fake one.
 */
export class RateGate {
  private readonly intervalMs: number;
  private nextGlobal = 0;
  private pausedUntil = 0;
  private readonly lastByChat = new Map<number, number>();
  private readonly groupLog = new Map<number, number[]>();

  constructor(
    readonly limits: RateLimits = TELEGRAM_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.intervalMs = 1000 / limits.globalPerSecond;
  }

  /** Earliest time any message may leave. */
  globalReadyAt(): number {
    return Math.max(this.nextGlobal, this.pausedUntil);
  }

  /** Earliest time a message to this chat may leave, ignoring the global spacing. */
  chatReadyAt(chatId: number): number {
    let at = this.pausedUntil;
    const last = this.lastByChat.get(chatId);
    if (last !== undefined) at = Math.max(at, last + this.limits.perChatIntervalMs);
    const log = this.groupLog.get(chatId);
    if (log && log.length >= this.limits.groupPerMinute) {
      at = Math.max(at, log[log.length - this.limits.groupPerMinute]! + MINUTE_MS);
    }
    return at;
  }

  /** A broadcast message leaves now. */
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

  /**
   * Another part of the bot (an answer to a question) used the bot's shared budget: it never waits,
   * the broadcast yields one slot instead.
   */
  recordForeign(): void {
    this.takeGlobalSlot(this.now());
  }

  /** A 429 answered: nothing leaves before `retryAfterMs` has passed. */
  pause(retryAfterMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + retryAfterMs);
  }

  private takeGlobalSlot(now: number): void {
    // A timer that fires a little late keeps to the schedule (no drift); after an idle spell the
    // schedule restarts from now, so a burst never builds up.
    const base = this.nextGlobal >= now - this.intervalMs ? this.nextGlobal : now;
    this.nextGlobal = base + this.intervalMs;
  }

  private prune(now: number): void {
    if (this.lastByChat.size < 4096) return;
    for (const [chat, at] of this.lastByChat) if (at + MINUTE_MS < now) this.lastByChat.delete(chat);
    for (const [chat, log] of this.groupLog) if ((log[log.length - 1] ?? 0) + MINUTE_MS < now) this.groupLog.delete(chat);
  }
}
