/**
 * Bot throughput: text updates handled per second through the full middleware stack (sequentialize, rate limiter,
 * sessions in a telegraf-session-local file, features, answer engine, rendering, grammY's API client serializing
 * every call) in one process, with the network stubbed by an in-process fetch. Median and p99 time per update.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chat, Update, User } from "grammy/types";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { silentLogger } from "../src/log/logger.js";
import { answerQuestion } from "../src/answer/index.js";
import { renderAnswer } from "../src/render/index.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { createBot } from "../src/telegram/bot.js";
import { LOCAL_BOT_INFO, localFetch } from "../src/telegram/local-transport.js";
import { openSessionStore } from "../src/telegram/session.js";

const WARMUP = 500;
const UPDATES = 10_000;
/** each user sends few messages, so the per-user flood limit stays out of the way as with real traffic */
const USERS = 2_500;

const PRIVATE_TEXTS = [
  "Sở Y tế Bắc Ninh xếp thứ mấy?",
  "còn năm 2021?",
  "so voi so tai chinh?",
  "top 5 huyện Bắc Giang 2023",
  "So sánh Sở Tài chính và Sở Y tế Hưng Yên",
  "Huyện Việt Yên qua các năm",
  "Sở Y tế",
  "/xephang Sở Nội vụ Cao Bằng",
  "<b>Sở KH&CN</b> Bắc Ninh",
  "what rank is Bac Ninh Department of Health in 2023?",
];
const GROUP_TEXTS = ["Hôm nay họp lúc mấy giờ?", `@${LOCAL_BOT_INFO.username} Sở Y tế Bắc Giang`, `/top@${LOCAL_BOT_INFO.username} 3 sở Cao Bằng`];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function makeUpdates(count: number, firstId: number): Update[] {
  const out: Update[] = [];
  for (let i = 0; i < count; i++) {
    const user: User = { id: 10_000 + (i % USERS), is_bot: false, first_name: "U", language_code: "vi" };
    const inGroup = i % 5 === 4;
    const chat: Chat = inGroup ? { id: -1000 - (i % 50), type: "group", title: "G" } : { id: user.id, type: "private", first_name: "U" };
    const text = inGroup ? GROUP_TEXTS[i % GROUP_TEXTS.length]! : PRIVATE_TEXTS[i % PRIVATE_TEXTS.length]!;
    const entities = [];
    const cmd = /^\/[a-z]+(@\w+)?/.exec(text);
    if (cmd) entities.push({ type: "bot_command" as const, offset: 0, length: cmd[0].length });
    const mention = text.indexOf(`@${LOCAL_BOT_INFO.username}`);
    if (mention > 0 || (mention === 0 && !cmd)) entities.push({ type: "mention" as const, offset: mention, length: LOCAL_BOT_INFO.username.length + 1 });
    out.push({
      update_id: firstId + i,
      message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat, from: user, text, ...(entities.length ? { entities } : {}) },
    } as Update);
  }
  return out;
}

/** Mean time of the answer engine and the renderer alone on the same texts: how much of an update is not the bot's. */
function answerAndRenderUs(k: Knowledge): number {
  const texts = [...PRIVATE_TEXTS, ...GROUP_TEXTS].map((t) => t.replace(/^\/\w+(@\w+)?\s*|@\w+\s*/g, ""));
  let n = 0;
  const t0 = process.hrtime.bigint();
  for (let round = 0; round < 200; round++)
    for (const t of texts) {
      renderAnswer(answerQuestion(t, k));
      n++;
    }
  return Math.round(Number(process.hrtime.bigint() - t0) / 1000 / n);
}

export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const stateDir = mkdtempSync(join(tmpdir(), "dti-bench-state-"));
  try {
    const config = parseConfig({ STATE_DIR: stateDir });
    const knowledge = buildKnowledge(loadDataset(join(import.meta.dirname, "..", "data")));
    const sessionStore = await openSessionStore({ stateDir, logger: silentLogger });
    let calls = 0;
    const bot = createBot(
      "1:bench",
      { knowledge: () => knowledge, config, logger: silentLogger, sessionStore },
      { botInfo: LOCAL_BOT_INFO, client: { fetch: localFetch(LOCAL_BOT_INFO, () => calls++) } },
    );
    await bot.init();

    for (const u of makeUpdates(WARMUP, 1)) await bot.handleUpdate(u);
    const updates = makeUpdates(UPDATES, WARMUP + 1);
    calls = 0;
    const times: number[] = [];
    const started = process.hrtime.bigint();
    for (const u of updates) {
      const t0 = process.hrtime.bigint();
      await bot.handleUpdate(u);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const engineUs = answerAndRenderUs(knowledge);
    await sessionStore.flush();
    times.sort((a, b) => a - b);
    const perSecond = Math.round(UPDATES / seconds);
    const p50 = Math.round(percentile(times, 50));
    const p99 = Math.round(percentile(times, 99));
    return {
      rows: [
        ["bot: text updates per second (full middleware, network stubbed)", `${perSecond.toLocaleString("en-US")}/s (${UPDATES} updates, ${calls} API calls)`],
        ["bot: time per update p50 / p99", `${p50} µs / ${p99} µs`],
        ["bot: of which answer engine + rendering (same texts, mean)", `${engineUs} µs`],
      ],
      json: { updatesPerSecond: perSecond, updateLatencyUs: { p50, p99, answerAndRenderMean: engineUs }, updatesMeasured: UPDATES },
    };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}
