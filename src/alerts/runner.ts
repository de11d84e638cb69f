import type { AlertPayload, Delivery, DeliveryQueue } from "./queue.js";
import { WakeTimer, type RateGate } from "./scheduler.js";

/** What the Bot API said about one message, as far as delivery cares. */
export type SendOutcome =
  | { kind: "ok"; messageId: number | null }
  | { kind: "retry_after"; seconds: number }
  | { kind: "blocked"; description: string }
  | { kind: "migrated"; newChatId: number }
  /** 5xx, network, timeout, the API unreachable: the delivery stays queued and is tried again later */
  | { kind: "transient"; description: string }
  /** the Bot API refused this message for good (a 400 other than "chat not found"): recorded as failed */
  | { kind: "rejected"; description: string };

export type SendFn = (chatId: number, payload: AlertPayload) => Promise<SendOutcome>;

export interface AlertsLogger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export const silentLogger: AlertsLogger = { info() {}, warn() {}, error() {} };

export interface RunnerOptions {
  queue: DeliveryQueue;
  gate: RateGate;
  send: SendFn;
  /** requests in flight at once: the real Bot API is ~100 ms away, so one at a time cannot reach 30/s */
  maxInFlight?: number;
  /** wait before the n-th retry after a transient error; bounded, so a recovered API is used again soon */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
  logger?: AlertsLogger;
}

export const defaultBackoffMs = (attempt: number): number => Math.min(30_000, 1000 * 2 ** (Math.min(attempt, 16) - 1));

const BATCH = 16;

/**
 * Drains the delivery queue within the rate gate. One timer, woken when something is enqueued,
 * when a request finishes, or when the earliest deferred row or global slot comes due.
 */
export class DeliveryRunner {
  private readonly queue: DeliveryQueue;
  private readonly gate: RateGate;
  private readonly send: SendFn;
  private readonly maxInFlight: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly now: () => number;
  private readonly logger: AlertsLogger;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly wakeTimer: WakeTimer;
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(opts: RunnerOptions) {
    this.queue = opts.queue;
    this.gate = opts.gate;
    this.send = opts.send;
    this.maxInFlight = opts.maxInFlight ?? 8;
    this.backoffMs = opts.backoffMs ?? defaultBackoffMs;
    this.now = opts.now ?? Date.now;
    this.wakeTimer = new WakeTimer(this.now, () => this.pump());
    this.logger = opts.logger ?? silentLogger;
    this.gate.onResume(() => {
      // the API answers again: what waited out a back-off during the outage goes now, not minutes later
      if (!this.running) return;
      const expedited = this.queue.expediteRetries();
      if (expedited > 0) this.logger.info("alerts: Bot API reachable again, resuming deliveries", { expedited });
      this.pump();
    });
  }

  /** Resume after a restart: rows left "sending" by a crash are sent again, then the queue drains. */
  start(): void {
    if (this.running) return;
    const recovered = this.queue.recoverInFlight();
    if (recovered > 0) this.logger.warn("alerts: resending deliveries interrupted by a restart", { recovered });
    this.running = true;
    this.pump();
  }

  /** Something was enqueued. */
  wake(): void {
    if (this.running) this.pump();
  }

  /** Stop taking new rows and wait for the requests in flight to be settled. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeTimer.clear();
    await Promise.allSettled([...this.inFlight]);
    this.resolveIdle();
  }

  /** Resolves when nothing is pending, deferred or in flight (tests and benchmarks). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.inFlight.size === 0 && this.queue.openCount() === 0;
  }

  private resolveIdle(): void {
    if (this.idleWaiters.length === 0) return;
    if (this.running && !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private pump(): void {
    if (!this.running) return;
    this.wakeTimer.clear();
    while (this.running && this.inFlight.size < this.maxInFlight) {
      const now = this.now();
      const globalAt = this.gate.broadcastReadyAt();
      if (globalAt > now) {
        // Infinity: the API is down, and the gate's resume wakes the runner
        if (Number.isFinite(globalAt)) this.wakeAt(globalAt);
        return;
      }
      const batch = this.queue.ready(BATCH);
      if (batch.length === 0) {
        const next = this.queue.nextReadyAt();
        if (next !== null) this.wakeAt(next);
        this.resolveIdle();
        return;
      }
      let dispatched = false;
      for (const d of batch) {
        const chatAt = this.gate.chatReadyAt(d.chatId);
        if (chatAt > now) {
          this.queue.defer(d, chatAt, false);
          continue;
        }
        if (!this.queue.claim(d)) continue;
        this.gate.record(d.chatId);
        this.dispatch(d);
        dispatched = true;
        break;
      }
      if (!dispatched && batch.length < BATCH) {
        const next = this.queue.nextReadyAt();
        if (next !== null) this.wakeAt(next);
        return;
      }
    }
  }

  private dispatch(d: Delivery): void {
    const p = this.send(d.chatId, d.payload)
      .catch((err: unknown): SendOutcome => ({ kind: "transient", description: err instanceof Error ? err.message : String(err) }))
      .then((outcome) => this.settle(d, outcome))
      .catch((err: unknown) => this.logger.error("alerts: could not record a delivery", { chatId: d.chatId, err: String(err) }))
      .finally(() => {
        this.inFlight.delete(p);
        this.pump();
        this.resolveIdle();
      });
    this.inFlight.add(p);
  }

  private settle(d: Delivery, outcome: SendOutcome): void {
    switch (outcome.kind) {
      case "ok":
        return this.finished(this.queue.markDone(d, outcome.messageId));
      case "retry_after": {
        const waitMs = Math.max(1, outcome.seconds) * 1000;
        this.gate.tooManyRequests(d.chatId, waitMs);
        this.queue.noteTooManyRequests(d.alertId);
        this.queue.defer(d, this.now() + waitMs, false);
        this.logger.warn("alerts: 429 from the Bot API, waiting", { chatId: d.chatId, retryAfter: outcome.seconds });
        return;
      }
      case "blocked":
        this.logger.info("alerts: chat blocked or removed the bot, unsubscribed", { chatId: d.chatId, reason: outcome.description });
        this.finished(this.queue.markRemoved(d, outcome.description));
        for (const other of this.queue.takeFinishedElsewhere()) this.finished(other);
        return;
      case "migrated":
        this.logger.info("alerts: group migrated to a supergroup", { from: d.chatId, to: outcome.newChatId });
        return this.finished(this.queue.migrate(d, outcome.newChatId));
      case "rejected":
        this.logger.error("alerts: the Bot API refused the message, delivery failed", { chatId: d.chatId, error: outcome.description });
        return this.finished(this.queue.markFailed(d, outcome.description));
      case "transient": {
        const attempt = d.attempts + 1;
        this.queue.defer(d, this.now() + this.backoffMs(attempt), true, outcome.description);
        return;
      }
      default: {
        const never: never = outcome;
        throw new Error(`Unknown send outcome ${JSON.stringify(never)}`);
      }
    }
  }

  /**
   * An alert whose last chat was just settled: the log says how it went. The publishing admin also
   * gets the report as a message; an alert from `npm run ingest` has only this line and queue.stats().
   */
  private finished(alertId: number | null): void {
    if (alertId === null) return;
    const r = this.queue.report(alertId);
    const fields = { alertId, decision: r.decisionId, total: r.total, sent: r.sent, failed: r.failed, removed: r.removed, errors: r.errors.slice(0, 20) };
    if (r.failed > 0) this.logger.error("alerts: alert finished, some chats could not be reached", fields);
    else this.logger.info("alerts: alert finished", fields);
  }

  private wakeAt(at: number): void {
    if (this.running) this.wakeTimer.schedule(at);
  }
}
