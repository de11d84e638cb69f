/**
 * The burst: many people asking at once, against the emulator with Telegram's limits on, through the real bot
 * (createBot, long polling with the runner, the Outbox shared with the alerts' gate). Used by the e2e test and by
 * `npm run bench` (key "burst").
 */
import { loadDataset } from "../../src/dataset/store.js";
import { parseConfig } from "../../src/config/index.js";
import { silentLogger } from "../../src/log/logger.js";
import { COPY } from "../../src/render/bot-copy.js";
import { buildKnowledge, type Knowledge } from "../../src/search/index.js";
import { createBot } from "../../src/telegram/bot.js";
import { splitFormatted } from "../../src/telegram/format.js";
import { createOutgoing, type OutgoingOptions } from "../../src/telegram/outgoing.js";
import { startPolling } from "../../src/telegram/polling.js";
import { plainApi } from "../../src/telegram/startup.js";
import { present } from "../../src/telegram/respond.js";
import { openSessionStore } from "../../src/telegram/session.js";
import { GOLDEN } from "../golden/questions.js";
import { BotApiEmulator, makeUser, type EmulatorOptions, type Message, type User } from "./bot-api-emulator.js";
import { scaledOutgoing, until, wait } from "./alerts-outage.js";

export interface BurstOptions {
  users: number;
  questionsPerUser: number;
  inlinePerUser: number;
  /** one button press per user, on the answer to a first question asked before the burst */
  buttons: boolean;
  /** 0: everything at once; else the updates arrive evenly over this many ms */
  spreadMs: number;
  /** Telegram seconds in ms (the emulator's and the bot's clock; 1000 is real time) */
  secondMs: number;
  outgoing: Partial<OutgoingOptions>;
  /** give up waiting after this long */
  timeoutMs: number;
  /** before the burst: every send is refused with 429 retry_after this many (Telegram) seconds */
  floodWaitSeconds?: number;
}

/** Telegram seconds on the burst's clock: five times faster than real time. */
export const BURST_SECOND_MS = 200;

/** The issue's burst: 200 people asking 8 questions each at once, with inline queries and a button each. */
export const ISSUE_BURST: BurstOptions = {
  users: 200,
  questionsPerUser: 8,
  inlinePerUser: 2,
  buttons: true,
  spreadMs: 0,
  secondMs: BURST_SECOND_MS,
  outgoing: scaledOutgoing(BURST_SECOND_MS),
  timeoutMs: 40_000,
};

export interface BurstResult {
  questions: number;
  answered: number;
  /** ms from a question reaching the emulator to its answer's sendMessage */
  latenciesMs: number[];
  inline: { asked: number; inTime: number };
  buttons: { asked: number; inTime: number };
  /** ms from each inline query and button press to its answer */
  queryLatenciesMs: { inline: number[]; buttons: number[] };
  tooManyRequests: number;
  notices: number;
  apologies: number;
  wallMs: number;
}

/** Questions whose answers fit one message, differ from each other, and do not depend on the conversation before them. */
export function burstQuestions(k: Knowledge, count: number): { q: string; text: string }[] {
  const seen = new Set<string>();
  const pool: { q: string; text: string }[] = [];
  for (const g of GOLDEN) {
    if (g.status !== "ok" || g.intent === "help" || g.intent === "unknown") continue;
    const p = present(g.q, k, undefined, { charts: false });
    if (splitFormatted(p.text).length !== 1 || seen.has(p.text.text)) continue;
    seen.add(p.text.text);
    pool.push({ q: g.q, text: p.text.text });
    if (pool.length >= count * 2) break;
  }
  // what the chat was talking about before: the question asked ahead of the burst, and a few others
  const before = ["Sở Y tế Bắc Ninh xếp thứ mấy?", ...pool.slice(0, 6).map((x) => x.q)];
  const conversations = before.map((q) => present(q, k, undefined, { charts: false }).result.conversation);
  return pool.filter((x) => conversations.every((c) => present(x.q, k, c, { charts: false }).text.text === x.text)).slice(0, count);
}

/** The "whole block" follow-up under an answer, as a person would press it. */
function wholeBlockButton(message: Message): string {
  const rows = (message.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
  const button = rows.flat().find((b) => b.text === COPY.vi.buttons.wholeBlock);
  if (!button?.callback_data) throw new Error("the answer before the burst has no 'whole block' button");
  return button.callback_data;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

export function summarize(latencies: number[]): { p50: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

export async function runBurst(opts: BurstOptions, emulatorOptions: EmulatorOptions = {}): Promise<BurstResult> {
  const emulator = await BotApiEmulator.start({ rateLimits: true, secondMs: opts.secondMs, queryDeadlineMs: { inline: 10_000, callback: 15_000 }, ...emulatorOptions });
  const knowledge = buildKnowledge(loadDataset("data"));
  const config = parseConfig({ DATA_DIR: "data", STATE_DIR: "state-unused", BOT_API_ROOT: emulator.apiRoot, LOG_LEVEL: "silent" });
  const outgoing = createOutgoing({ token: emulator.token, apiRoot: emulator.apiRoot, logger: silentLogger, ...opts.outgoing });
  const sessionStore = await openSessionStore({ inMemory: true, logger: silentLogger });
  const bot = createBot(
    emulator.token,
    { knowledge: () => knowledge, config, logger: silentLogger, sessionStore, rateLimit: { limit: 12, timeFrameMs: 10 * opts.secondMs } },
    { apiRoot: emulator.apiRoot, outbox: outgoing.outbox },
  );
  await bot.init();
  const poller = startPolling(bot, { api: plainApi(emulator.token, emulator.apiRoot, 45), logger: silentLogger });
  try {
    const questions = burstQuestions(knowledge, 40);
    const users: User[] = Array.from({ length: opts.users }, (_, i) => makeUser(`Người ${i}`, { id: 70_000 + i, language_code: "vi" }));

    // before the burst, each user's first answer: the message whose button they press during it
    const pressOn = new Map<number, Message>();
    if (opts.buttons) {
      for (const u of users) emulator.sendPrivateText(u, "Sở Y tế Bắc Ninh xếp thứ mấy?");
      const withButtons = (u: User): Message | undefined => emulator.sentMessages(u.id).find((m) => m.reply_markup !== undefined);
      await until(() => users.every((u) => withButtons(u) !== undefined), opts.timeoutMs, "the answers before the burst");
      for (const u of users) pressOn.set(u.id, withButtons(u)!);
    }
    if (opts.floodWaitSeconds) emulator.floodWait(opts.floodWaitSeconds);

    const startSeq = emulator.mark;
    const asked = new Map<number, Map<string, number>>();
    const jobs: (() => void)[] = [];
    for (const [ui, u] of users.entries()) {
      const mine = new Map<string, number>();
      asked.set(u.id, mine);
      for (let j = 0; j < opts.questionsPerUser; j++) {
        const q = questions[(ui + j * 7) % questions.length]!;
        jobs.push(() => {
          mine.set(q.text, Date.now());
          emulator.sendPrivateText(u, q.q);
        });
        if (j === Math.floor(opts.questionsPerUser / 2)) {
          for (let n = 0; n < opts.inlinePerUser; n++) jobs.push(() => void emulator.sendInlineQuery(u, questions[(ui + n) % questions.length]!.q));
          const message = pressOn.get(u.id);
          if (message) jobs.push(() => void emulator.pressButton(u, message, wholeBlockButton(message)));
        }
      }
    }
    // interleave users, as a crowd would
    const perUser = Math.ceil(jobs.length / users.length);
    const order: (() => void)[] = [];
    for (let r = 0; r < perUser; r++) for (let u = 0; u < users.length; u++) {
      const job = jobs[u * perUser + r];
      if (job) order.push(job);
    }
    const started = Date.now();
    if (opts.spreadMs === 0) for (const job of order) job();
    else
      for (const [i, job] of order.entries()) {
        const due = started + (i * opts.spreadMs) / order.length;
        if (due > Date.now()) await wait(due - Date.now());
        job();
      }

    const total = opts.users * opts.questionsPerUser;
    // read the emulator's record once, as it grows: the wait below looks at it every few milliseconds
    let answered = 0;
    let scanned = 0;
    const latencies: number[] = [];
    const seen = new Set<string>();
    const countAnswers = (): number => {
      for (; scanned < emulator.calls.length; scanned++) {
        const call = emulator.calls[scanned]!;
        if (call.method !== "sendMessage" || call.seq < startSeq || !call.ok) continue;
        const text = String(call.params.text);
        const askedAt = asked.get(Number(call.chatId))?.get(text);
        const key = `${call.chatId}\n${text}`;
        if (askedAt === undefined || seen.has(key)) continue;
        seen.add(key);
        answered++;
        latencies.push(call.at - askedAt);
      }
      return answered;
    };
    const queriesDone = (): number => emulator.queryAnswers.length;
    const expectedQueries = opts.users * opts.inlinePerUser + (opts.buttons ? opts.users : 0);
    await until(() => countAnswers() >= total && queriesDone() >= expectedQueries, opts.timeoutMs, "every answer").catch(() => undefined);
    const wallMs = Date.now() - started;
    countAnswers();
    const sent = emulator.callsTo("sendMessage").filter((c) => c.seq >= startSeq);
    const inline = emulator.queryAnswers.filter((a) => a.kind === "inline");
    const callbacks = emulator.queryAnswers.filter((a) => a.kind === "callback");
    return {
      questions: total,
      answered,
      latenciesMs: latencies,
      inline: { asked: opts.users * opts.inlinePerUser, inTime: inline.filter((a) => a.inTime).length },
      buttons: { asked: opts.buttons ? opts.users : 0, inTime: callbacks.filter((a) => a.inTime).length },
      queryLatenciesMs: { inline: inline.map((a) => a.afterMs), buttons: callbacks.map((a) => a.afterMs) },
      tooManyRequests: sent.filter((c) => c.errorCode === 429).length,
      notices: sent.filter((c) => c.ok && (String(c.params.text) === COPY.vi.answerDelayed || String(c.params.text) === COPY.en.answerDelayed)).length,
      apologies: sent.filter((c) => String(c.params.text) === COPY.vi.apology).length,
      wallMs,
    };
  } finally {
    await poller.stop(500);
    outgoing.outbox.stop();
    await emulator.stop();
  }
}
