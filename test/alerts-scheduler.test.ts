import { describe, expect, it } from "vitest";
import { Api } from "grammy";
import { Alerts, openAlertsDb } from "../src/alerts/index.js";
import { RateGate } from "../src/alerts/scheduler.js";
import { BotApiEmulator } from "./support/bot-api-emulator.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** Send whenever the gate allows, as the runner does; returns the send times. */
function drive(gate: RateGate, c: ReturnType<typeof clock>, chats: number[], count: number): number[] {
  const times: number[] = [];
  let i = 0;
  while (times.length < count) {
    const chat = chats[i % chats.length]!;
    const at = Math.max(gate.globalReadyAt(), gate.chatReadyAt(chat), c.now());
    c.advance(at - c.now());
    gate.record(chat);
    times.push(c.now());
    i++;
  }
  return times;
}

describe("the rate gate spaces broadcast messages within Telegram's limits", () => {
  it("never puts more than the global rate into any one-second window, and reaches it", () => {
    const c = clock();
    const gate = new RateGate({ globalPerSecond: 28.5, perChatIntervalMs: 1000, groupPerMinute: 20 }, c.now);
    const times = drive(gate, c, Array.from({ length: 500 }, (_, i) => i + 1), 300);
    for (let i = 29; i < times.length; i++) expect(times[i]! - times[i - 29]!).toBeGreaterThanOrEqual(1000);
    const rate = (times.length - 1) / ((times[times.length - 1]! - times[0]!) / 1000);
    expect(rate).toBeGreaterThan(28);
  });

  it("keeps one second between messages to one chat and 20 a minute in a group", () => {
    const c = clock();
    const gate = new RateGate({ globalPerSecond: 1000, perChatIntervalMs: 1000, groupPerMinute: 20 }, c.now);
    const privateTimes = drive(gate, c, [7], 5);
    for (let i = 1; i < privateTimes.length; i++) expect(privateTimes[i]! - privateTimes[i - 1]!).toBeGreaterThanOrEqual(1000);
    const groupTimes = drive(gate, c, [-5], 45);
    for (let i = 20; i < groupTimes.length; i++) expect(groupTimes[i]! - groupTimes[i - 20]!).toBeGreaterThanOrEqual(60_000);
  });

  it("holds everything back after a 429 for retry_after", () => {
    const c = clock();
    const gate = new RateGate(undefined, c.now);
    gate.pause(3000);
    expect(gate.globalReadyAt()).toBe(c.now() + 3000);
    expect(gate.chatReadyAt(42)).toBe(c.now() + 3000);
  });

  it("gives the bot's answers the slots they use: the broadcast yields instead of the answer waiting", async () => {
    const emulator = await BotApiEmulator.start();
    const c = clock();
    const alerts = new Alerts({ db: openAlertsDb(":memory:"), send: () => Promise.reject(new Error("unused")), now: c.now });
    try {
      const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
      api.config.use(alerts.interactiveTransformer());
      expect(alerts.gate.globalReadyAt()).toBeLessThanOrEqual(c.now());
      await api.sendMessage(1, "trả lời câu hỏi");
      await api.sendMessage(2, "trả lời khác");
      const interval = 1000 / alerts.gate.limits.globalPerSecond;
      expect(alerts.gate.globalReadyAt()).toBeCloseTo(c.now() + 2 * interval, 6);
      await api.getMe();
      await api.sendChatAction(1, "typing");
      expect(alerts.gate.globalReadyAt()).toBeCloseTo(c.now() + 2 * interval, 6);
      expect(emulator.sentMessages()).toHaveLength(2);
    } finally {
      await emulator.stop();
    }
  });
});
