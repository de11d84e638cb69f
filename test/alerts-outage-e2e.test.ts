/**
 * A broadcast through an outage of the Bot API, against the emulator with Telegram's limits on, on a clock ten times
 * faster (test/support/alerts-outage.ts): 25 s of 502s and 20 s of a black hole become 2.5 s and 2 s.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb } from "../src/alerts/index.js";
import type { Dataset } from "../src/domain/dataset.js";
import { silentLogger } from "../src/log/logger.js";
import { createOutgoing } from "../src/telegram/outgoing.js";
import { handMadeDataset } from "./fixtures/hand-made-dataset.js";
import { SECOND_MS, SCALED_OUTGOING, scaledAlertBackoff, until, wait } from "./support/alerts-outage.js";
import { BotApiEmulator, type Outage } from "./support/bot-api-emulator.js";

const NEW_ID = "bac-giang-2023-dti";
const MAX_IN_FLIGHT = 8;
const without = (d: Dataset, id: string): Dataset => ({ ...d, decisions: d.decisions.filter((x) => x.id !== id) });

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function broadcastThrough(outage: Outage, seconds: number, chats: number[]) {
  const emulator = await BotApiEmulator.start({ rateLimits: true, secondMs: SECOND_MS });
  cleanups.push(() => emulator.stop());
  const outgoing = createOutgoing({ token: emulator.token, apiRoot: emulator.apiRoot, logger: silentLogger, ...SCALED_OUTGOING });
  cleanups.push(() => outgoing.outbox.stop());
  const alerts = new Alerts({ db: openAlertsDb(":memory:"), send: outgoing.alertSend, gate: outgoing.gate, maxInFlight: MAX_IN_FLIGHT, backoffMs: scaledAlertBackoff });
  cleanups.push(() => alerts.stop());
  const full = handMadeDataset();
  alerts.start(without(full, NEW_ID));
  for (const c of chats) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });

  const [alert] = alerts.onDatasetChanged(full);
  await until(() => emulator.callsTo("sendMessage").filter((c) => c.ok).length >= chats.length / 4, 10_000, "a quarter of the broadcast");
  emulator.setOutage(outage);
  const outageStarted = Date.now();
  await wait(seconds * SECOND_MS);
  const outageEnded = Date.now();
  emulator.setOutage(null);
  await alerts.runner.idle();
  return { emulator, alerts, outgoing, report: alerts.queue.report(alert!.alertId), outageMs: outageEnded - outageStarted };
}

function deliveredPerChat(emulator: BotApiEmulator): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of emulator.callsTo("sendMessage")) if (c.ok) m.set(Number(c.chatId), (m.get(Number(c.chatId)) ?? 0) + 1);
  return m;
}

const chats = [...Array.from({ length: 180 }, (_, i) => 30_000 + i), ...Array.from({ length: 20 }, (_, i) => -50_000 - i)];

describe("a broadcast survives an outage of the Bot API", () => {
  it("through 25 s of 502s reaches every chat once, and sends nothing to the dead API but the breaker's probes", async () => {
    const { emulator, report, outgoing } = await broadcastThrough("bad-gateway", 25, chats);
    expect(report).toMatchObject({ total: chats.length, sent: chats.length, failed: 0, open: 0 });
    const perChat = deliveredPerChat(emulator);
    expect([...perChat.keys()].sort()).toEqual([...chats].sort());
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    // before the breaker opened: at most the sends in flight and the failures that open it; after: probes only
    const sends = emulator.outageCalls.filter((c) => c.method === "sendMessage").length;
    expect(sends).toBeLessThanOrEqual(MAX_IN_FLIGHT + 3);
    expect(emulator.outageCalls.filter((c) => c.method !== "sendMessage" && c.method !== "getMe")).toEqual([]);
    // the last probe may be the one that found the API back
    expect(emulator.outageCalls.length - sends).toBeLessThanOrEqual(outgoing.outbox.counters.probes);
    // probes back off but stay bounded: a few in 25 s
    expect(outgoing.outbox.counters.probes).toBeGreaterThan(1);
    expect(outgoing.outbox.counters.probes).toBeLessThan(12);
    // paced, not discovered by 429s: at most a stray one per fifty from timer jitter on the clock ten times faster
    expect(emulator.callsTo("sendMessage").filter((c) => c.errorCode === 429).length).toBeLessThanOrEqual(Math.ceil(0.02 * chats.length));
  });

  it("through a 20 s black hole reaches every chat, repeating at most the sends that were in flight", async () => {
    const { emulator, report } = await broadcastThrough("black-hole", 20, chats);
    expect(report).toMatchObject({ total: chats.length, sent: chats.length, failed: 0, open: 0 });
    const perChat = deliveredPerChat(emulator);
    expect([...perChat.keys()].sort()).toEqual([...chats].sort());
    const inFlightAtTheHole = emulator.outageCalls.filter((c) => c.method === "sendMessage").length;
    expect(inFlightAtTheHole).toBeGreaterThan(0);
    expect(inFlightAtTheHole).toBeLessThanOrEqual(MAX_IN_FLIGHT + 3);
    const duplicates = [...perChat.values()].reduce((n, k) => n + k - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(inFlightAtTheHole);
    expect([...perChat.values()].every((n) => n <= 2)).toBe(true);
  });
});
