/**
 * Start-up on damaged state files: sessions (only conversations) are disposable and set aside; the alerts database
 * (subscriptions, the alert queue) is never touched, and the bot says which file, what is wrong and how to restore it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DamagedStateError, openAlertsDb } from "../src/alerts/index.js";
import { ALERTS_DB_FILE } from "../src/alerts/db.js";
import { createLogger } from "../src/log/logger.js";
import { openSessionStore, SESSIONS_FILE } from "../src/telegram/session.js";
import { BotApiEmulator, makeUser } from "./support/bot-api-emulator.js";
import { spawnBot, waitUntilPolling } from "./support/bot-process.js";

const dirs: string[] = [];
const tempDir = (prefix = "damaged-state-"): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger({ level: "debug", write: (l) => void lines.push(JSON.parse(l) as Record<string, unknown>) }) };
}

describe("a damaged sessions file is set aside and the bot starts fresh", () => {
  const damaged: [string, string][] = [
    ["garbage", "\u0000\u0001 not json at all {{{"],
    ["truncated JSON", '{"sessions":[{"id":"1","data":{"lang":"vi"}'],
    ["a wrong shape", '{"sessions":{"1":{"lang":"vi"}}}'],
    ["an array", "[1,2,3]"],
    ["an empty file", ""],
  ];
  for (const [what, content] of damaged)
    it(`${what}: moved to sessions.json.damaged-…, a warning names both files, sessions work`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, SESSIONS_FILE), content);
      const { lines, logger } = capture();
      const store = await openSessionStore({ stateDir: dir, logger });
      const aside = readdirSync(dir).filter((f) => f.startsWith(`${SESSIONS_FILE}.damaged-`));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]!), "utf8")).toBe(content);
      const warning = lines.find((l) => l.level === "warn");
      expect(warning).toMatchObject({ file: join(dir, SESSIONS_FILE), movedTo: join(dir, aside[0]!) });
      expect(store.read("1")).toBeUndefined();
      store.write("1", { lang: "en" });
      await store.flush();
      expect(JSON.parse(readFileSync(join(dir, SESSIONS_FILE), "utf8"))).toEqual({ sessions: [{ id: "1", data: { lang: "en" } }] });
    });

  it("leaves a healthy sessions file where it is", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, SESSIONS_FILE), JSON.stringify({ sessions: [{ id: "7", data: { lang: "en" } }] }));
    const store = await openSessionStore({ stateDir: dir, logger: capture().logger });
    expect(store.read("7")).toEqual({ lang: "en" });
    expect(readdirSync(dir).filter((f) => f.includes("damaged"))).toEqual([]);
  });
});

describe("a damaged alerts database stops start-up without touching the file", () => {
  const damaged: [string, (healthy: Buffer) => Buffer][] = [
    ["garbage", () => Buffer.from("this is not a database\n".repeat(300))],
    ["a truncated database", (healthy) => healthy.subarray(0, 1500)],
    ["a header with a broken page", (healthy) => Buffer.concat([healthy.subarray(0, 100), Buffer.alloc(healthy.length - 100, 0xab)])],
  ];
  const healthyBytes = (): Buffer => {
    const dir = tempDir();
    const db = openAlertsDb(dir);
    for (let i = 0; i < 200; i++) db.prepare("INSERT INTO subscriptions VALUES (?, 'all', '', '', 0)").run(i);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    return readFileSync(join(dir, ALERTS_DB_FILE));
  };
  for (const [what, damage] of damaged)
    it(`${what}: the error names the file, says what is wrong and how to restore it; the bytes are unchanged`, () => {
      const dir = tempDir();
      const bytes = damage(healthyBytes());
      writeFileSync(join(dir, ALERTS_DB_FILE), bytes);
      let error: unknown;
      try {
        openAlertsDb(dir).close();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DamagedStateError);
      const message = (error as Error).message;
      expect(message).toContain(join(dir, ALERTS_DB_FILE));
      expect(message).toMatch(/damaged \(.+\)/);
      expect(message).toMatch(/backup/);
      expect(readFileSync(join(dir, ALERTS_DB_FILE)).equals(bytes)).toBe(true);
    });
});

describe("the bot process on damaged state", () => {
  it("with a garbage sessions.json warns, starts and answers", async () => {
    const emu = await BotApiEmulator.start();
    const stateDir = tempDir();
    writeFileSync(join(stateDir, SESSIONS_FILE), "garbage{");
    const bot = spawnBot(emu, { stateDir });
    try {
      await waitUntilPolling(emu, bot);
      const user = makeUser();
      const mark = emu.mark;
      emu.sendPrivateText(user, "Sở Y tế Bắc Ninh xếp thứ mấy?");
      expect((await emu.waitForMessage(user.id, mark)).text).toContain("2/17");
      expect(bot.output()).toContain("sessions file is damaged");
    } finally {
      await bot.stop();
      await emu.stop();
    }
  });

  it("with a garbage alerts.sqlite exits non-zero naming the file and the way back, with the token redacted even from a path", async () => {
    // a token whose secret part is too short to look like one: only the known-secret redaction can catch it
    const token = "4242:shortsecret";
    const emu = await BotApiEmulator.start({ token });
    const stateDir = join(tempDir(), `state-${token}`);
    mkdirSync(stateDir);
    const garbage = Buffer.from("not a database at all\n".repeat(100));
    writeFileSync(join(stateDir, ALERTS_DB_FILE), garbage);
    const bot = spawnBot(emu, { stateDir });
    try {
      const exit = await bot.exited;
      expect(exit.code).not.toBe(0);
      const out = bot.output();
      expect(out).toContain(ALERTS_DB_FILE);
      expect(out).toMatch(/is damaged \(file is not a database\)/);
      expect(out).toMatch(/backup of STATE_DIR/);
      expect(out).not.toContain("shortsecret");
      expect(out).not.toMatch(/SqliteError|at .*node_modules/);
      expect(readFileSync(join(stateDir, ALERTS_DB_FILE)).equals(garbage)).toBe(true);
      expect(existsSync(join(stateDir, `${ALERTS_DB_FILE}-wal`))).toBe(false);
    } finally {
      await bot.stop();
      await emu.stop();
    }
  });
});
