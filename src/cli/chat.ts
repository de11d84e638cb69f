/**
 * `npm run chat`: talk to the bot in the terminal through the same bot code (real grammY middleware, sessions,
 * buttons), with an in-process transport instead of the network — no token needed.
 * Type a question; `#2` presses button 2 under the last reply; `/start`, `/help`, commands work as in Telegram.
 */
import { createInterface } from "node:readline";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { loadConfig } from "../config/index.js";
import { loadDataset } from "../dataset/store.js";
import { createLogger } from "../log/logger.js";
import { buildKnowledge } from "../search/index.js";
import { createBot } from "../telegram/bot.js";
import { LOCAL_BOT_INFO, UpdateFactory, localTransport, type LocalCall } from "../telegram/local-transport.js";
import { openSessionStore } from "../telegram/session.js";

const config = loadConfig();
const logger = createLogger({ level: config.logLevel === "info" ? "warn" : config.logLevel });
let dataset;
try {
  dataset = loadDataset(config.dataDir);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
const knowledge = buildKnowledge(dataset);
const sessionStore = await openSessionStore({ inMemory: true, logger });

const user = { id: 42, is_bot: false, first_name: "Bạn", language_code: process.env.LANG?.startsWith("en") ? "en" : "vi" };
const updates = new UpdateFactory(user);
let lastButtons: { text: string; data: string }[] = [];
let lastMessage: Message | undefined;

function printCall(call: LocalCall): void {
  const p = call.payload;
  const body = typeof p.text === "string" ? p.text : typeof p.caption === "string" ? `[${call.method === "sendPhoto" ? "ảnh" : "tệp"}] ${p.caption}` : undefined;
  if (call.method === "answerCallbackQuery" && typeof p.text === "string") process.stdout.write(`(${p.text})\n`);
  if (body === undefined) return;
  process.stdout.write(`\n${call.method === "editMessageText" ? "✎ " : ""}${body}\n`);
  const keyboard = (p.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard;
  if (keyboard) {
    lastButtons = keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
    lastButtons.forEach((b, i) => process.stdout.write(`  [#${i + 1}] ${b.text}\n`));
  }
}

const bot = createBot("0:local", { knowledge: () => knowledge, config, logger, sessionStore }, { botInfo: LOCAL_BOT_INFO });
bot.api.config.use(localTransport(LOCAL_BOT_INFO, printCall));
bot.api.config.use(async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (res.ok && (method === "sendMessage" || method === "editMessageText") && typeof res.result === "object") lastMessage = res.result as Message;
  return res;
});
await bot.init();

process.stdout.write("Hỏi về xếp hạng chuyển đổi số (gõ /help; #1 để bấm nút 1; Ctrl+D để thoát).\n");
const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
const prompt = (): void => {
  if (process.stdin.isTTY) process.stdout.write("\n> ");
};
prompt();
for await (const line of rl) {
  const text = line.trim();
  if (text.length > 0) {
    const press = /^#(\d+)$/.exec(text);
    const button = press ? lastButtons[Number(press[1]) - 1] : undefined;
    if (press && (!button || !lastMessage)) process.stdout.write("(không có nút đó)\n");
    else await bot.handleUpdate(button && lastMessage ? updates.press(lastMessage, button.data) : updates.text(text));
  }
  prompt();
}
await sessionStore.flush();
