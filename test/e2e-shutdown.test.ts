/**
 * Graceful stop of the real bot process: SIGTERM/SIGINT → in-flight answers finish, the update offset is
 * confirmed, exit 0 within 5 s; after a restart no update is answered twice. Also: a missing token is explained.
 */
import { spawn, spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BotApiEmulator, makeUser } from "./support/bot-api-emulator.js";
import { descendants, MAIN_JS, REPO_ROOT, spawnBot, tempStateDir, waitUntilPolling } from "./support/bot-process.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the bot process stops gracefully and never answers an update twice", () => {
  let emu: BotApiEmulator;
  beforeEach(async () => {
    emu = await BotApiEmulator.start();
  });
  afterEach(async () => {
    emu.beforeCall = null;
    await emu.stop();
  });

  it("exits 0 on SIGTERM, confirms the offset, and a restarted bot does not answer old updates again", async () => {
    const stateDir = tempStateDir();
    const user = makeUser();
    const first = spawnBot(emu, { stateDir });
    await waitUntilPolling(emu, first);
    let mark = emu.mark;
    const asked = emu.sendPrivateText(user, "Sở Y tế Bắc Ninh xếp thứ mấy?");
    expect((await emu.waitForMessage(user.id, mark)).text).toContain("2/17");

    const exit = await first.stop("SIGTERM");
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(5000);
    expect(emu.confirmedOffset).toBeGreaterThan(asked.update_id);

    const second = spawnBot(emu, { stateDir });
    await waitUntilPolling(emu, second);
    mark = emu.mark;
    emu.sendPrivateText(user, "còn Sở Tài chính?");
    const next = await emu.waitForMessage(user.id, mark);
    // the conversation survived the restart (session file in STATE_DIR): "còn Sở Tài chính?" is about Bắc Ninh
    expect(next.text).toContain("Sở Tài chính");
    expect(next.text).toContain("3/17");
    const answersToFirst = emu.sentMessages(user.id).filter((m) => m.text?.startsWith("Sở Y tế"));
    expect(answersToFirst).toHaveLength(1);
    expect((await second.stop("SIGINT")).code).toBe(0);
  });

  it("lets an answer in flight finish before exiting, and confirms it", async () => {
    const stateDir = tempStateDir();
    const user = makeUser();
    const bot = spawnBot(emu, { stateDir });
    await waitUntilPolling(emu, bot);
    let releaseSend: () => void = () => {};
    const sendStarted = new Promise<void>((resolve) => {
      emu.beforeCall = async (method) => {
        if (method !== "sendMessage") return;
        resolve();
        // the answer is slow to reach Telegram: SIGTERM arrives while it is in flight
        await new Promise<void>((r) => (releaseSend = r));
      };
    });
    const mark = emu.mark;
    const asked = emu.sendPrivateText(user, "Huyện Việt Yên Bắc Giang xếp thứ mấy?");
    await sendStarted;
    const stopping = bot.stop("SIGTERM");
    await sleep(300);
    releaseSend();
    const exit = await stopping;
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(5000);
    const reply = await emu.waitForMessage(user.id, mark, 1000);
    expect(reply.text).toContain("Việt Yên");
    expect(emu.confirmedOffset).toBeGreaterThan(asked.update_id);

    emu.beforeCall = null;
    const again = spawnBot(emu, { stateDir });
    await waitUntilPolling(emu, again);
    await sleep(300);
    expect(emu.sentMessages(user.id)).toHaveLength(1);
    expect((await again.stop("SIGTERM")).code).toBe(0);
  });

  it("`npm start` is one compiled node process, and a SIGTERM sent to npm reaches the bot, which stops cleanly", async () => {
    const child = spawn("npm", ["start"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", BOT_TOKEN: emu.token, BOT_API_ROOT: emu.apiRoot, STATE_DIR: tempStateDir() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    await emu.waitForPolling(20_000);
    // npm → one node process running the compiled bot: no shell, no compiler, no esbuild service beside it
    const tree = descendants(child.pid!);
    expect(tree.map((p) => p.command)).toEqual([`node dist/main.js`]);
    const user = makeUser();
    const asked = emu.sendPrivateText(user, "Sở Y tế Bắc Ninh");
    await emu.waitForMessage(user.id);
    const t0 = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(out).toContain('"reason":"SIGTERM"');
    expect(emu.confirmedOffset).toBeGreaterThan(asked.update_id);
  });

  it("without a token, says what is missing and that npm run chat works, and exits non-zero", () => {
    const res = spawnSync(process.execPath, [MAIN_JS], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", STATE_DIR: tempStateDir() },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(res.status).not.toBe(0);
    expect(res.status).not.toBeNull();
    expect(res.stderr).toContain("BOT_TOKEN");
    expect(res.stderr).toContain("npm run chat");
    expect(res.stdout).toBe("");
  });

  it("never logs the token, even when the Bot API fails", async () => {
    const bot = spawnBot(emu);
    await waitUntilPolling(emu, bot);
    const blocked = makeUser();
    emu.forbiddenChats.add(blocked.id);
    emu.sendPrivateText(blocked, "Sở Y tế Bắc Ninh");
    await emu.waitForCall((c) => c.chatId === blocked.id && c.errorCode === 403);
    // every send now dies on the wire: the answer is still in flight when SIGTERM comes
    emu.beforeCall = (method) => (method === "sendMessage" ? "drop" : undefined);
    const user = makeUser();
    emu.sendPrivateText(user, "Sở Y tế Bắc Ninh");
    await sleep(500);
    // an answer that cannot finish does not hold the stop beyond the 5 s a container runtime waits
    const exit = await bot.stop("SIGTERM");
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(5000);
    expect(bot.output()).toMatch(/"level":"warn".*in flight/);
    expect(bot.output()).toMatch(/"level":"debug".*bot was blocked/);
    expect(bot.output()).not.toContain(emu.token);
    expect(bot.output()).not.toContain(emu.token.split(":")[1]);
  });
});
