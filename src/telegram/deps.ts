import type { Alerts, PublishService } from "../alerts/index.js";
import type { Config } from "../config/index.js";
import type { Logger } from "../log/logger.js";
import type { Knowledge } from "../search/index.js";
import type { SessionStore } from "./session.js";

/** What the subscriptions and admin-upload features need beyond BotDeps. */
export interface AlertsFeatureDeps {
  alerts: Alerts;
  /** ledger → ingest → reload → alert, for the admin's Publish button */
  publisher: PublishService;
}

/** Everything the bot needs from outside, passed in so tests and the terminal chat can use their own. */
export interface BotDeps {
  /** a getter, because the knowledge is swapped when the dataset is rebuilt while the bot runs */
  knowledge: () => Knowledge;
  config: Config;
  logger: Logger;
  sessionStore: SessionStore;
  /** subscriptions, alerts and the admin's Publish; absent where there is no state (terminal chat, benchmarks) */
  alerts?: AlertsFeatureDeps;
  /** the charts feature's dependencies; present when charts are enabled (shape owned by features/charts.ts) */
  charts?: object;
  /** per-user flood limit on messages and button presses (default: 12 per 10 s) */
  rateLimit?: { limit: number; timeFrameMs: number };
}
