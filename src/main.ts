/**
 * Composition root: config → dataset → knowledge → bot → alerts, then long polling (or a webhook) until SIGTERM/SIGINT.
 * Shutdown: stop fetching, let in-flight answers finish, confirm the update offset, flush state, exit 0 — within 5 s.
 */
import { statSync, unwatchFile, watchFile } from "node:fs";
import { tuneV8ForAnswering } from "./runtime/v8-tuning.js";
import { Alerts, DamagedStateError, openAlertsDb, PublishService } from "./alerts/index.js";
import { ConfigError, loadConfig, requireToken, type Config } from "./config/index.js";
import { datasetPath, loadDataset } from "./dataset/store.js";
import type { Dataset } from "./domain/dataset.js";
import { Liveness } from "./health/liveness.js";
import { healthReport, type HealthInputs } from "./health/report.js";
import { startHealthServer, type HealthServer } from "./health/server.js";
import { createLogger, redact } from "./log/logger.js";
import { buildKnowledge, type Knowledge } from "./search/index.js";
import { createBot } from "./telegram/bot.js";
import { registerCommands } from "./telegram/commands.js";
import { ChartsDeps } from "./telegram/features/charts.js";
import { createOutgoing } from "./telegram/outgoing.js";
import { PollingStopped, startPolling, type Poller } from "./telegram/polling.js";
import { openSessionStore } from "./telegram/session.js";
import { fetchBotInfo, plainApi, StartupError } from "./telegram/startup.js";
import { startWebhook, type WebhookServer } from "./telegram/webhook.js";

tuneV8ForAnswering();

/** The whole stop must fit in the 5 s a container runtime waits before SIGKILL. */
const SHUTDOWN_BUDGET_MS = 4500;
const IN_FLIGHT_GRACE_MS = 3000;
/** How often the dataset file is checked; a new dataset is live within this plus the rebuild time. */
const DATASET_POLL_MS = 1000;
/** A long poll lasts up to 30 s; a request this old is a connection that hangs, not a quiet chat. */
const POLL_REQUEST_TIMEOUT_S = 45;

/** The token and the webhook secret once the configuration is read: every fatal message is scrubbed of them. */
const knownSecrets: string[] = [];

function fail(message: string, code: number): never {
  process.stderr.write(`${redact(message, knownSecrets)}\n`);
  process.exit(code);
}

function readConfig(): { config: Config; token: string } {
  try {
    const config = loadConfig();
    return { config, token: requireToken(config) };
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
}

/** Call `onChange` whenever dataset.json changes on disk (an `npm run ingest` beside the running bot). */
function watchDataset(config: Config, onChange: () => void): () => void {
  const path = datasetPath(config.dataDir);
  watchFile(path, { interval: DATASET_POLL_MS }, (cur, prev) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) onChange();
  });
  return () => unwatchFile(path);
}

/** When dataset.json was last written (built by ingest), for the health report. */
function builtAt(config: Config): number | null {
  try {
    return statSync(datasetPath(config.dataDir)).mtimeMs;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { config, token } = readConfig();
  knownSecrets.push(token, ...(config.webhook ? [config.webhook.secret] : []));
  const logger = createLogger({ level: config.logLevel, secrets: knownSecrets });

  let dataset: Dataset;
  try {
    dataset = loadDataset(config.dataDir);
  } catch (err) {
    fail(`Cannot start: ${(err as Error).message}`, 1);
  }
  let knowledge: Knowledge = buildKnowledge(dataset);
  let datasetInfo = { builtAt: builtAt(config), loadedAt: Date.now() };
  logger.info("dataset loaded", { decisions: dataset.decisions.length, entries: knowledge.entries.length });

  const sessionStore = await openSessionStore({ stateDir: config.stateDir, logger });
  let alertsDb: ReturnType<typeof openAlertsDb>;
  try {
    alertsDb = openAlertsDb(config.stateDir);
  } catch (err) {
    if (err instanceof DamagedStateError) fail(`Cannot start: ${err.message}`, 1);
    throw err;
  }
  // one way out to Telegram: answers and alerts share the limits, answers first
  const outgoing = createOutgoing({ token, apiRoot: config.apiRoot, logger });
  const alerts = new Alerts({ db: alertsDb, send: outgoing.alertSend, gate: outgoing.gate, logger });
  const publisher = new PublishService({
    alerts,
    dataDir: config.dataDir,
    dataset,
    logger,
    onApplied: (next) => {
      knowledge = buildKnowledge(next);
      dataset = next;
      datasetInfo = { builtAt: builtAt(config), loadedAt: Date.now() };
    },
  });

  const bot = createBot(
    token,
    { knowledge: () => knowledge, config, logger, sessionStore, alerts: { alerts, publisher }, charts: new ChartsDeps() },
    { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}), outbox: outgoing.outbox },
  );

  // getMe and the long poll bypass auto-retry, which would retry a network error for ever and in silence
  const pollApi = plainApi(token, config.apiRoot, POLL_REQUEST_TIMEOUT_S);
  try {
    bot.botInfo = await fetchBotInfo(pollApi, { timeoutMs: config.startupTimeoutMs, apiRoot: config.apiRoot, logger });
  } catch (err) {
    if (err instanceof StartupError) fail(err.message, 1);
    throw err;
  }
  logger.info("bot identity", { username: bot.botInfo.username, mode: config.webhook ? "webhook" : "polling" });
  registerCommands(bot.api).catch((err: unknown) => logger.warn("setMyCommands failed; the command menu may be outdated", { error: err }));

  alerts.start(dataset);
  const stopWatching = watchDataset(config, () => void publisher.reload());

  const startedAt = Date.now();
  const liveness = new Liveness();
  let ready = false;
  const healthInputs = (): HealthInputs => ({
    now: Date.now(),
    startedAt,
    mode: config.webhook ? "webhook" : "polling",
    ready,
    liveness: liveness.snapshot(),
    dataset: { decisions: dataset.decisions.length, entries: knowledge.entries.length, ...datasetInfo },
    queue: alerts.stats(),
  });
  let health: HealthServer | undefined;
  if (config.health) {
    const thresholds = { ...config.health, longPollMs: POLL_REQUEST_TIMEOUT_S * 1000 };
    try {
      health = await startHealthServer({ health: () => healthReport(healthInputs(), thresholds), ready: () => ready }, config.health);
    } catch (err) {
      fail(`Cannot serve the health endpoint on ${config.health.host}:${config.health.port} (HEALTH_HOST, HEALTH_PORT): ${(err as Error).message}`, 1);
    }
    logger.info("health endpoint listening", { url: `http://${config.health.host}:${health.port}/healthz` });
  }

  let poller: Poller | undefined;
  let webhook: WebhookServer | undefined;
  if (config.webhook) webhook = await startWebhook(bot, config.webhook, logger, (at) => liveness.webhookReceived(at));
  else {
    await bot.api.deleteWebhook();
    poller = startPolling(bot, { api: pollApi, logger, observer: liveness });
    poller.task?.catch((err: unknown) => {
      if (err instanceof PollingStopped) logger.error(err.message, { error_code: err.error_code });
      else logger.error("polling stopped unexpectedly", { error: err });
      void shutdown("polling-error", 1);
    });
  }

  let stopping = false;
  const shutdown = async (reason: string, code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { reason });
    const hardStop = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(code);
    }, SHUTDOWN_BUDGET_MS);
    hardStop.unref();
    try {
      stopWatching();
      await poller?.stop(IN_FLIGHT_GRACE_MS);
      await webhook?.stop(IN_FLIGHT_GRACE_MS);
      await health?.stop();
      await alerts.stop();
      outgoing.outbox.stop();
      await sessionStore.flush();
      alertsDb.close();
    } catch (err) {
      logger.error("error during shutdown", { error: err });
    }
    logger.info("stopped");
    process.exit(code);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  ready = true;
  logger.info("bot running");
}

main().catch((err: unknown) => {
  process.stderr.write(`${redact(`Fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, knownSecrets)}\n`);
  process.exit(1);
});
