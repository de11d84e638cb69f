import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb, type AlertPayload, type SendOutcome } from "../src/alerts/index.js";
import type { Dataset } from "../src/domain/dataset.js";
import { handMadeDataset } from "./fixtures/hand-made-dataset.js";

const FAST = { globalPerSecond: 2000, perChatIntervalMs: 5, groupPerMinute: 20 };
const NEW_ID = "bac-giang-2023-dti";

function without(dataset: Dataset, id: string): Dataset {
  return { ...dataset, decisions: dataset.decisions.filter((d) => d.id !== id) };
}

/** A fake Bot API: records every accepted message; `behaviour` decides per chat and attempt. */
function fakeSend(behaviour: (chatId: number, attempt: number) => SendOutcome = () => ({ kind: "ok", messageId: 1 })) {
  const accepted: { chatId: number; payload: AlertPayload }[] = [];
  const attempts = new Map<number, number>();
  const send = async (chatId: number, payload: AlertPayload): Promise<SendOutcome> => {
    const n = (attempts.get(chatId) ?? 0) + 1;
    attempts.set(chatId, n);
    await new Promise((r) => setTimeout(r, 1));
    const outcome = behaviour(chatId, n);
    if (outcome.kind === "ok") accepted.push({ chatId, payload });
    return outcome;
  };
  return { send, accepted, attempts };
}

const dirs: string[] = [];
function stateDir(): string {
  const d = mkdtempSync(join(tmpdir(), "alerts-test-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function countBy<T>(items: T[], key: (t: T) => number): Map<number, number> {
  const m = new Map<number, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

describe("broadcast of a new decision with a fake Bot API", () => {
  it("delivers exactly one alert to every subscribed chat and none to others", async () => {
    const full = handMadeDataset();
    const fake = fakeSend();
    const alerts = new Alerts({ db: openAlertsDb(stateDir()), send: fake.send, limits: FAST });
    alerts.start(without(full, NEW_ID));
    const chats = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? -1000 - i : 5000 + i));
    for (const c of chats) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });
    alerts.subscriptions.add(777, { kind: "province", target: "Hưng Yên", label: "Hưng Yên" });

    const enqueued = alerts.onDatasetChanged(full);
    expect(enqueued).toEqual([{ decisionId: NEW_ID, alertId: expect.any(Number), chats: chats.length }]);
    await alerts.runner.idle();
    await alerts.stop();

    const perChat = countBy(fake.accepted, (a) => a.chatId);
    expect([...perChat.keys()].sort()).toEqual([...chats].sort());
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    expect(alerts.onDatasetChanged(full)).toEqual([]);
  });

  it("speaks to each chat in the language it subscribed in, and keeps it when a group migrates", async () => {
    const full = handMadeDataset();
    const fake = fakeSend((chatId) => (chatId === -300 ? { kind: "migrated", newChatId: -1000300 } : { kind: "ok", messageId: 1 }));
    const alerts = new Alerts({ db: openAlertsDb(stateDir()), send: fake.send, limits: FAST });
    alerts.start(without(full, NEW_ID));
    alerts.subscriptions.add(100, { kind: "all", target: "", label: "" }, "en");
    alerts.subscriptions.add(200, { kind: "all", target: "", label: "" }, "vi");
    alerts.subscriptions.add(-300, { kind: "all", target: "", label: "" }, "en");
    alerts.subscriptions.add(400, { kind: "all", target: "", label: "" });
    alerts.onDatasetChanged(full);
    await alerts.runner.idle();
    await alerts.stop();
    const textTo = (chatId: number) => fake.accepted.find((a) => a.chatId === chatId)?.payload.text ?? "";
    expect(textTo(100)).toContain("New ranking results");
    expect(textTo(200)).toContain("Kết quả xếp hạng mới");
    expect(textTo(400)).toContain("Kết quả xếp hạng mới");
    expect(alerts.subscriptions.languageOf(-1000300)).toBe("en");
  });

  it("unsubscribes a chat answering 403 or 'chat not found', moves a migrated group, retries transient errors until they pass, fails only a refused message", async () => {
    const full = handMadeDataset();
    const fake = fakeSend((chatId, attempt) => {
      if (chatId === 11) return { kind: "blocked", description: "Forbidden: bot was blocked by the user" };
      if (chatId === 12) return { kind: "blocked", description: "Bad Request: chat not found" };
      if (chatId === -22) return { kind: "migrated", newChatId: -1_000_000_000_022 };
      if (chatId === 33 && attempt <= 7) return { kind: "transient", description: "502: Bad Gateway" };
      if (chatId === 44 && attempt === 1) return { kind: "transient", description: "Network request for 'sendMessage' failed!" };
      if (chatId === 55 && attempt === 1) return { kind: "retry_after", seconds: 1 };
      if (chatId === 77) return { kind: "rejected", description: "400: Bad Request: message is too long" };
      return { kind: "ok", messageId: attempt };
    });
    const alerts = new Alerts({ db: openAlertsDb(stateDir()), send: fake.send, limits: FAST, backoffMs: () => 10 });
    alerts.start(without(full, NEW_ID));
    for (const c of [11, 12, -22, 33, 44, 55, 66, 77]) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });
    alerts.ledger.setPublisher(NEW_ID, 999);

    const [alert] = alerts.onDatasetChanged(full);
    await alerts.runner.idle();
    await alerts.stop();

    expect(fake.accepted.map((a) => a.chatId).sort((a, b) => a - b)).toEqual([-1_000_000_000_022, 33, 44, 55, 66, 999]);
    expect(alerts.subscriptions.list(11)).toEqual([]);
    expect(alerts.subscriptions.list(12)).toEqual([]);
    expect(alerts.subscriptions.list(-22)).toEqual([]);
    expect(alerts.subscriptions.list(-1_000_000_000_022).map((s) => s.kind)).toEqual(["all"]);
    // more transient failures than the old five-attempt cap, and still delivered
    expect(fake.attempts.get(33)).toBe(8);
    const report = alerts.queue.report(alert!.alertId);
    expect(report).toMatchObject({ total: 8, sent: 5, failed: 1, removed: 2, open: 0, tooManyRequests: 1 });
    expect(report.errors).toEqual([{ chatId: 77, error: "400: Bad Request: message is too long" }]);
    expect(alerts.stats()).toMatchObject({ depth: 0, oldestPendingAt: null, failed: 1 });
    // The publisher's report is sent after the last chat is settled, and says what happened.
    const last = fake.accepted[fake.accepted.length - 1]!;
    expect(last.chatId).toBe(999);
    expect(last.payload.text).toContain("Đã gửi: 5/8");
    expect(last.payload.text).toContain("Không gửi được: 1");
    expect(last.payload.text).toContain("Đã hủy đăng ký (chặn hoặc xóa bot): 2");
  });

  it("logs the outcome of an alert nobody published (npm run ingest) and counts open deliveries for the health endpoint", async () => {
    const full = handMadeDataset();
    const lines: { msg: string; data?: Record<string, unknown> }[] = [];
    const log = (msg: string, data?: Record<string, unknown>): void => void lines.push({ msg, ...(data ? { data } : {}) });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const fake = fakeSend((chatId) => (chatId === 3 ? { kind: "rejected", description: "400: Bad Request: can't parse entities" } : { kind: "ok", messageId: 1 }));
    const held = async (chatId: number, payload: AlertPayload): Promise<SendOutcome> => {
      await gate;
      return fake.send(chatId, payload);
    };
    const alerts = new Alerts({ db: openAlertsDb(stateDir()), send: held, limits: FAST, logger: { info: log, warn: log, error: log } });
    alerts.start(without(full, NEW_ID));
    for (const c of [1, 2, 3]) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });
    alerts.onDatasetChanged(full);
    expect(alerts.stats()).toMatchObject({ depth: 3, failed: 0 });
    expect(alerts.stats().oldestPendingAt).not.toBeNull();
    release();
    await alerts.runner.idle();
    await alerts.stop();
    const finished = lines.find((l) => l.msg.includes("alert finished"));
    expect(finished?.data).toMatchObject({ decision: NEW_ID, total: 3, sent: 2, failed: 1, errors: [{ chatId: 3 }] });
    expect(alerts.stats()).toMatchObject({ depth: 0, failed: 1 });
  });

  it("resumes after a restart: settled chats are not sent again, chats left in flight are", async () => {
    const dir = stateDir();
    const full = handMadeDataset();
    const chats = Array.from({ length: 20 }, (_, i) => 100 + i);
    // First run: the process "dies" with 5 chats accepted and 2 requests handed over but never answered.
    const db1 = openAlertsDb(dir);
    let answered = 0;
    const hang = new Promise<SendOutcome>(() => {});
    const first = fakeSend();
    const dying = async (chatId: number, payload: AlertPayload): Promise<SendOutcome> =>
      answered++ < 5 ? first.send(chatId, payload) : hang;
    const a1 = new Alerts({ db: db1, send: dying, limits: FAST, maxInFlight: 2 });
    a1.start(without(full, NEW_ID));
    for (const c of chats) a1.subscriptions.add(c, { kind: "all", target: "", label: "" });
    const [alert] = a1.onDatasetChanged(full);
    await new Promise((r) => setTimeout(r, 100));
    const before = a1.queue.statuses(alert!.alertId);
    expect([...before.values()].filter((s) => s === "done")).toHaveLength(5);
    expect([...before.values()].filter((s) => s === "sending")).toHaveLength(2);
    db1.close();

    const second = fakeSend();
    const a2 = new Alerts({ db: openAlertsDb(dir), send: second.send, limits: FAST });
    expect(a2.start(full)).toEqual([]);
    await a2.runner.idle();
    await a2.stop();
    const all = [...first.accepted, ...second.accepted].map((a) => a.chatId).sort((a, b) => a - b);
    expect(all).toEqual(chats);
  });

  it("records existing decisions on the very first start instead of announcing them", () => {
    const fake = fakeSend();
    const alerts = new Alerts({ db: openAlertsDb(":memory:"), send: fake.send, limits: FAST });
    alerts.subscriptions.add(1, { kind: "all", target: "", label: "" });
    expect(alerts.onDatasetChanged(handMadeDataset())).toEqual([]);
    expect(alerts.queue.alerts()).toEqual([]);
    expect(alerts.ledger.known().size).toBe(handMadeDataset().decisions.length);
  });

  it("queues an alert for a decision added while the bot was stopped", async () => {
    const dir = stateDir();
    const full = handMadeDataset();
    const a1 = new Alerts({ db: openAlertsDb(dir), send: fakeSend().send, limits: FAST });
    a1.start(without(full, NEW_ID));
    a1.subscriptions.add(5, { kind: "province", target: "Bắc Giang", label: "Bắc Giang" });
    a1.subscriptions.add(6, { kind: "province", target: "Hưng Yên", label: "Hưng Yên" });
    await a1.stop();

    const fake = fakeSend();
    const a2 = new Alerts({ db: openAlertsDb(dir), send: fake.send, limits: FAST });
    expect(a2.start(full)).toMatchObject([{ decisionId: NEW_ID, chats: 1 }]);
    await a2.runner.idle();
    await a2.stop();
    expect(fake.accepted.map((a) => a.chatId)).toEqual([5]);
  });
});
