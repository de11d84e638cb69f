/**
 * Telegram's clock run faster, for tests of pacing, 429s and outages that would otherwise take minutes: the
 * emulator measures its flood windows and retry_after in Telegram seconds of `secondMs`, and the bot's limits,
 * timeouts and breaker are the production ones scaled by the same factor. SECOND_MS: ten times faster.
 */
import { TELEGRAM_LIMITS, type RateLimits } from "../../src/alerts/index.js";
import { DEFAULT_BREAKER, DEFAULT_TIMEOUTS, type BreakerOptions, type OutboxTimeouts } from "../../src/telegram/outbox.js";

export const SECOND_MS = 100;

const scaleAll = <T extends object>(o: T, scale: number): T =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, (v as number) * scale])) as T;

/** Everything createOutgoing needs to run on a clock where one Telegram second lasts `secondMs`. */
export function scaledOutgoing(secondMs: number) {
  const scale = secondMs / 1000;
  const limits: RateLimits = {
    globalPerSecond: TELEGRAM_LIMITS.globalPerSecond / scale,
    perChatIntervalMs: TELEGRAM_LIMITS.perChatIntervalMs * scale,
    groupPerMinute: TELEGRAM_LIMITS.groupPerMinute,
    minuteMs: 60_000 * scale,
  };
  const timeouts: OutboxTimeouts = scaleAll(DEFAULT_TIMEOUTS, scale);
  const breaker: BreakerOptions = { ...scaleAll(DEFAULT_BREAKER, scale), failures: DEFAULT_BREAKER.failures };
  return {
    limits,
    secondMs,
    timeouts,
    breaker,
    delayNoticeMs: 4 * secondMs,
    noticeQuietMs: 600 * secondMs,
    backoffMs: (attempt: number) => Math.min(15, 0.5 * 2 ** (attempt - 1)) * secondMs,
  };
}

export const SCALED_OUTGOING = scaledOutgoing(SECOND_MS);

/** The alert runner's back-off on the fast clock. */
export const scaledAlertBackoff = (attempt: number): number => Math.min(30, 2 ** (Math.min(attempt, 16) - 1)) * SECOND_MS;

export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll until `predicate` holds (or fail after `timeoutMs`). */
export async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await wait(20);
  }
}
