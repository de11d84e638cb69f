import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb, type SendOutcome } from "../src/alerts/index.js";
import { saveDataset } from "../src/dataset/store.js";
import type { Dataset } from "../src/domain/dataset.js";
import { BotApiEmulator } from "./support/bot-api-emulator.js";
import { handMadeDataset } from "./fixtures/hand-made-dataset.js";

const NEW_ID = "bac-giang-2023-dti";
const WORKER = join(import.meta.dirname, "support", "alerts-worker.ts");

function without(dataset: Dataset, id: string): Dataset {
  return { ...dataset, decisions: dataset.decisions.filter((d) => d.id !== id) };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "alerts-e2e-"));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** State as a running bot would leave it: existing decisions known, chats subscribed. */
function prepareState(stateDir: string, old: Dataset, chats: number[]): void {
  const never = (): Promise<SendOutcome> => Promise.reject(new Error("nothing is sent while preparing"));
  const db = openAlertsDb(stateDir);
  const alerts = new Alerts({ db, send: never });
  alerts.onDatasetChanged(old);
  for (const c of chats) alerts.subscriptions.add(c, { kind: "all", target: "", label: "" });
  db.close();
}

function startWorker(stateDir: string, dataDir: string, emulator: BotApiEmulator): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, stateDir, dataDir, emulator.apiRoot, emulator.token], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
  const exit = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      if (code !== 0 && code !== null) process.stderr.write(stderr);
      resolve(code);
    }),
  );
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return { child, exit };
}

function acceptedPerChat(emulator: BotApiEmulator): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of emulator.callsTo("sendMessage")) if (c.ok) m.set(Number(c.chatId), (m.get(Number(c.chatId)) ?? 0) + 1);
  return m;
}

describe("alert broadcast against the Bot API emulator (rate limits enforced, 403s, a migrated group)", () => {
  it("delivers exactly once to every chat even when the broadcasting process is SIGKILLed halfway and restarted", async () => {
    const forbidden = [20_003, 20_017, -40_005];
    const migratedFrom = -40_009;
    const migratedTo = -1_000_000_040_009;
    const emulator = await BotApiEmulator.start({
      rateLimits: true,
      forbiddenChats: forbidden,
      migrations: [[migratedFrom, migratedTo]],
    });
    cleanups.push(() => emulator.stop());
    const privateChats = Array.from({ length: 50 }, (_, i) => 20_000 + i);
    const groups = Array.from({ length: 10 }, (_, i) => -40_000 - i);
    const chats = [...privateChats, ...groups];
    const stateDir = tempDir();
    const dataDir = tempDir();
    const full = handMadeDataset();
    prepareState(stateDir, without(full, NEW_ID), chats);
    saveDataset(dataDir, full);

    // Kill the broadcaster while its 30th message is on the wire; that request never reaches "Telegram".
    const first = startWorker(stateDir, dataDir, emulator);
    let sends = 0;
    let acceptedAtKill = -1;
    emulator.beforeCall = async (method) => {
      if (method !== "sendMessage" || ++sends !== 30) return;
      acceptedAtKill = emulator.callsTo("sendMessage").filter((c) => c.ok).length;
      first.child.kill("SIGKILL");
      await first.exit;
      return "drop";
    };
    expect(await first.exit).toBeNull();
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(acceptedAtKill).toBeGreaterThan(10);
    expect(acceptedAtKill).toBeLessThan(chats.length - forbidden.length);
    emulator.beforeCall = null;

    const second = startWorker(stateDir, dataDir, emulator);
    expect(await second.exit).toBe(0);

    const expected = chats.filter((c) => !forbidden.includes(c) && c !== migratedFrom).concat(migratedTo);
    const perChat = acceptedPerChat(emulator);
    expect([...perChat.keys()].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect([...perChat.entries()].filter(([, n]) => n !== 1)).toEqual([]);

    const db = openAlertsDb(stateDir);
    const alerts = new Alerts({ db, send: () => Promise.reject(new Error("unused")) });
    for (const c of forbidden) expect(alerts.subscriptions.list(c)).toEqual([]);
    expect(alerts.subscriptions.list(migratedFrom)).toEqual([]);
    expect(alerts.subscriptions.list(migratedTo)).toHaveLength(1);
    const [alert] = alerts.queue.alerts();
    expect(alerts.queue.report(alert!.id)).toMatchObject({ sent: expected.length, removed: forbidden.length, failed: 0, open: 0 });
    db.close();

    // The emulator's own view of the rate: never more than 30 accepted messages in any second.
    const times = emulator.callsTo("sendMessage").filter((c) => c.ok).map((c) => c.at);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
  }, 60_000);
});
