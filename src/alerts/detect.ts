import type { Dataset, Decision } from "../domain/dataset.js";
import { foldKey } from "../text/vietnamese.js";
import type { AlertsDb } from "./db.js";
import type { Subscription } from "./subscriptions.js";

/** Decisions of `dataset` not in `known`, in dataset order. */
export function newDecisions(dataset: Dataset, known: ReadonlySet<string>): Decision[] {
  return dataset.decisions.filter((d) => !known.has(d.id));
}

export function unitIdsOf(decision: Decision): Set<string> {
  const ids = new Set<string>();
  for (const t of decision.tables) for (const r of t.rows) ids.add(r.unitId);
  return ids;
}

/** Whether a province subscription's target is the decision's province. */
export function coversProvince(target: string, decision: Pick<Decision, "province">): boolean {
  return decision.province !== null && foldKey(target) === foldKey(decision.province);
}

/** Whether a subscription asks to hear about this decision. */
export function subscriptionMatches(sub: Pick<Subscription, "kind" | "target">, decision: Decision, units = unitIdsOf(decision)): boolean {
  switch (sub.kind) {
    case "all":
      return true;
    case "province":
      return coversProvince(sub.target, decision);
    case "unit":
      return units.has(sub.target);
    default: {
      const never: never = sub.kind;
      return never;
    }
  }
}

/**
 * Which decisions have already been announced (or existed before alerts were switched on).
 * On the very first start every decision present is recorded as known, so old decisions are
 * never broadcast.
 */
export class DecisionLedger {
  constructor(
    private readonly db: AlertsDb,
    private readonly now: () => number = Date.now,
  ) {}

  private isSeeded(): boolean {
    return this.db.prepare("SELECT 1 FROM meta WHERE key = 'ledger_seeded'").get() !== undefined;
  }

  known(): Set<string> {
    return new Set(this.db.prepare("SELECT decision_id FROM known_decisions").pluck().all() as string[]);
  }

  /** Record ids as known; call inside the transaction that enqueues their alerts. */
  markKnown(ids: Iterable<string>): void {
    const insert = this.db.prepare("INSERT OR IGNORE INTO known_decisions (decision_id, known_at) VALUES (?, ?)");
    const at = this.now();
    for (const id of ids) insert.run(id, at);
  }

  /** First start: everything present is old news. Returns true when it seeded now. */
  seedIfFirstStart(dataset: Dataset): boolean {
    return this.db.transaction(() => {
      if (this.isSeeded()) return false;
      this.markKnown(dataset.decisions.map((d) => d.id));
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('ledger_seeded', ?)").run(String(this.now()));
      return true;
    })();
  }

  /** The admin who pressed "Publish" for a decision gets its delivery report. */
  setPublisher(decisionId: string, chatId: number): void {
    this.db
      .prepare("INSERT OR REPLACE INTO publishers (decision_id, chat_id, at) VALUES (?, ?, ?)")
      .run(decisionId, chatId, this.now());
  }

  publisherOf(decisionId: string): number | null {
    const v = this.db.prepare("SELECT chat_id FROM publishers WHERE decision_id = ?").pluck().get(decisionId) as
      | number
      | undefined;
    return v ?? null;
  }
}
