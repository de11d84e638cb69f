import type { Lang } from "../answer/types.js";
import type { Dataset, Decision } from "../domain/dataset.js";
import { alertTableButton, alertUnitButton, renderAlert, renderDeliveryReport } from "../render/alerts.js";
import { composeAlert, entriesByUnit, type EntriesByUnit } from "./compose.js";
import type { AlertsDb } from "./db.js";
import { DecisionLedger, newDecisions, subscriptionMatches, unitIdsOf } from "./detect.js";
import { DeliveryQueue, type AlertAction, type AlertPayload } from "./queue.js";
import type { QueueStats } from "./stats.js";
import { RefStore } from "./refs.js";
import { DeliveryRunner, silentLogger, type AlertsLogger, type SendFn } from "./runner.js";
import { RateGate, TELEGRAM_LIMITS, type RateLimits } from "./scheduler.js";
import { chatLanguage, SubscriptionStore, type Subscription } from "./subscriptions.js";

export { DamagedStateError, openAlertsDb, type AlertsDb } from "./db.js";
export { queueStats, type QueueStats } from "./stats.js";
export type { SendFn, SendOutcome, AlertsLogger } from "./runner.js";
export type { AlertAction, AlertPayload, DeliveryReport } from "./queue.js";
export type { Subscription, SubscriptionTarget, SubscriptionKind } from "./subscriptions.js";
export { RateGate, TELEGRAM_LIMITS, WakeTimer, type RateLimits } from "./scheduler.js";
export { UploadStore, type Upload } from "./uploads.js";
export { PublishService, type PublishResult, type PublishServiceOptions } from "./publish.js";

/** Buttons for at most this many followed units per alert; the rest are in the table views. */
const MAX_UNIT_BUTTONS = 6;

export interface AlertsOptions {
  db: AlertsDb;
  send: SendFn;
  limits?: RateLimits;
  /** the bot's outgoing budget, shared with its answers (else the alerts have one of their own) */
  gate?: RateGate;
  logger?: AlertsLogger;
  now?: () => number;
  maxInFlight?: number;
  backoffMs?: (attempt: number) => number;
}

export interface EnqueuedAlert {
  decisionId: string;
  alertId: number;
  chats: number;
}

/** Subscriptions, new-decision detection and the durable broadcast, over one SQLite database. */
export class Alerts {
  readonly db: AlertsDb;
  readonly subscriptions: SubscriptionStore;
  readonly ledger: DecisionLedger;
  readonly queue: DeliveryQueue;
  readonly refs: RefStore;
  readonly gate: RateGate;
  readonly runner: DeliveryRunner;
  private readonly logger: AlertsLogger;

  constructor(private readonly opts: AlertsOptions) {
    this.db = opts.db;
    const now = opts.now ?? Date.now;
    this.logger = opts.logger ?? silentLogger;
    this.subscriptions = new SubscriptionStore(opts.db, now);
    this.ledger = new DecisionLedger(opts.db, now);
    this.queue = new DeliveryQueue(opts.db, (r, chatId) => toPayload(renderDeliveryReport(r, chatLanguage(opts.db, chatId))), now);
    this.refs = new RefStore(opts.db);
    this.gate = opts.gate ?? new RateGate(opts.limits ?? TELEGRAM_LIMITS, now);
    this.runner = new DeliveryRunner({
      queue: this.queue,
      gate: this.gate,
      send: opts.send,
      now,
      logger: this.logger,
      ...(opts.maxInFlight !== undefined ? { maxInFlight: opts.maxInFlight } : {}),
      ...(opts.backoffMs !== undefined ? { backoffMs: opts.backoffMs } : {}),
    });
  }

  /**
   * At start-up, with the dataset the bot loaded: on the very first start every decision present is
   * recorded as already known; later, decisions added while the bot was down are announced now.
   * Then deliveries interrupted by a crash or a restart resume.
   */
  start(dataset: Dataset): EnqueuedAlert[] {
    const enqueued = this.onDatasetChanged(dataset);
    this.runner.start();
    return enqueued;
  }

  async stop(): Promise<void> {
    await this.runner.stop();
  }

  /**
   * The bot reloaded the dataset: every decision not announced before gets one alert, with one
   * delivery per subscribed chat, written in one transaction with the ledger entry, so a crash
   * leaves either the whole alert queued or the decision still new.
   */
  onDatasetChanged(dataset: Dataset): EnqueuedAlert[] {
    if (this.ledger.seedIfFirstStart(dataset)) {
      this.logger.info("alerts: first start, existing decisions recorded as known", { decisions: dataset.decisions.length });
      return [];
    }
    const fresh = newDecisions(dataset, this.ledger.known());
    if (fresh.length === 0) return [];
    const byUnit = entriesByUnit(dataset);
    const subs = this.subscriptions.all();
    const out: EnqueuedAlert[] = [];
    for (const decision of fresh) {
      const deliveries = this.deliveriesFor(dataset, decision, subs, byUnit);
      const alertId = this.opts.db.transaction(() => {
        const id = this.queue.createAlert(decision.id, this.ledger.publisherOf(decision.id), deliveries);
        this.ledger.markKnown([decision.id]);
        return id;
      })();
      if (alertId === null) continue;
      out.push({ decisionId: decision.id, alertId, chats: deliveries.length });
      this.logger.info("alerts: new decision, alert queued", { decision: decision.id, alertId, chats: deliveries.length });
    }
    this.runner.wake();
    return out;
  }

  /** Queue depth, oldest open alert's age and deliveries failed for good (the health endpoint). */
  stats(): QueueStats {
    return this.queue.stats();
  }

  /** How many chats would hear about a decision (the admin's "Publish" confirmation). */
  countSubscribersFor(decision: Decision): number {
    const units = unitIdsOf(decision);
    return new Set(this.subscriptions.all().filter((s) => subscriptionMatches(s, decision, units)).map((s) => s.chatId)).size;
  }

  private deliveriesFor(dataset: Dataset, decision: Decision, subs: Subscription[], byUnit: EntriesByUnit): { chatId: number; payload: AlertPayload }[] {
    const units = unitIdsOf(decision);
    const byChat = new Map<number, Subscription[]>();
    for (const s of subs) {
      if (!subscriptionMatches(s, decision, units)) continue;
      const list = byChat.get(s.chatId) ?? [];
      list.push(s);
      byChat.set(s.chatId, list);
    }
    // Chats that follow the same things get the same message: compose each variant once.
    const cache = new Map<string, AlertPayload>();
    const out: { chatId: number; payload: AlertPayload }[] = [];
    for (const [chatId, chatSubs] of byChat) {
      const lang = this.subscriptions.languageOf(chatId);
      const key = `${lang}|` + chatSubs
        .filter((s) => s.kind !== "all")
        .map((s) => `${s.kind}:${s.target}`)
        .sort()
        .join("|");
      let payload = cache.get(key);
      if (!payload) {
        payload = this.alertPayload(dataset, decision, chatSubs, byUnit, lang);
        cache.set(key, payload);
      }
      out.push({ chatId, payload });
    }
    return out;
  }

  private alertPayload(dataset: Dataset, decision: Decision, subs: Subscription[], byUnit: EntriesByUnit, lang: Lang): AlertPayload {
    const view = composeAlert(dataset, decision, subs, byUnit);
    const actions: AlertAction[][] = view.tables.map((t) => [{ label: alertTableButton(t, lang), kind: "table", ref: this.refs.idFor("table", t.tableId) }]);
    const followed = view.tables.flatMap((t) => t.followed.map((r) => ({ t, r })));
    for (const { t, r } of followed.slice(0, MAX_UNIT_BUTTONS))
      actions.push([{ label: alertUnitButton(r), kind: "unit", ref: this.refs.idFor("unit", `${t.tableId}\n${r.unitId}`) }]);
    return { ...toPayload(renderAlert(view, lang)), actions };
  }
}

function toPayload(f: { text: string; entities: AlertPayload["entities"] }): AlertPayload {
  return { text: f.text, entities: f.entities };
}
