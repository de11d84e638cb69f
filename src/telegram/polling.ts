import { run, type RunnerHandle } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log/logger.js";
import type { MyContext } from "./context.js";

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
  /** resolves if polling ends by itself (e.g. 401 or 409) */
  task: Promise<void> | undefined;
}

/**
 * Updates handled at once. Each waits for its answer to pass Telegram's limits, so under a burst most of them are
 * waiting, not working; the runner's default of 500 would stop fetching, and inline queries and button presses,
 * which must be answered within seconds, would sit unfetched behind them.
 */
const MAX_CONCURRENT_UPDATES = 20_000;

/** Long polling with @grammyjs/runner (concurrent, sequential per chat thanks to `sequentialize` in the bot). */
export function startPolling(bot: Bot<MyContext>, logger: Logger): Poller {
  const tracker = trackerOf(bot);
  const handle: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: 30 }, silent: true, retryInterval: "exponential" },
    sink: { concurrency: MAX_CONCURRENT_UPDATES },
  });
  return {
    task: handle.task(),
    async stop(graceMs = 3500) {
      const started = Date.now();
      if (handle.isRunning()) await handle.stop();
      const idle = await tracker.idle(graceMs);
      // the runner confirms a batch when it fetches the next one, so an answer cut off here is not retried
      if (!idle) logger.warn("stopping with updates still in flight after the grace period", { inFlight: tracker.inFlight });
      const offset = tracker.safeOffset();
      if (offset !== undefined) await confirmOffset(bot, offset, logger);
      logger.info("polling stopped", { offset, ms: Date.now() - started });
    },
  };
}

/** Tell Telegram the updates below `offset` are done (a zero-timeout getUpdates); retries briefly on 409. */
export async function confirmOffset(bot: Bot<MyContext>, offset: number, logger: Logger): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await bot.api.raw.getUpdates({ offset, limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] });
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
