/**
 * Answers and a broadcast at the same time, through the one outgoing path, against the emulator with Telegram's limits
 * on and its clock ten times faster (test/support/alerts-outage.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb } from "../src/alerts/index.js";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { silentLogger } from "../src/log/logger.js";
import { buildKnowledge } from "../src/search/index.js";
import { createBot } from "../src/telegram/bot.js";
import { createOutgoing } from "../src/telegram/outgoing.js";
import { startPolling } from "../src/telegram/polling.js";
import { plainApi } from "../src/telegram/startup.js";
import { COPY } from "../src/render/bot-copy.js";
import { openSessionStore } from "../src/telegram/session.js";
import { SECOND_MS, SCALED_OUTGOING, scaledAlertBackoff, until } from "./support/alerts-outage.js";
import { BotApiEmulator, makeUser } from "./support/bot-api-emulator.js";

const NEW_ID = "hung-yen-2023-dti";
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe("answers to people go before alerts", () => {
  it("questions asked during a broadcast are answered at once; the broadcast yields and still reaches everyone", async () => {
    const emulator = await BotApiEmulator.start({ rateLimits: true, secondMs: SECOND_MS });
    cleanups.push(() => emulator.stop());
    const dataset = loadDataset("data");
    const knowledge = buildKnowledge(dataset);
    const outgoing = createOutgoing({ token: emulator.token, apiRoot: emulator.apiRoot, logger: silentLogger, ...SCALED_OUTGOING });
    cleanups.push(() => outgoing.outbox.stop());
    const alerts = new Alerts({ db: openAlertsDb(":memory:"), send: outgoing.alertSend, gate: outgoing.gate, backoffMs: scaledAlertBackoff });
    cleanups.push(() => alerts.stop());
    alerts.start({ ...dataset, decisions: dataset.decisions.filter((d) => d.id !== NEW_ID) });
    const subscribers = Array.from({ length: 600 }, (_, i) => 90_000 + i);
    for (const c of subscribers) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });
    const config = parseConfig({ DATA_DIR: "data", STATE_DIR: "state-unused", LOG_LEVEL: "silent" });
    const sessionStore = await openSessionStore({ inMemory: true, logger: silentLogger });
    const bot = createBot(emulator.token, { knowledge: () => knowledge, config, logger: silentLogger, sessionStore }, { apiRoot: emulator.apiRoot, outbox: outgoing.outbox });
    await bot.init();
    const poller = startPolling(bot, { api: plainApi(emulator.token, emulator.apiRoot, 45), logger: silentLogger });
    cleanups.push(() => poller.stop(100));

    alerts.onDatasetChanged(dataset);
    // the broadcast is under way when people start asking
    await until(() => emulator.callsTo("sendMessage").filter((c) => c.ok).length >= 100, 10_000, "the broadcast to start");
    const askers = Array.from({ length: 60 }, (_, i) => makeUser(`Người ${i}`, { id: 10_000 + i }));
    const askedAt = Date.now();
    for (const u of askers) emulator.sendPrivateText(u, "Sở Y tế Bắc Ninh xếp thứ mấy?");
    await alerts.runner.idle();

    const sent = emulator.callsTo("sendMessage").filter((c) => c.ok);
    const askerIds = new Set(askers.map((u) => u.id));
    // a person whose answer waits a few seconds is told once; that notice is not an answer
    const notice = new Set([COPY.vi.answerDelayed, COPY.en.answerDelayed]);
    const answers = sent.filter((c) => askerIds.has(Number(c.chatId)) && !notice.has(String(c.params.text)));
    const alertsAfterAsking = sent.filter((c) => Number(c.chatId) >= 90_000 && c.at >= askedAt);
    expect(answers).toHaveLength(60);
    expect(new Set(sent.filter((c) => Number(c.chatId) >= 90_000).map((c) => c.chatId)).size).toBe(subscribers.length);
    // sharing the slots fairly, about 60 alerts would leave before the last answer; first come the answers, and
    // only the alerts already in flight (8) or sent before the questions were fetched go between them
    const lastAnswer = Math.max(...answers.map((c) => c.at));
    const alertsBeforeLastAnswer = alertsAfterAsking.filter((c) => c.at < lastAnswer).length;
    expect(alertsAfterAsking.length).toBeGreaterThan(300);
    expect(alertsBeforeLastAnswer).toBeLessThanOrEqual(15);
    // paced, not discovered by 429s: a few per hundred from timer jitter on the clock ten times faster
    expect(emulator.calls.filter((c) => c.errorCode === 429).length).toBeLessThanOrEqual(Math.ceil(0.02 * sent.length));
  }, 40_000);
});
