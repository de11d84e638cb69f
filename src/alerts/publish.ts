import type { Lang } from "../answer/types.js";
import { decisionId } from "../dataset/build.js";
import { ingestContent } from "../dataset/pipeline.js";
import { loadDataset } from "../dataset/store.js";
import type { Dataset, Decision } from "../domain/dataset.js";
import type { Problem } from "../ingest/problems.js";
import type { Alerts, EnqueuedAlert } from "./index.js";
import type { AlertsLogger } from "./runner.js";

export type PublishResult =
  | { ok: false; problem: Problem | undefined }
  | {
      ok: true;
      /** the decision as published, when the dataset holds it */
      decision: Decision | undefined;
      /** the decision was already announced before: no new alert */
      alreadyAnnounced: boolean;
      /** chats the alert goes to */
      chats: number;
    };

export interface PublishServiceOptions {
  alerts: Alerts;
  dataDir: string;
  /** the dataset the bot started with */
  dataset: Dataset;
  /** the bot answers from `next` from now on (rebuild its knowledge) */
  onApplied: (next: Dataset) => void;
  logger: AlertsLogger;
}

/** Which decision texts a dataset was built from: two datasets with the same signature answer alike. */
const signatureOf = (d: Dataset): string => d.decisions.map((x) => `${x.id}:${x.sha256}`).join(",");

/**
 * The one path from a new decision to its subscribers: ledger → ingest → reload → alert. The admin's
 * Publish button and the dataset watcher (an `npm run ingest` beside the running bot) both come here,
 * and a dataset seen twice (the button's reload, then the watcher noticing the same file) is applied once.
 */
export class PublishService {
  private dataset: Dataset;
  private applied: string;

  constructor(private readonly opts: PublishServiceOptions) {
    this.dataset = opts.dataset;
    this.applied = signatureOf(opts.dataset);
  }

  current(): Dataset {
    return this.dataset;
  }

  /** dataset.json changed on disk: answer from it and alert its new decisions; a broken file changes nothing. */
  reload(): EnqueuedAlert[] {
    let next: Dataset;
    try {
      next = loadDataset(this.opts.dataDir);
    } catch (err) {
      this.opts.logger.error("dataset reload failed; still answering from the previous dataset", { error: err instanceof Error ? err.message : String(err) });
      return [];
    }
    return this.apply(next);
  }

  /** An administrator publishes a decision text they uploaded; `reportChatId` receives the delivery report. */
  /** `lang`: the administrator's language, which the delivery report speaks. */
  async publish(fileName: string, content: string | Uint8Array, reportChatId: number, lang?: Lang): Promise<PublishResult> {
    const id = decisionId(fileName);
    const alreadyAnnounced = this.opts.alerts.ledger.known().has(id);
    // Recorded before the dataset changes, so whichever reload notices the decision first sends the report there.
    this.opts.alerts.ledger.setPublisher(id, reportChatId);
    if (lang) this.opts.alerts.subscriptions.rememberLanguage(reportChatId, lang);
    const result = await ingestContent(fileName, content, this.opts.dataDir);
    if (!result.ok || !result.dataset) return { ok: false, problem: result.reports.flatMap((r) => r.problems)[0] };
    const enqueued = this.apply(result.dataset);
    const decision = result.dataset.decisions.find((d) => d.id === id);
    const mine = enqueued.find((e) => e.decisionId === id);
    const chats = mine?.chats ?? (decision ? this.opts.alerts.countSubscribersFor(decision) : 0);
    return { ok: true, decision, alreadyAnnounced: alreadyAnnounced && !mine, chats };
  }

  private apply(next: Dataset): EnqueuedAlert[] {
    const signature = signatureOf(next);
    if (signature === this.applied) return [];
    this.applied = signature;
    const started = Date.now();
    this.dataset = next;
    this.opts.onApplied(next);
    this.opts.logger.info("dataset reloaded", { decisions: next.decisions.length, ms: Date.now() - started });
    return this.opts.alerts.onDatasetChanged(next);
  }
}
