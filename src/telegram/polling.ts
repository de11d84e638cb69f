import { createConcurrentSink, createRunner, createSource } from "@grammyjs/runner";
import { GrammyError, type Api, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log/logger.js";
import type { MyContext } from "./context.js";
import { rootCause } from "./startup.js";

/** Updates the bot asks for: polling and webhook both say so explicitly (my_chat_member is not sent by default). */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "my_chat_member"] as const;

/**
 * Which updates were fetched and which have finished. The runner confirms a batch only by fetching the next one, so
 * the last batch before a stop is confirmed here (else the next start would answer it again), and a stop waits for
 * the unfinished ones first.
 */
export class UpdateTracker {
  private pending = new Set<number>();
  private maxSeen: number | undefined;
  private idleWaiters: (() => void)[] = [];

  fetched(updates: readonly Update[]): void {
    for (const u of updates) {
      this.pending.add(u.update_id);
      this.maxSeen = this.maxSeen === undefined ? u.update_id : Math.max(this.maxSeen, u.update_id);
    }
  }

  finished(updateId: number): void {
    this.pending.delete(updateId);
    if (this.pending.size === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** The offset that confirms every finished update and none that is unfinished; undefined if nothing was fetched. */
  safeOffset(): number | undefined {
    if (this.maxSeen === undefined) return undefined;
    return this.pending.size > 0 ? Math.min(...this.pending) : this.maxSeen + 1;
  }

  /** Resolves when nothing is in flight, or after `ms` (whichever is first); true when idle. */
  idle(ms: number): Promise<boolean> {
    if (this.pending.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        resolve(false);
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idleWaiters.push(done);
    });
  }
}

const trackers = new WeakMap<object, UpdateTracker>();

/**
 * Install tracking on a bot: an API transformer sees every fetched batch, a middleware installed before all others
 * sees every finish. Called once by createBot; `trackerOf` finds it again.
 */
export function trackUpdates(bot: Bot<MyContext>): UpdateTracker {
  const tracker = new UpdateTracker();
  // every other call passes straight through: one async step less for each reply
  bot.api.config.use((prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    return prev(method, payload, signal).then((res) => {
      if (res.ok) tracker.fetched(res.result as Update[]);
      return res;
    });
  });
  bot.use(async (ctx, next) => {
    // webhook updates arrive without a getUpdates call: count them from here
    tracker.fetched([ctx.update]);
    try {
      await next();
    } finally {
      tracker.finished(ctx.update.update_id);
    }
  });
  trackers.set(bot, tracker);
  return tracker;
}

export function trackerOf(bot: Bot<MyContext>): UpdateTracker {
  const tracker = trackers.get(bot);
  if (!tracker) throw new Error("trackerOf: this bot was not built by createBot");
  return tracker;
}

export interface Poller {
  /** Stop fetching, let in-flight updates finish (up to `graceMs`), confirm the offset. */
  stop(graceMs?: number): Promise<void>;
  /** rejects if polling ends by itself: the token was revoked (401) or another instance polls (409) */
  task: Promise<void> | undefined;
}

/** Told about every long poll's outcome (the health endpoint's view of the poller). */
export interface PollObserver {
  pollSucceeded(at: number): void;
  pollFailed(at: number, cause: string): void;
}

export interface PollingOptions {
  /** the client for getUpdates: without auto-retry, so that every failure is seen, logged and backed off here */
  api: Api;
  logger: Logger;
  observer?: PollObserver;
  /** long-poll timeout in seconds (Telegram holds the request this long when there is nothing new) */
  timeoutSeconds?: number;
  /** pause after the first failure, doubled after each next one up to `maxRetryMs` */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/** 401 and 409 do not get better by retrying: the runner stops and the process exits with a clear message. */
export class PollingStopped extends Error {
  constructor(message: string, readonly error_code: number) {
    super(message);
    this.name = "PollingStopped";
  }
}

/** grammY and the runner type their signals with the abort-controller shim, not the DOM's AbortSignal. */
type Signal = NonNullable<Parameters<Api["getUpdates"]>[1]>;

function abortableSleep(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

/**
 * The long-poll loop: getUpdates until it answers. A failure is logged with its cause and the pause before the
 * next try (doubling, capped); the first success after failures is logged once with how long polling was down.
 */
export function updateFetcher(opts: PollingOptions, tracker: UpdateTracker): (batchSize: number, signal: Signal) => Promise<Update[]> {
  const { api, logger, observer } = opts;
  const firstRetryMs = opts.firstRetryMs ?? 1000;
  const maxRetryMs = opts.maxRetryMs ?? 30_000;
  let offset = 0;
  let failingSince: number | undefined;
  let failures = 0;
  return async (batchSize, signal) => {
    let retryMs = firstRetryMs;
    for (;;) {
      let updates: Update[];
      try {
        // after a failure, a short poll: a long one would hold the news that the API is back for up to 30 s
        const timeout = failingSince === undefined ? (opts.timeoutSeconds ?? 30) : 0;
        updates = await api.getUpdates({ offset, limit: Math.max(1, Math.min(batchSize, 100)), timeout, allowed_updates: [...ALLOWED_UPDATES] }, signal);
      } catch (err) {
        if (signal.aborted) throw err;
        const now = Date.now();
        if (err instanceof GrammyError && err.error_code === 401)
          throw new PollingStopped("The Bot API rejected BOT_TOKEN while polling (401 Unauthorized): the token was revoked. Put the new token from @BotFather into BOT_TOKEN and restart.", 401);
        if (err instanceof GrammyError && err.error_code === 409)
          throw new PollingStopped(
            `Another process is polling with this token (409 Conflict: ${err.description}). Run exactly one instance per token; stop the other one (or its webhook) first.`,
            409,
          );
        failingSince ??= now;
        failures++;
        const retryAfterS = err instanceof GrammyError ? err.parameters.retry_after : undefined;
        const wait = retryAfterS !== undefined ? retryAfterS * 1000 : retryMs;
        const cause = rootCause(err);
        observer?.pollFailed(now, cause);
        logger.warn("polling failed; retrying", { cause, failures, failingForMs: now - failingSince, retryInMs: wait });
        await abortableSleep(wait, signal);
        if (signal.aborted) throw err;
        retryMs = Math.min(retryMs * 2, maxRetryMs);
        continue;
      }
      const now = Date.now();
      observer?.pollSucceeded(now);
      if (failingSince !== undefined) {
        logger.info("polling recovered", { failures, downForMs: now - failingSince });
        failingSince = undefined;
        failures = 0;
      }
      tracker.fetched(updates);
      const last = updates[updates.length - 1];
      if (last) offset = last.update_id + 1;
      return updates;
    }
  };
}

/**
 * Updates handled at once. Each waits for its answer to pass Telegram's limits, so under a burst most of them are
 * waiting, not working; the runner's default of 500 would stop fetching, and inline queries and button presses,
 * which must be answered within seconds, would sit unfetched behind them.
 */
const MAX_CONCURRENT_UPDATES = 20_000;

/**
 * Long polling with @grammyjs/runner's source, sink and runner (concurrent, sequential per chat thanks to
 * `sequentialize` in the bot), fed by `updateFetcher` instead of the runner's own silent, retry-forever fetcher.
 */
export function startPolling(bot: Bot<MyContext>, opts: PollingOptions): Poller {
  const tracker = trackerOf(bot);
  const { logger } = opts;
  const fetchUpdates = updateFetcher(opts, tracker);
  const source = createSource({ supply: fetchUpdates });
  const sink = createConcurrentSink<Update>({ consume: (update) => bot.handleUpdate(update) }, async (error) => {
    // handleUpdate throws only what the error boundary let through
    logger.error("an update failed outside the error boundary", { error });
  }, { concurrency: MAX_CONCURRENT_UPDATES });
  const runner = createRunner(source, sink);
  runner.start();
  return {
    task: runner.task(),
    async stop(graceMs = 3500) {
      const started = Date.now();
      if (runner.isRunning()) await runner.stop();
      const idle = await tracker.idle(graceMs);
      // the runner confirms a batch when it fetches the next one, so an answer cut off here is not retried
      if (!idle) logger.warn("stopping with updates still in flight after the grace period", { inFlight: tracker.inFlight });
      const offset = tracker.safeOffset();
      if (offset !== undefined) await confirmOffset(opts.api, offset, logger);
      logger.info("polling stopped", { offset, ms: Date.now() - started });
    },
  };
}

/** Tell Telegram the updates below `offset` are done (a zero-timeout getUpdates); retries briefly on 409. */
export async function confirmOffset(api: Api, offset: number, logger: Logger): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await api.raw.getUpdates({ offset, limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] });
      return;
    } catch (err) {
      // the aborted long poll may still be open on the server for a moment
      if (err instanceof GrammyError && err.error_code === 409) await new Promise((r) => setTimeout(r, 100));
      else {
        logger.error("could not confirm the update offset", { offset, error: err });
        return;
      }
    }
  }
  logger.error("could not confirm the update offset: 409 conflict persisted", { offset });
}
