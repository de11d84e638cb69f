/**
 * `npm run chat`: talk to the bot in the terminal through the same bot code (real grammY middleware, sessions,
 * buttons, subscriptions, charts, exports), with an in-process transport instead of the network — no token needed.
 * Type a question; `#2` presses button 2 under the last reply; `/start`, `/help`, every command works as in Telegram.
 * Subscriptions live in a local state dir; charts and exports (Excel or CSV) are saved as files in a folder the chat names.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { InputFile } from "grammy";
import type { InlineKeyboardMarkup, Message, Update } from "grammy/types";
import { Alerts, openAlertsDb, PublishService, type AlertPayload } from "../alerts/index.js";
import { loadConfig } from "../config/index.js";
import { loadDataset } from "../dataset/store.js";
import { createLogger } from "../log/logger.js";
import { buildKnowledge, type Knowledge } from "../search/index.js";
import { createBot } from "../telegram/bot.js";
import { ChartsDeps } from "../telegram/features/charts.js";
import { LOCAL_BOT_INFO, UpdateFactory, localTransport, type LocalCall } from "../telegram/local-transport.js";
import { openSessionStore } from "../telegram/session.js";
import { parseCli, runMain } from "./args.js";

const USAGE = `usage: npm run chat [-- options]

  A conversation with the bot in the terminal: no token, no network. Type a question and press Enter;
  #N presses button N under the last reply; "@ <question>" asks in inline mode, as from any chat;
  Ctrl+D ends the chat. (Decisions are added with npm run ingest, not by sending files here.)

  --state-dir <dir>   where subscriptions (/dangky) are kept (default: STATE_DIR/chat, i.e. ./state/chat)
  --out <dir>         where charts (/bieudo) and exports (/xuat) are saved (default: ./chat-files)
  --lang vi|en        the language of the bot's own words (default: from LANG, else vi)
  -h, --help          this text`;

const CHAT_USER_ID = 42;

/** Write what the bot sent as a photo or a document into `outDir`; the path, or undefined when there was no file. */
async function saveUpload(file: unknown, outDir: string, fallbackName: string): Promise<string | undefined> {
  if (!(file instanceof InputFile)) return undefined;
  const raw = await file.toRaw();
  const chunks: Uint8Array[] = [];
  if (raw instanceof Uint8Array) chunks.push(raw);
  else for await (const c of raw as AsyncIterable<Uint8Array>) chunks.push(c);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, basename(file.filename ?? fallbackName));
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

async function main(): Promise<number> {
  const parsed = parseCli(
    { name: "chat", usage: USAGE, maxPositionals: 0, options: { "state-dir": { type: "string" }, out: { type: "string" }, lang: { type: "string" } } },
    process.argv.slice(2),
  );
  if (!parsed) return 0;
  const lang = parsed.values.lang ?? (process.env.LANG?.startsWith("en") ? "en" : "vi");
  if (lang !== "vi" && lang !== "en") throw new Error(`npm run chat: --lang must be vi or en, not "${lang}"`);
  const config = loadConfig();
  const stateDir = resolve(parsed.values["state-dir"] ?? join(config.stateDir, "chat"));
  const outDir = resolve(parsed.values.out ?? "chat-files");
  const logger = createLogger({ level: config.logLevel === "info" ? "warn" : config.logLevel });

  let knowledge: Knowledge = buildKnowledge(loadDataset(config.dataDir));
  const out = (text: string): void => void process.stdout.write(text);

  mkdirSync(stateDir, { recursive: true });
  const db = openAlertsDb(stateDir);
  // an alert "delivered" to this chat is printed, like any other message the bot sends
  const alerts = new Alerts({
    db,
    send: async (_chatId: number, payload: AlertPayload) => {
      out(`\n🔔 ${payload.text}\n`);
      return { kind: "ok", messageId: null };
    },
    logger,
  });
  const publisher = new PublishService({
    alerts,
    dataDir: config.dataDir,
    dataset: knowledge.dataset,
    logger,
    onApplied: (next) => {
      knowledge = buildKnowledge(next);
    },
  });
  alerts.start(knowledge.dataset);

  const user = { id: CHAT_USER_ID, is_bot: false, first_name: "Bạn", language_code: lang };
  const updates = new UpdateFactory(user);
  let lastButtons: { text: string; data: string }[] = [];
  let lastMessage: Message | undefined;
  const saving: Promise<void>[] = [];
  let inlineQueries = 0;
  const inlineUpdate = (query: string): Update =>
    ({ update_id: 1_000_000 + ++inlineQueries, inline_query: { id: `iq${inlineQueries}`, from: user, query, offset: "", chat_type: "private" } }) as Update;

  const printCall = (call: LocalCall): void => {
    const p = call.payload;
    if (call.method === "sendPhoto" || call.method === "sendDocument") {
      const kind = call.method === "sendPhoto" ? "ảnh" : "tệp";
      saving.push(
        saveUpload(call.method === "sendPhoto" ? p.photo : p.document, outDir, call.method === "sendPhoto" ? "chart.png" : "export.xlsx").then((path) => {
          out(`\n[${kind}] ${typeof p.caption === "string" ? p.caption : ""}\n  → ${path ?? "(gửi lại tệp đã có, không lưu lại)"}\n`);
        }),
      );
      return;
    }
    if (call.method === "answerInlineQuery" && Array.isArray(p.results)) {
      const results = p.results as { title?: string; description?: string }[];
      if (results.length === 0) out("\n(inline: —)\n");
      results.forEach((r, i) => out(`${i === 0 ? "\n" : ""}  [@${i + 1}] ${r.title ?? ""}${r.description ? ` — ${r.description}` : ""}\n`));
      return;
    }
    if (call.method === "answerCallbackQuery" && typeof p.text === "string") out(`(${p.text})\n`);
    if (typeof p.text !== "string" || call.method === "answerCallbackQuery") return;
    out(`\n${call.method === "editMessageText" ? "✎ " : ""}${p.text}\n`);
    const keyboard = (p.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard;
    if (keyboard) {
      lastButtons = keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
      lastButtons.forEach((b, i) => out(`  [#${i + 1}] ${b.text}\n`));
    }
  };

  const sessionStore = await openSessionStore({ inMemory: true, logger });
  const bot = createBot(
    "0:local",
    { knowledge: () => knowledge, config, logger, sessionStore, alerts: { alerts, publisher }, charts: new ChartsDeps() },
    { botInfo: LOCAL_BOT_INFO },
  );
  bot.api.config.use(localTransport(LOCAL_BOT_INFO, printCall));
  bot.api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (res.ok && (method === "sendMessage" || method === "editMessageText") && typeof res.result === "object") lastMessage = res.result as Message;
    return res;
  });
  await bot.init();

  out(
    lang === "en"
      ? `Ask about the digital-transformation rankings (/help; #1 presses button 1; "@ question" tries inline mode; Ctrl+D quits).\nSubscriptions: ${stateDir} · charts and exports: ${outDir}\n`
      : `Hỏi về xếp hạng chuyển đổi số (gõ /help; #1 để bấm nút 1; "@ câu hỏi" để thử chế độ inline; Ctrl+D để thoát).\nĐăng ký lưu ở: ${stateDir} · biểu đồ và tệp xuất lưu ở: ${outDir}\n`,
  );
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, terminal: interactive });
  const prompt = (): void => {
    if (interactive) out("\n> ");
  };
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    // a terminal shows what was typed; piped input is echoed so the transcript reads as a conversation
    if (!interactive && text.length > 0) out(`\n> ${text}\n`);
    if (text.length > 0) {
      const press = /^#(\d+)$/.exec(text);
      const button = press ? lastButtons[Number(press[1]) - 1] : undefined;
      const inline = /^@(?:\w+)?\s+(.*)$/.exec(text);
      if (inline) await bot.handleUpdate(inlineUpdate(inline[1]!.trim()));
      else if (press && (!button || !lastMessage)) out(lang === "en" ? "(no such button)\n" : "(không có nút đó)\n");
      else await bot.handleUpdate(button && lastMessage ? updates.press(lastMessage, button.data) : updates.text(text));
      await Promise.all(saving.splice(0));
    }
    prompt();
  }
  await alerts.stop();
  await sessionStore.flush();
  db.close();
  return 0;
}

runMain(main);
