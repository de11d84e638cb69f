/**
 * The bot in process (createBot) against the emulator: error boundary, harmless errors, flood limit, catch-all
 * replies, and webhook mode with its secret-token check.
 */
import { createServer, type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { createLogger } from "../src/log/logger.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { createBot } from "../src/telegram/bot.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { openSessionStore } from "../src/telegram/session.js";
import { startWebhook } from "../src/telegram/webhook.js";
import { BotApiEmulator, makeUser, type Message } from "./support/bot-api-emulator.js";
import { REPO_ROOT } from "./support/bot-process.js";
import { join } from "node:path";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = buildKnowledge(loadDataset(join(REPO_ROOT, "data")));
});

describe("the bot in process", () => {
  let emu: BotApiEmulator;
  let logs: string[];
  let failNext: boolean;
  let bot: ReturnType<typeof createBot>;

  beforeEach(async () => {
    emu = await BotApiEmulator.start();
    logs = [];
    failNext = false;
    const deps: BotDeps = {
      knowledge: () => {
        if (failNext) {
          failNext = false;
          throw new Error("index unavailable");
        }
        return knowledge;
      },
      config: parseConfig({}),
      logger: createLogger({ level: "debug", write: (l) => logs.push(l) }),
      sessionStore: await openSessionStore({ inMemory: true, logger: createLogger({ level: "silent" }) }),
      rateLimit: { limit: 5, timeFrameMs: 60_000 },
    };
    bot = createBot(emu.token, deps, { apiRoot: emu.apiRoot });
    await bot.init();
  });
  afterEach(async () => {
    await emu.stop();
  });

  const handle = (u: Update) => bot.handleUpdate(u as never);

  it("apologises for a failing handler, logs it with the update id, and keeps answering", async () => {
    const user = makeUser();
    failNext = true;
    const broken = emu.sendPrivateText(user, "Sở Y tế Bắc Ninh");
    await handle(broken);
    const apology = emu.sentMessages(user.id)[0]!;
    expect(apology.text).toMatch(/Xin lỗi/);
    const logged = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === "error");
    expect(logged).toMatchObject({ update_id: broken.update_id, msg: expect.stringContaining("update failed") });
    expect(JSON.stringify(logged)).toContain("index unavailable");
    await handle(emu.sendPrivateText(user, "Sở Y tế Bắc Ninh"));
    expect(emu.sentMessages(user.id)[1]!.text).toContain("2/17");
  });

  it("ignores harmless API errors: pressing the same candidate twice edits once and apologises never", async () => {
    const user = makeUser();
    await handle(emu.sendPrivateText(user, "Sở Y tế năm 2023"));
    const question = emu.sentMessages(user.id)[0]!;
    const data = ((question.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat().find((b) => b.text.includes("Cao Bằng")))!.callback_data;
    await handle(emu.pressButton(user, question, data));
    await handle(emu.pressButton(user, emu.message(user.id, question.message_id)!, data));
    expect(emu.callsTo("editMessageText").map((c) => c.ok)).toEqual([true, false]);
    expect(emu.callsTo("editMessageText")[1]!.description).toContain("message is not modified");
    expect(emu.sentMessages(user.id)).toHaveLength(1);
    expect(logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    expect(logs.some((l) => l.includes("ignored harmless API error"))).toBe(true);
  });

  it("limits a flooding user with one polite notice", async () => {
    const user = makeUser();
    for (let i = 0; i < 8; i++) await handle(emu.sendPrivateText(user, "Sở Y tế Bắc Ninh"));
    const texts = emu.sentMessages(user.id).map((m) => m.text ?? "");
    expect(texts.filter((t) => t.includes("2/17"))).toHaveLength(5);
    expect(texts.filter((t) => t.includes("nhanh quá"))).toHaveLength(1);
    expect(texts).toHaveLength(6);
    const other = makeUser();
    await handle(emu.sendPrivateText(other, "Sở Y tế Bắc Ninh"));
    expect(emu.sentMessages(other.id)[0]!.text).toContain("2/17");
  });

  it("does not count a chatty group member's ordinary messages against their limit", async () => {
    const group = { id: -4242, type: "group" as const, title: "Nhóm" };
    const user = makeUser();
    for (let i = 0; i < 10; i++) await handle(emu.sendGroupText(group, user, `tin nhắn ${i}`));
    await handle(emu.sendGroupText(group, user, `/xephang@${emu.username} Sở Y tế Bắc Ninh`));
    const sent = emu.sentMessages(group.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain("2/17");
  });

  it("greets with three example buttons, helps on unknown commands, and asks for text on a sticker", async () => {
    const user = makeUser();
    await handle(emu.sendPrivateText(user, "/start"));
    const greeting = emu.sentMessages(user.id)[0]!;
    const examples = (greeting.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(examples).toHaveLength(3);
    await handle(emu.pressButton(user, greeting, examples[0]!.callback_data));
    expect(emu.sentMessages(user.id)[1]!.text).toContain("2/17");
    await handle(emu.sendPrivateText(user, "/frobnicate"));
    expect(emu.sentMessages(user.id)[2]!.text).toContain("/xephang");
    const chat = { id: user.id, type: "private" as const, first_name: user.first_name };
    await handle(emu.injectUpdate({ message: { message_id: 999, date: 0, chat, from: user, sticker: { file_id: "s" } } }));
    expect(emu.sentMessages(user.id)[3]!.text).toMatch(/chữ/);
    await handle(emu.sendPrivateText(user, "/xephang"));
    expect(emu.sentMessages(user.id)[4]!.text).toContain("/xephang Sở Y tế Bắc Ninh");
  });

  it("answers in English to an English question and a /rank command", async () => {
    const user = makeUser("Anna", { language_code: "en" });
    await handle(emu.sendPrivateText(user, "/rank Bac Ninh Department of Health"));
    const reply = emu.sentMessages(user.id)[0]!;
    expect(reply.text).toMatch(/Rank: 2\/17/);
  });
});

describe("webhook mode", () => {
  let emu: BotApiEmulator;
  beforeAll(async () => {
    emu = await BotApiEmulator.start();
  });
  afterAll(async () => {
    await emu.stop();
  });

  it("registers the URL with its secret and rejects requests without the secret-token header", async () => {
    const deps: BotDeps = {
      knowledge: () => knowledge,
      config: parseConfig({}),
      logger: createLogger({ level: "silent" }),
      sessionStore: await openSessionStore({ inMemory: true, logger: createLogger({ level: "silent" }) }),
    };
    const bot = createBot(emu.token, deps, { apiRoot: emu.apiRoot });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const server = await startWebhook(bot, { url, secret: "s3cret-token_1", port, host: "127.0.0.1" }, createLogger({ level: "silent" }));
    try {
      expect(emu.webhook).toEqual({ url, secret_token: "s3cret-token_1" });
      const user = makeUser();
      const update = emu.sendPrivateText(user, "Sở Y tế Bắc Ninh");
      const post = (headers: Record<string, string>, path = "/telegram/hook") =>
        fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
      expect((await post({})).status).toBe(401);
      expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "wrong" })).status).toBe(401);
      expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "s3cret-token_1" }, "/elsewhere")).status).toBe(404);
      expect(emu.sentMessages(user.id)).toEqual([]);
      expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "s3cret-token_1" })).status).toBe(200);
      const reply: Message = emu.sentMessages(user.id)[0]!;
      expect(reply.text).toContain("2/17");
    } finally {
      await server.stop(100);
    }
  });
});

/** A port the system just handed out, so parallel test files never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
