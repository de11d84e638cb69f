import { describe, expect, it } from "vitest";
import { RateGate } from "../src/alerts/scheduler.js";

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

  it("holds one chat back after its 429, everything when a second chat hears one within a second", () => {
    const c = clock();
    const gate = new RateGate(undefined, c.now);
    gate.tooManyRequests(42, 45_000);
    expect(gate.chatReadyAt(42)).toBe(c.now() + 45_000);
    expect(gate.chatReadyAt(43)).toBeLessThanOrEqual(c.now());
    expect(gate.globalReadyAt()).toBeLessThanOrEqual(c.now());
    c.advance(300);
    gate.tooManyRequests(43, 3000);
    expect(gate.globalReadyAt()).toBe(c.now() + 3000);
    expect(gate.chatReadyAt(44)).toBe(c.now() + 3000);
    expect(gate.chatReadyAt(42)).toBe(c.now() + 44_700);
  });

  it("is suspended while the API is dead and wakes its listeners on resume", () => {
    const gate = new RateGate();
    let woken = 0;
    gate.onResume(() => woken++);
    gate.suspend();
    expect(gate.globalReadyAt()).toBe(Infinity);
    expect(gate.isPaused(1)).toBe(true);
    gate.resume();
    expect(woken).toBe(1);
    expect(gate.globalReadyAt()).toBeLessThan(Infinity);
  });

  it("gives a free slot to an answer waiting for one: the broadcast yields", () => {
    const c = clock();
    const gate = new RateGate(undefined, c.now);
    let answerWaiting = true;
    gate.setInteractiveReady(() => answerWaiting);
    expect(gate.globalReadyAt()).toBeLessThanOrEqual(c.now());
    expect(gate.broadcastReadyAt()).toBeGreaterThan(c.now());
    answerWaiting = false;
    expect(gate.broadcastReadyAt()).toBeLessThanOrEqual(c.now());
  });
});
