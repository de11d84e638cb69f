/**
 * A real bot (createBot with every feature) wired to the alerts room, talking to the Bot API emulator,
 * over a temporary DATA_DIR built from some of the real decision texts and a temporary STATE_DIR.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { Alerts, openAlertsDb, PublishService } from "../../src/alerts/index.js";
import { apiSender } from "../../src/telegram/alert-sender.js";
import { parseConfig } from "../../src/config/index.js";
import { rebuildDataset } from "../../src/dataset/pipeline.js";
import { loadDataset } from "../../src/dataset/store.js";
import { silentLogger } from "../../src/log/logger.js";
import { buildKnowledge, type Knowledge } from "../../src/search/index.js";
import { createBot, type MyContext } from "../../src/telegram/bot.js";
import { openSessionStore } from "../../src/telegram/session.js";
import { BotApiEmulator, type EmulatorOptions } from "./bot-api-emulator.js";

export const REAL_DECISIONS = join(import.meta.dirname, "..", "..", "data", "decisions");

export interface AlertsBotHarness {
  emulator: BotApiEmulator;
  bot: Bot<MyContext>;
  alerts: Alerts;
  dataDir: string;
  stateDir: string;
  adminId: number;
  knowledge: () => Knowledge;
  /** reloads so far (each admin publish triggers one) */
  reloads: () => number;
  /** inject an update into the emulator and let the bot handle it */
  handle(update: object): Promise<void>;
  close(): Promise<void>;
}

export async function startAlertsBot(opts: { decisions: string[]; emulator?: EmulatorOptions }): Promise<AlertsBotHarness> {
  const emulator = await BotApiEmulator.start(opts.emulator ?? {});
  const root = mkdtempSync(join(tmpdir(), "alerts-bot-"));
  const dataDir = join(root, "data");
  const stateDir = join(root, "state");
  mkdirSync(join(dataDir, "decisions"), { recursive: true });
  for (const f of opts.decisions) copyFileSync(join(REAL_DECISIONS, f), join(dataDir, "decisions", f));
  const built = await rebuildDataset(dataDir);
  if (!built.ok) throw new Error(`fixture data dir did not build: ${JSON.stringify(built.reports.flatMap((r) => r.problems))}`);
  const adminId = 4242;
  const config = parseConfig({ DATA_DIR: dataDir, STATE_DIR: stateDir, ADMIN_IDS: String(adminId), BOT_API_ROOT: emulator.apiRoot, LOG_LEVEL: "silent" });
  let knowledge = buildKnowledge(loadDataset(dataDir));
  let reloads = 0;
  const alerts = new Alerts({
    db: openAlertsDb(stateDir),
    send: apiSender(new Api(emulator.token, { apiRoot: emulator.apiRoot })),
    limits: { globalPerSecond: 500, perChatIntervalMs: 1, groupPerMinute: 20 },
  });
  alerts.start(knowledge.dataset);
  const publisher = new PublishService({
    alerts,
    dataDir,
    dataset: knowledge.dataset,
    logger: silentLogger,
    onApplied: (next) => {
      knowledge = buildKnowledge(next);
      reloads++;
    },
  });
  const sessionStore = await openSessionStore({ inMemory: true, logger: silentLogger });
  const bot = createBot(
    emulator.token,
    {
      knowledge: () => knowledge,
      config,
      logger: silentLogger,
      sessionStore,
      alerts: { alerts, publisher },
      rateLimit: { limit: 1000, timeFrameMs: 1000 },
    },
    { apiRoot: emulator.apiRoot },
  );
  await bot.init();
  return {
    emulator,
    bot,
    alerts,
    dataDir,
    stateDir,
    adminId,
    knowledge: () => knowledge,
    reloads: () => reloads,
    handle: (update) => bot.handleUpdate(update as Update),
    async close() {
      await alerts.stop();
      alerts.db.close();
      await emulator.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
