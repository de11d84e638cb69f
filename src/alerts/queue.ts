import { z } from "zod";
import type { AlertsDb } from "./db.js";
import { deleteChatSubscriptions, moveChatSubscriptions } from "./subscriptions.js";
import { queueStats, type QueueStats } from "./stats.js";

const AlertActionSchema = z.object({
  label: z.string().min(1),
  /** what pressing it shows: the whole table, or one followed unit's row */
  kind: z.enum(["table", "unit"]),
  /** a short id from the RefStore naming that table or row */
  ref: z.number().int().nonnegative(),
});
export type AlertAction = z.infer<typeof AlertActionSchema>;

/**
 * One message as stored in the queue, in no messenger's terms: text with entities (data-safe, no
 * HTML) and rows of actions; src/telegram turns the actions into buttons.
 */
export const AlertPayloadSchema = z.object({
  text: z.string().min(1),
  entities: z.array(z.looseObject({ type: z.string(), offset: z.number().int(), length: z.number().int() })),
  actions: z.array(z.array(AlertActionSchema)).optional(),
});
/** A formatting span as Telegram's entities describe one (type, offset, length and the type's own fields). */
export interface AlertEntity {
  type: string;
  offset: number;
  length: number;
}
export interface AlertPayload {
  text: string;
  entities: AlertEntity[];
  actions?: AlertAction[][];
}

export type DeliveryKind = "alert" | "report";
export type DeliveryStatus = "pending" | "sending" | "done" | "failed" | "removed" | "migrated";

export interface Delivery {
  alertId: number;
  kind: DeliveryKind;
  chatId: number;
  attempts: number;
  payload: AlertPayload;
}

export interface DeliveryReport {
  alertId: number;
  decisionId: string;
  /** chats the alert was addressed to (a migrated group counts once, under its new id) */
  total: number;
  sent: number;
  failed: number;
  /** chats that blocked or removed the bot and were unsubscribed */
  removed: number;
  /** still pending or in flight */
  open: number;
  tooManyRequests: number;
  /** the last error of each failed chat, for the log */
  errors: { chatId: number; error: string }[];
}

/** The report for the chat that published the decision (its language is looked up by its id). */
export type ReportPayloadFn = (report: DeliveryReport, chatId: number) => AlertPayload;

interface DeliveryRow {
  alert_id: number;
  kind: DeliveryKind;
  chat_id: number;
  attempts: number;
  payload: string;
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    alertId: row.alert_id,
    kind: row.kind,
    chatId: row.chat_id,
    attempts: row.attempts,
    payload: AlertPayloadSchema.parse(JSON.parse(row.payload)),
  };
}

const OPEN = "('pending', 'sending')";

/**
 * The durable delivery queue. Every (alert, chat) row is committed before its message is sent
 * (`claim` moves it to "sending") and marked "done" in the same event-loop turn the Bot API
 * accepts it. Terminal transitions and the alert's completion happen in one transaction, so the
 * delivery report is enqueued exactly when the last chat is settled.
 */
export class DeliveryQueue {
  private readonly finishedElsewhere: number[] = [];

  constructor(
    private readonly db: AlertsDb,
    private readonly reportPayload: ReportPayloadFn,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Create the alert for a decision with one pending delivery per chat. Idempotent per decision:
   * returns null when that decision already has an alert. Call inside the caller's transaction
   * when other writes must be atomic with it.
   */
  createAlert(decisionId: string, reportChatId: number | null, deliveries: { chatId: number; payload: AlertPayload }[]): number | null {
    return this.db.transaction(() => {
      const at = this.now();
      const info = this.db
        .prepare("INSERT OR IGNORE INTO alerts (decision_id, created_at, report_chat_id) VALUES (?, ?, ?)")
        .run(decisionId, at, reportChatId);
      if (info.changes === 0) return null;
      const alertId = Number(info.lastInsertRowid);
      const insert = this.db.prepare(
        `INSERT OR IGNORE INTO deliveries (alert_id, kind, chat_id, status, payload, updated_at)
         VALUES (?, 'alert', ?, 'pending', ?, ?)`,
      );
      for (const d of deliveries) insert.run(alertId, d.chatId, JSON.stringify(d.payload), at);
      this.finishIfComplete(alertId);
      return alertId;
    })();
  }

  /**
   * After a crash, a row still "sending" may or may not have reached the chat: the process died
   * between handing the request over and committing Telegram's answer. It goes back to pending
   * (at-least-once for that single in-flight request): a repeated alert is a nuisance, a missed
   * official announcement is the failure this queue exists to prevent.
   */
  recoverInFlight(): number {
    return this.db
      .prepare("UPDATE deliveries SET status = 'pending', updated_at = ? WHERE status = 'sending'")
      .run(this.now()).changes;
  }

  /** Pending rows whose time has come, oldest alert first; reports before alerts. */
  ready(limit: number): Delivery[] {
    const rows = this.db
      .prepare(
        `SELECT alert_id, kind, chat_id, attempts, payload FROM deliveries
         WHERE status = 'pending' AND not_before <= ?
         ORDER BY kind DESC, not_before, alert_id, chat_id LIMIT ?`,
      )
      .all(this.now(), limit) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  /** When the earliest deferred pending row becomes ready; null when nothing is pending. */
  nextReadyAt(): number | null {
    const v = this.db.prepare("SELECT MIN(not_before) FROM deliveries WHERE status = 'pending'").pluck().get() as
      | number
      | null;
    return v ?? null;
  }

  openCount(): number {
    return this.db.prepare(`SELECT COUNT(*) FROM deliveries WHERE status IN ${OPEN}`).pluck().get() as number;
  }

  /** Move a pending row to "sending" (committed before the request leaves). */
  claim(d: Delivery): boolean {
    return (
      this.db
        .prepare(
          "UPDATE deliveries SET status = 'sending', updated_at = ? WHERE alert_id = ? AND kind = ? AND chat_id = ? AND status = 'pending'",
        )
        .run(this.now(), d.alertId, d.kind, d.chatId).changes === 1
    );
  }

  /** Not before `at` (a chat's own limit, a 429, a back-off); `countAttempt` for real failures. */
  defer(d: Delivery, at: number, countAttempt: boolean, error: string | null = null): void {
    this.db
      .prepare(
        `UPDATE deliveries SET status = 'pending', not_before = ?, attempts = attempts + ?, error = COALESCE(?, error), updated_at = ?
         WHERE alert_id = ? AND kind = ? AND chat_id = ? AND status IN ${OPEN}`,
      )
      .run(at, countAttempt ? 1 : 0, error, this.now(), d.alertId, d.kind, d.chatId);
  }

  /**
   * Rows waiting out a back-off after transient errors become ready now (the API answers again).
   * Rows deferred by a chat's own limit come back too and are deferred again by the runner.
   */
  expediteRetries(): number {
    const now = this.now();
    return this.db
      .prepare("UPDATE deliveries SET not_before = ?, updated_at = ? WHERE status = 'pending' AND attempts > 0 AND not_before > ?")
      .run(now, now, now).changes;
  }

  /** What the health endpoint reports: how much waits, since when, and how many deliveries failed for good. */
  stats(): QueueStats {
    return queueStats(this.db, this.now());
  }

  /** Settled: returns the alert id when this was its last open chat (the caller reports it), else null. */
  markDone(d: Delivery, messageId: number | null): number | null {
    return this.settle(d, "done", null, messageId);
  }

  markFailed(d: Delivery, error: string): number | null {
    return this.settle(d, "failed", error, null);
  }

  /** The chat blocked or removed the bot: unsubscribe it and drop its other pending alerts. */
  markRemoved(d: Delivery, error: string): number | null {
    return this.db.transaction(() => {
      deleteChatSubscriptions(this.db, d.chatId);
      const others = this.db
        .prepare(
          `SELECT alert_id, kind, chat_id, attempts, payload FROM deliveries
           WHERE chat_id = ? AND kind = 'alert' AND status = 'pending'`,
        )
        .all(d.chatId) as DeliveryRow[];
      let finished: number | null = null;
      for (const o of [d, ...others.map(toDelivery)]) {
        const done = this.settle(o, "removed", error, null);
        if (o.alertId === d.alertId) finished = done;
        else if (done !== null) this.finishedElsewhere.push(done);
      }
      return finished;
    })();
  }

  /** Alerts finished as a side effect of another chat's settlement (a removed chat's other alerts). */
  takeFinishedElsewhere(): number[] {
    return this.finishedElsewhere.splice(0);
  }

  /**
   * A group became a supergroup: its subscriptions and its open deliveries move to the new id
   * (unless that chat already has the same alert), and the old rows are closed as "migrated".
   */
  migrate(d: Delivery, newChatId: number): number | null {
    return this.db.transaction(() => {
      const at = this.now();
      moveChatSubscriptions(this.db, d.chatId, newChatId);
      const rows = this.db
        .prepare(
          `SELECT alert_id, kind, chat_id, attempts, payload FROM deliveries
           WHERE chat_id = ? AND (status = 'pending' OR (alert_id = ? AND kind = ?))`,
        )
        .all(d.chatId, d.alertId, d.kind) as DeliveryRow[];
      const insert = this.db.prepare(
        `INSERT OR IGNORE INTO deliveries (alert_id, kind, chat_id, status, payload, updated_at)
         VALUES (?, ?, ?, 'pending', ?, ?)`,
      );
      const close = this.db.prepare(
        `UPDATE deliveries SET status = 'migrated', error = ?, updated_at = ? WHERE alert_id = ? AND kind = ? AND chat_id = ?`,
      );
      for (const r of rows) {
        insert.run(r.alert_id, r.kind, newChatId, r.payload, at);
        close.run(`migrated to ${newChatId}`, at, r.alert_id, r.kind, r.chat_id);
      }
      return d.kind === "alert" && this.finishIfComplete(d.alertId) ? d.alertId : null;
    })();
  }

  noteTooManyRequests(alertId: number): void {
    this.db.prepare("UPDATE alerts SET too_many_requests = too_many_requests + 1 WHERE id = ?").run(alertId);
  }

  report(alertId: number): DeliveryReport {
    const alert = this.db.prepare("SELECT decision_id, too_many_requests FROM alerts WHERE id = ?").get(alertId) as
      | { decision_id: string; too_many_requests: number }
      | undefined;
    if (!alert) throw new Error(`No alert with id ${alertId}`);
    const counts = this.db
      .prepare("SELECT status, COUNT(*) AS n FROM deliveries WHERE alert_id = ? AND kind = 'alert' GROUP BY status")
      .all(alertId) as { status: DeliveryStatus; n: number }[];
    const by = (s: DeliveryStatus): number => counts.find((c) => c.status === s)?.n ?? 0;
    const errors = this.db
      .prepare("SELECT chat_id AS chatId, error FROM deliveries WHERE alert_id = ? AND kind = 'alert' AND status = 'failed'")
      .all(alertId) as { chatId: number; error: string }[];
    const sent = by("done");
    const failed = by("failed");
    const removed = by("removed");
    const open = by("pending") + by("sending");
    return {
      alertId,
      decisionId: alert.decision_id,
      total: sent + failed + removed + open,
      sent,
      failed,
      removed,
      open,
      tooManyRequests: alert.too_many_requests,
      errors,
    };
  }

  /** Alerts by id, newest first. */
  alerts(): { id: number; decisionId: string; createdAt: number; finishedAt: number | null; reportChatId: number | null }[] {
    return this.db
      .prepare(
        "SELECT id, decision_id AS decisionId, created_at AS createdAt, finished_at AS finishedAt, report_chat_id AS reportChatId FROM alerts ORDER BY id DESC",
      )
      .all() as { id: number; decisionId: string; createdAt: number; finishedAt: number | null; reportChatId: number | null }[];
  }

  /** Status of every delivery of an alert (tests, benchmarks, diagnostics). */
  statuses(alertId: number, kind: DeliveryKind = "alert"): Map<number, DeliveryStatus> {
    const rows = this.db
      .prepare("SELECT chat_id, status FROM deliveries WHERE alert_id = ? AND kind = ?")
      .all(alertId, kind) as { chat_id: number; status: DeliveryStatus }[];
    return new Map(rows.map((r) => [r.chat_id, r.status]));
  }

  private settle(d: Delivery, status: "done" | "failed" | "removed", error: string | null, messageId: number | null): number | null {
    return this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE deliveries SET status = ?, error = ?, message_id = ?, updated_at = ?
           WHERE alert_id = ? AND kind = ? AND chat_id = ?`,
        )
        .run(status, error, messageId, this.now(), d.alertId, d.kind, d.chatId);
      return d.kind === "alert" && this.finishIfComplete(d.alertId) ? d.alertId : null;
    })();
  }

  /** Close the alert when no chat is open any more (and queue the publisher's report); true when it closed now. */
  private finishIfComplete(alertId: number): boolean {
    const open = this.db
      .prepare(`SELECT COUNT(*) FROM deliveries WHERE alert_id = ? AND kind = 'alert' AND status IN ${OPEN}`)
      .pluck()
      .get(alertId) as number;
    if (open > 0) return false;
    const alert = this.db.prepare("SELECT finished_at, report_chat_id FROM alerts WHERE id = ?").get(alertId) as
      | { finished_at: number | null; report_chat_id: number | null }
      | undefined;
    if (!alert || alert.finished_at !== null) return false;
    const at = this.now();
    this.db.prepare("UPDATE alerts SET finished_at = ? WHERE id = ?").run(at, alertId);
    if (alert.report_chat_id === null) return true;
    const payload = this.reportPayload(this.report(alertId), alert.report_chat_id);
    this.db
      .prepare(
        `INSERT OR IGNORE INTO deliveries (alert_id, kind, chat_id, status, payload, updated_at)
         VALUES (?, 'report', ?, 'pending', ?, ?)`,
      )
      .run(alertId, alert.report_chat_id, JSON.stringify(payload), at);
    return true;
  }
}
