/**
 * Broadcast benchmark: one new decision announced to 1,000 subscribed chats through the real alerts
 * queue and the bot's one outgoing path (createOutgoing: the shared gate and the Outbox), against the Bot API emulator enforcing Telegram's limits (30/s overall,
 * 1/s per chat, 20/min per group) with 2% of the chats having blocked the bot (403).
 *
 * Reports the sustained send rate (accepted messages per second between the first and the last
 * accepted one) as a fraction of 30/s, the 429s the emulator answered, and — from the emulator's own
 * record — chats that got no alert (lost) or more than one (duplicates).
 *
 *   node --import tsx bench/broadcast.ts [--json] [--chats N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Alerts, openAlertsDb, TELEGRAM_LIMITS } from "../src/alerts/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { silentLogger } from "../src/log/logger.js";
import { createOutgoing } from "../src/telegram/outgoing.js";
import { BotApiEmulator } from "../test/support/bot-api-emulator.js";

const LIMIT_PER_SECOND = 30;
const NEW_DECISION = "hung-yen-2023-dti";

export interface BroadcastFigures {
  chats: number;
  ratePerSecond: number;
  limitPerSecond: number;
  fractionOfLimit: number;
  lost: number;
  duplicates: number;
  tooManyRequests: number;
  blocked: number;
  removed: number;
  seconds: number;
}

export async function measureBroadcast(chatCount = 1000): Promise<BroadcastFigures> {
  const dataset = loadDataset(join(import.meta.dirname, "..", "data"));
  const old = { ...dataset, decisions: dataset.decisions.filter((d) => d.id !== NEW_DECISION) };
  const privateChats = Array.from({ length: Math.round(chatCount * 0.9) }, (_, i) => 700_000 + i);
  const groups = Array.from({ length: chatCount - privateChats.length }, (_, i) => -800_000 - i);
  const chats = [...privateChats, ...groups];
  const blocked = chats.filter((_, i) => i % 50 === 7);
  const emulator = await BotApiEmulator.start({ rateLimits: true, forbiddenChats: blocked });
  const stateDir = mkdtempSync(join(tmpdir(), "bench-broadcast-"));
  const db = openAlertsDb(stateDir);
  const outgoing = createOutgoing({ token: emulator.token, apiRoot: emulator.apiRoot, logger: silentLogger });
  try {
    const alerts = new Alerts({ db, send: outgoing.alertSend, gate: outgoing.gate });
    alerts.start(old);
    const provinceOf = (i: number) => (i % 3 === 0 ? { kind: "province" as const, target: "Hưng Yên", label: "Hưng Yên" } : { kind: "all" as const, target: "", label: "" });
    db.transaction(() => chats.forEach((c, i) => alerts.subscriptions.add(c, provinceOf(i))))();

    const started = Date.now();
    const [alert] = alerts.onDatasetChanged(dataset);
    if (!alert) throw new Error("the new decision was not detected");
    await alerts.runner.idle();
    const seconds = (Date.now() - started) / 1000;
    await alerts.stop();

    const accepted = emulator.callsTo("sendMessage").filter((c) => c.ok);
    const perChat = new Map<number, number>();
    for (const c of accepted) perChat.set(Number(c.chatId), (perChat.get(Number(c.chatId)) ?? 0) + 1);
    const reachable = chats.filter((c) => !blocked.includes(c));
    const times = accepted.map((c) => c.at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;
    const ratePerSecond = span > 0 ? (accepted.length - 1) / span : accepted.length;
    const removed = blocked.filter((c) => alerts.subscriptions.list(c).length === 0).length;
    return {
      chats: chats.length,
      ratePerSecond: Math.round(ratePerSecond * 100) / 100,
      limitPerSecond: LIMIT_PER_SECOND,
      fractionOfLimit: Math.round((ratePerSecond / LIMIT_PER_SECOND) * 1000) / 1000,
      lost: reachable.filter((c) => !perChat.has(c)).length,
      duplicates: [...perChat.values()].reduce((n, k) => n + Math.max(0, k - 1), 0),
      tooManyRequests: emulator.calls.filter((c) => c.errorCode === 429).length,
      blocked: blocked.length,
      removed,
      seconds: Math.round(seconds * 10) / 10,
    };
  } finally {
    outgoing.outbox.stop();
    db.close();
    await emulator.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** bench/run.ts section. */
export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const f = await measureBroadcast();
  return {
    rows: [
      ["broadcast: chats", `${f.chats} (${f.blocked} blocked the bot, ${f.removed} unsubscribed)`],
      ["broadcast: sustained rate", `${f.ratePerSecond}/s = ${(f.fractionOfLimit * 100).toFixed(1)}% of ${f.limitPerSecond}/s (scheduler target ${TELEGRAM_LIMITS.globalPerSecond}/s)`],
      ["broadcast: 429 received", String(f.tooManyRequests)],
      ["broadcast: lost / duplicates", `${f.lost} / ${f.duplicates}`],
      ["broadcast: total time", `${f.seconds} s`],
    ],
    json: {
      broadcast: {
        chats: f.chats,
        ratePerSecond: f.ratePerSecond,
        limitPerSecond: f.limitPerSecond,
        fractionOfLimit: f.fractionOfLimit,
        lost: f.lost,
        duplicates: f.duplicates,
        tooManyRequests: f.tooManyRequests,
        removed: f.removed,
      },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const n = args.indexOf("--chats");
  const figures = await measureBroadcast(n >= 0 ? Number(args[n + 1]) : 1000);
  if (args.includes("--json")) console.log(JSON.stringify({ broadcast: figures }));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(16)} ${v}`);
}
