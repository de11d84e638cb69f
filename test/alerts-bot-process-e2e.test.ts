import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb } from "../src/alerts/index.js";
import { rebuildDataset } from "../src/dataset/pipeline.js";
import { BotApiEmulator, makeGroup, makeUser, type User } from "./support/bot-api-emulator.js";

const ROOT = join(import.meta.dirname, "..");
const DECISIONS = join(ROOT, "data", "decisions");
const NEW_FILE = "cao-bang-2022-dti.txt";
const ALERT_MARK = "Kết quả xếp hạng mới: Cao Bằng";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Proc {
  child: ChildProcess;
  exit: Promise<number | null>;
  output: () => string;
}

function run(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exit;
    }
  });
  return { child, exit, output: () => out };
}

function alertsTo(emulator: BotApiEmulator, chatId: number): number {
  return emulator.sentMessages(chatId).filter((m) => m.text?.includes(ALERT_MARK)).length;
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("the running bot (npm start) announces a decision added by `npm run ingest`", () => {
  it("reloads without a restart, alerts every subscriber exactly once through a SIGKILL and restart, removes blocked chats", async () => {
    const emulator = await BotApiEmulator.start();
    cleanups.push(() => emulator.stop());
    const root = mkdtempSync(join(tmpdir(), "alerts-process-"));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const dataDir = join(root, "data");
    const stateDir = join(root, "state");
    mkdirSync(join(dataDir, "decisions"), { recursive: true });
    for (const f of readdirSync(DECISIONS).filter((f) => f !== NEW_FILE)) copyFileSync(join(DECISIONS, f), join(dataDir, "decisions", f));
    expect((await rebuildDataset(dataDir)).ok).toBe(true);
    const env = { BOT_TOKEN: emulator.token, BOT_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir, STATE_DIR: stateDir, ADMIN_IDS: "4242", LOG_LEVEL: "error" };

    let bot = run(["dist/main.js"], env);

    // 40 people and 6 groups subscribe through the bot; a group member who is not an admin is refused.
    const users: User[] = Array.from({ length: 40 }, (_, i) => makeUser(`Người ${i}`));
    const groupAdmin = makeUser("Quản trị");
    emulator.chatAdmins.add(groupAdmin.id);
    const groups = Array.from({ length: 6 }, () => makeGroup());
    for (const u of users) emulator.sendPrivateText(u, u.id % 2 === 0 ? "/subscribe" : "/dangky Cao Bằng");
    for (const g of groups) emulator.sendGroupText(g, groupAdmin, `/subscribe@${emulator.username} Cao Bằng`);
    const refusedGroup = makeGroup();
    emulator.sendGroupText(refusedGroup, makeUser("Thành viên"), `/subscribe@${emulator.username}`);
    const chats = [...users.map((u) => u.id), ...groups.map((g) => g.id)];
    await until(() => [...chats, refusedGroup.id].every((c) => emulator.sentMessages(c).length >= 1), "subscription confirmations");
    // Three people block the bot before the decision arrives.
    const blocked = [users[3]!.id, users[10]!.id, users[21]!.id];
    for (const b of blocked) emulator.forbiddenChats.add(b);
    emulator.setRateLimits(true);
    await new Promise((r) => setTimeout(r, 1100));

    // While the broadcast runs, someone asks about the new decision: the bot answers from it without a restart.
    // At the 20th alert on the wire the bot is killed; that request never reaches "Telegram".
    const asker = makeUser("Hỏi");
    let alertsSeen = 0;
    let killedAfter = -1;
    emulator.beforeCall = async (method, params) => {
      if (method !== "sendMessage" || !String(params.text ?? "").includes(ALERT_MARK)) return;
      alertsSeen++;
      if (alertsSeen === 1) emulator.sendPrivateText(asker, "Sở Y tế Cao Bằng xếp thứ mấy?");
      if (alertsSeen !== 20) return;
      killedAfter = chats.reduce((n, c) => n + alertsTo(emulator, c), 0);
      bot.child.kill("SIGKILL");
      await bot.exit;
      return "drop";
    };

    const ingest = run(["dist/cli/ingest.js", join(DECISIONS, NEW_FILE)], { DATA_DIR: dataDir });
    expect(await ingest.exit).toBe(0);
    await bot.exit;
    expect(bot.child.signalCode).toBe("SIGKILL");
    expect(killedAfter).toBeGreaterThan(5);
    expect(killedAfter).toBeLessThan(chats.length - blocked.length);
    const answer = emulator.sentMessages(asker.id).map((m) => m.text ?? "").join("\n");
    expect(answer).toMatch(/Cao Bằng, năm 2022/u);
    expect(answer).toMatch(/Xếp hạng: \d+\/\d+/u);
    emulator.beforeCall = null;

    bot = run(["dist/main.js"], env);
    await until(() => chats.every((c) => blocked.includes(c) || alertsTo(emulator, c) >= 1), "every alert after the restart");
    await new Promise((r) => setTimeout(r, 1500));
    bot.child.kill("SIGTERM");
    expect(await bot.exit).toBe(0);

    for (const c of chats) expect({ chat: c, alerts: alertsTo(emulator, c) }).toEqual({ chat: c, alerts: blocked.includes(c) ? 0 : 1 });
    expect(emulator.sentMessages(refusedGroup.id).every((m) => !m.text?.includes(ALERT_MARK))).toBe(true);
    const db = openAlertsDb(stateDir);
    const alerts = new Alerts({ db, send: () => Promise.reject(new Error("unused")) });
    for (const b of blocked) expect(alerts.subscriptions.list(b)).toEqual([]);
    expect(alerts.subscriptions.list(refusedGroup.id)).toEqual([]);
    const [alert] = alerts.queue.alerts();
    expect(alert?.decisionId).toBe("cao-bang-2022-dti");
    expect(alerts.queue.report(alert!.id)).toMatchObject({ sent: chats.length - blocked.length, removed: blocked.length, failed: 0, open: 0 });
    db.close();
  }, 90_000);
});
