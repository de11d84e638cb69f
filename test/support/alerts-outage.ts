/**
 * Telegram's clock run ten times faster, for tests of pacing, 429s and outages that would otherwise take
 * minutes: the emulator measures its flood windows and retry_after in SECOND_MS, and the bot's limits,
 * timeouts and breaker are the production ones scaled by the same factor.
 */
import { TELEGRAM_LIMITS, type RateLimits } from "../../src/alerts/index.js";
import { DEFAULT_BREAKER, DEFAULT_TIMEOUTS, type BreakerOptions, type OutboxTimeouts } from "../../src/telegram/outbox.js";

export const SECOND_MS = 100;
const SCALE = SECOND_MS / 1000;

export const SCALED_LIMITS: RateLimits = {
  globalPerSecond: TELEGRAM_LIMITS.globalPerSecond / SCALE,
  perChatIntervalMs: TELEGRAM_LIMITS.perChatIntervalMs * SCALE,
  groupPerMinute: TELEGRAM_LIMITS.groupPerMinute,
  minuteMs: 60_000 * SCALE,
};

const scaleAll = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, (v as number) * SCALE])) as T;

export const SCALED_TIMEOUTS: OutboxTimeouts = scaleAll(DEFAULT_TIMEOUTS);
export const SCALED_BREAKER: BreakerOptions = { ...scaleAll(DEFAULT_BREAKER), failures: DEFAULT_BREAKER.failures };

/** Everything createOutgoing needs to run on the fast clock. */
export const SCALED_OUTGOING = {
  limits: SCALED_LIMITS,
  secondMs: SECOND_MS,
  timeouts: SCALED_TIMEOUTS,
  breaker: SCALED_BREAKER,
  delayNoticeMs: 4 * SECOND_MS,
  backoffMs: (attempt: number) => Math.min(15, 0.5 * 2 ** (attempt - 1)) * SECOND_MS,
};

/** The alert runner's back-off on the same clock. */
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
