/**
 * Bot throughput: text updates handled per second through the full middleware stack (sequentialize, rate limiter,
 * sessions in a telegraf-session-local file, features, answer engine, rendering, grammY's API client serializing
 * every call) in one process, with the network stubbed by an in-process fetch. Median and p99 time per update.
 *
 * Two bots run side by side, in alternating chunks of updates so that both see the same machine: "cold" answers
 * every question afresh (remembered answers turned off), "warm" is the bot as it runs, remembering answers —
 * and since the bench repeats a dozen texts, nearly every one of its answers is remembered. The headline
 * `updatesPerSecond` is the cold figure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chat, Update, User } from "grammy/types";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { silentLogger } from "../src/log/logger.js";
import { answerQuestion, rememberAnswers } from "../src/answer/index.js";
import { renderAnswer } from "../src/render/index.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { createBot } from "../src/telegram/bot.js";
import { LOCAL_BOT_INFO, localFetch } from "../src/telegram/local-transport.js";
import { openSessionStore } from "../src/telegram/session.js";

const WARMUP = 500;
/** per bot */
const UPDATES = 10_000;
/** updates one bot handles before the other takes its turn */
const CHUNK = 500;
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
  for (const t of texts) renderAnswer(answerQuestion(t, k));
  let n = 0;
  const t0 = process.hrtime.bigint();
  for (let round = 0; round < 200; round++)
    for (const t of texts) {
      renderAnswer(answerQuestion(t, k));
      n++;
    }
  return Math.round((Number(process.hrtime.bigint() - t0) / 1000 / n) * 10) / 10;
}

interface Run {
  bot: ReturnType<typeof createBot>;
  knowledge: Knowledge;
  sessionStore: Awaited<ReturnType<typeof openSessionStore>>;
  updates: Update[];
  times: number[];
  nanoseconds: bigint;
  calls: number;
}

async function startBot(stateDir: string, knowledge: Knowledge): Promise<Run> {
  const config = parseConfig({ STATE_DIR: stateDir });
  const sessionStore = await openSessionStore({ stateDir, logger: silentLogger });
  const run: Run = { bot: undefined as unknown as Run["bot"], knowledge, sessionStore, updates: [], times: [], nanoseconds: 0n, calls: 0 };
  run.bot = createBot(
    "1:bench",
    { knowledge: () => knowledge, config, logger: silentLogger, sessionStore },
    { botInfo: LOCAL_BOT_INFO, client: { fetch: localFetch(LOCAL_BOT_INFO, () => run.calls++) } },
  );
  await run.bot.init();
  for (const u of makeUpdates(WARMUP, 1)) await run.bot.handleUpdate(u);
  run.updates = makeUpdates(UPDATES, WARMUP + 1);
  run.calls = 0;
  return run;
}

async function handleChunk(run: Run, from: number): Promise<void> {
  const started = process.hrtime.bigint();
  for (const u of run.updates.slice(from, from + CHUNK)) {
    const t0 = process.hrtime.bigint();
    await run.bot.handleUpdate(u);
    run.times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  run.nanoseconds += process.hrtime.bigint() - started;
}

function figures(run: Run): { perSecond: number; p50: number; p99: number } {
  const sorted = run.times.slice().sort((a, b) => a - b);
  return {
    perSecond: Math.round(UPDATES / (Number(run.nanoseconds) / 1e9)),
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
  };
}

export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const coldDir = mkdtempSync(join(tmpdir(), "dti-bench-state-"));
  const warmDir = mkdtempSync(join(tmpdir(), "dti-bench-state-"));
  try {
    const dataset = loadDataset(join(import.meta.dirname, "..", "data"));
    const coldKnowledge = buildKnowledge(dataset);
    rememberAnswers(coldKnowledge, 0);
    const cold = await startBot(coldDir, coldKnowledge);
    const warm = await startBot(warmDir, buildKnowledge(dataset));
    global.gc?.();
    for (let from = 0; from < UPDATES; from += CHUNK) {
      await handleChunk(cold, from);
      await handleChunk(warm, from);
    }
    const engineCold = answerAndRenderUs(cold.knowledge);
    const engineWarm = answerAndRenderUs(warm.knowledge);
    await cold.sessionStore.flush();
    await warm.sessionStore.flush();
    const c = figures(cold);
    const w = figures(warm);
    const n = (v: number) => v.toLocaleString("en-US");
    return {
      rows: [
        ["bot: text updates per second, cold (every answer afresh; full middleware, network stubbed)", `${n(c.perSecond)}/s (${n(UPDATES)} updates, ${n(cold.calls)} API calls)`],
        ["bot: text updates per second, warm (answers remembered, as the bot runs)", `${n(w.perSecond)}/s (same updates, chunks of ${CHUNK} alternating with cold)`],
        ["bot: time per update p50 / p99, cold · warm", `${c.p50} µs / ${c.p99} µs · ${w.p50} µs / ${w.p99} µs`],
        ["bot: of which answer engine + rendering (same texts, mean), cold · warm", `${engineCold} µs · ${engineWarm} µs`],
      ],
      json: {
        updatesPerSecond: c.perSecond,
        updatesPerSecondWarm: w.perSecond,
        updateLatencyUs: { p50: c.p50, p99: c.p99, answerAndRenderMean: engineCold, warm: { p50: w.p50, p99: w.p99, answerAndRenderMean: engineWarm } },
        updatesMeasured: UPDATES,
      },
    };
  } finally {
    rmSync(coldDir, { recursive: true, force: true });
    rmSync(warmDir, { recursive: true, force: true });
  }
}
