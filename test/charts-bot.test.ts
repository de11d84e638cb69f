import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { answerQuestion } from "../src/answer/index.js";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { silentLogger } from "../src/log/logger.js";
import { planForAnswer } from "../src/render/charts/answer.js";
import ExcelJS from "exceljs";
import { parseDecisionCsv } from "../src/render/export/csv.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { createBot, type MyContext } from "../src/telegram/bot.js";
import { ChartsDeps } from "../src/telegram/features/charts.js";
import { openSessionStore } from "../src/telegram/session.js";
import { pngInfo } from "./fixtures/charts-svg.js";
import { BotApiEmulator, makeGroup, makeUser, type Message, type RecordedCall } from "./support/bot-api-emulator.js";

type Button = { text: string; callback_data?: string };

const knowledge: Knowledge = buildKnowledge(loadDataset("data"));

let emulator: BotApiEmulator;
let bot: Bot<MyContext>;
let charts: ChartsDeps;

beforeEach(async () => {
  emulator = await BotApiEmulator.start();
  charts = new ChartsDeps();
  const config = parseConfig({ DATA_DIR: "data", STATE_DIR: "state-unused", BOT_API_ROOT: emulator.apiRoot, LOG_LEVEL: "silent" });
  const sessionStore = await openSessionStore({ inMemory: true, logger: silentLogger });
  bot = createBot(
    emulator.token,
    { knowledge: () => knowledge, config, logger: silentLogger, sessionStore, charts, rateLimit: { limit: 1000, timeFrameMs: 1000 } },
    { apiRoot: emulator.apiRoot },
  );
  await bot.init();
});

afterEach(async () => {
  await emulator.stop();
});

const handle = (update: object): Promise<void> => bot.handleUpdate(update as Update);

function last(calls: RecordedCall[]): RecordedCall {
  const call = calls.at(-1);
  if (!call) throw new Error(`no such call; calls were:\n${emulator.describeCalls()}`);
  return call;
}

/** The file a call uploaded (grammY names multipart fields itself and points at them with attach://). */
function uploaded(call: RecordedCall): { filename: string; data: Buffer } | undefined {
  return Object.values(call.files)[0];
}

function lastMessage(chatId: number): Message {
  const m = emulator.sentMessages(chatId).at(-1);
  if (!m) throw new Error(`nothing sent to ${chatId}`);
  return m;
}

describe("/chart <question>", () => {
  it("sends the answer's chart as a PNG photo, then reuses Telegram's file_id for the same chart", async () => {
    const user = makeUser("Lan");
    await handle(emulator.sendPrivateText(user, "/chart Sở Y tế Bắc Ninh 2023"));
    const first = last(emulator.callsTo("sendPhoto"));
    expect(first.ok).toBe(true);
    const upload = uploaded(first);
    expect(upload).toBeDefined();
    const { width, height } = pngInfo(upload!.data);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    expect(String(first.params.caption)).toContain("Bắc Ninh");
    expect(String(first.params.caption)).toContain("2405/QĐ-UBND");

    await handle(emulator.sendPrivateText(user, "/bieudo Sở Y tế Bắc Ninh 2023"));
    const second = last(emulator.callsTo("sendPhoto"));
    expect(second.ok).toBe(true);
    expect(uploaded(second)).toBeUndefined();
    const sentPhoto = (first.result as Message).photo!.at(-1)!;
    expect(second.params.photo).toBe(sentPhoto.file_id);
    expect(charts.cache.size).toBe(1);
  });

  it("uploads afresh when a remembered file_id is refused", async () => {
    const user = makeUser("Minh");
    const plan = planForAnswer(answerQuestion("Sở Y tế Hưng Yên", knowledge), knowledge)!;
    charts.cache.set(plan.hash, "a-file-id-this-server-never-issued");
    await handle(emulator.sendPrivateText(user, "/chart Sở Y tế Hưng Yên"));
    const calls = emulator.callsTo("sendPhoto");
    expect(calls.map((c) => c.ok)).toEqual([false, true]);
    expect(uploaded(calls[1]!)).toBeDefined();
    expect(charts.cache.get(plan.hash)).toBe((calls[1]!.result as Message).photo!.at(-1)!.file_id);
  });

  it("answers in text when the question has no chart, and explains the command when it has no question", async () => {
    const user = makeUser("Hoa");
    await handle(emulator.sendPrivateText(user, "/chart xyz qwv"));
    expect(lastMessage(user.id).text).toContain("Không tìm thấy");
    await handle(emulator.sendPrivateText(user, "/chart"));
    expect(lastMessage(user.id).text).toContain("/chart Sở Y tế Bắc Ninh 2023");
    expect(emulator.callsTo("sendPhoto")).toHaveLength(0);
  });
});

describe("the 📊 Biểu đồ button under an answer", () => {
  it("sends the year-over-year slope chart for a trend answer, and the block's bars for a rank answer", async () => {
    const user = makeUser("Lan");
    await handle(emulator.sendPrivateText(user, "Huyện Việt Yên qua các năm"));
    const answer = lastMessage(user.id);
    const button = ((answer.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard.flat()).find((b) => b.text === "📊 Biểu đồ");
    expect(button?.callback_data).toBeDefined();
    await handle(emulator.pressButton(user, answer, button!.callback_data!));
    const slope = last(emulator.callsTo("sendPhoto"));
    expect(String(slope.params.caption)).toContain("2021 → 2023");
    expect(String(slope.params.caption)).toContain("Huyện Việt Yên: 2 → 2");
    expect(last(emulator.callsTo("answerCallbackQuery")).ok).toBe(true);

    await handle(emulator.sendPrivateText(user, "Sở Y tế Bắc Giang năm 2023"));
    const rank = lastMessage(user.id);
    const bar = ((rank.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard.flat()).find((b) => b.text === "📊 Biểu đồ")!;
    await handle(emulator.pressButton(user, rank, bar.callback_data!));
    const photo = last(emulator.callsTo("sendPhoto"));
    expect(String(photo.params.caption)).toContain("Bắc Giang — Khối sở, ngành — 2023");
    expect(pngInfo(uploaded(photo)!.data).width).toBeGreaterThan(600);
  });

  it("in a group, replies under the answer the button belongs to", async () => {
    const group = makeGroup();
    const user = makeUser("Thành viên");
    await handle(emulator.sendGroupText(group, user, "/xephang Sở Y tế Hưng Yên"));
    const answer = lastMessage(group.id);
    const button = ((answer.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard.flat()).find((b) => b.callback_data?.startsWith("ch:"))!;
    await handle(emulator.pressButton(user, answer, button.callback_data!));
    const photo = last(emulator.callsTo("sendPhoto"));
    expect(photo.ok).toBe(true);
    const raw = photo.params.reply_parameters;
    const replyTo = (typeof raw === "string" ? JSON.parse(raw) : raw) as { message_id: number };
    expect(replyTo.message_id).toBe(answer.message_id);
  });

  it("says the button is stale when its unit is gone, instead of failing", async () => {
    const user = makeUser("Lan");
    await handle(emulator.sendPrivateText(user, "Sở Y tế Bắc Ninh"));
    const answer = lastMessage(user.id);
    await handle(emulator.pressButton(user, answer, "ch:AAAAAAAAAAA:2023:D"));
    expect(emulator.callsTo("sendPhoto")).toHaveLength(0);
    expect(last(emulator.callsTo("answerCallbackQuery")).params.text).toBeTruthy();
  });
});

describe("/export <province> [year]", () => {
  it("sends one Excel workbook per request, a sheet per table, scores as numeric cells", async () => {
    const user = makeUser("Lan");
    await handle(emulator.sendPrivateText(user, "/export Bắc Ninh 2023"));
    const docs = emulator.callsTo("sendDocument");
    const decision = knowledge.dataset.decisions.find((d) => d.id === "bac-ninh-2023-dti")!;
    expect(docs).toHaveLength(1);
    const file = uploaded(docs[0]!)!;
    expect(file.filename).toBe("bac-ninh-2023-dti.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(decision.tables.length);
    const values = wb.worksheets[0]!.getColumn(4).values.filter((v) => typeof v === "number");
    expect(values.slice(0, decision.tables[0]!.rows.length)).toEqual(decision.tables[0]!.rows.map((r) => r.total));
    expect(String(docs[0]!.params.caption)).toContain("2405/QĐ-UBND");
  });

  it("sends one CSV for machines when asked, labelled as such, that parses back to the dataset rows", async () => {
    const user = makeUser("Lan");
    await handle(emulator.sendPrivateText(user, "/export Bắc Ninh 2023 csv"));
    const docs = emulator.callsTo("sendDocument");
    expect(docs).toHaveLength(1);
    const file = uploaded(docs[0]!)!;
    expect(file.filename).toBe("bac-ninh-2023-dti.csv");
    expect([...file.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decision = knowledge.dataset.decisions.find((d) => d.id === "bac-ninh-2023-dti")!;
    const rows = parseDecisionCsv(file.data.toString("utf8"));
    expect(rows.map((r) => [r.tableId, r.name, r.rank, r.total, r.components])).toEqual(
      decision.tables.flatMap((t) => t.rows.map((r) => [t.id, r.name, r.rank, r.total, r.components])),
    );
    expect(String(docs[0]!.params.caption)).toContain("CSV");
    expect(String(docs[0]!.params.caption)).toContain("dấu chấm thập phân");
  });

  it("sends the answer's decision as one workbook from the 📥 Xuất Excel button under an answer", async () => {
    const user = makeUser("Hoa");
    await handle(emulator.sendPrivateText(user, "Sở Y tế Hưng Yên xếp thứ mấy?"));
    const answer = lastMessage(user.id);
    const button = (answer.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard.flat().find((b) => b.text === "📥 Xuất Excel");
    expect(button?.callback_data).toMatch(/^xl:/u);
    await handle(emulator.pressButton(user, answer, button!.callback_data!));
    const docs = emulator.callsTo("sendDocument");
    expect(docs).toHaveLength(1);
    expect(uploaded(docs[0]!)!.filename).toBe("hung-yen-2023-dti.xlsx");
    await handle(emulator.pressButton(user, answer, "xl:AAAAAAAAAAA:2023:D"));
    expect(emulator.callsTo("sendDocument")).toHaveLength(1);
    expect(last(emulator.callsTo("answerCallbackQuery")).params.text).toBe("Nút này đã cũ. Vui lòng hỏi lại bằng lời.");
  });

  it("narrows to one block, and explains what exists when the province or year has no table", async () => {
    const user = makeUser("Minh");
    await handle(emulator.sendPrivateText(user, "/export bac giang 2021 huyen"));
    expect(emulator.callsTo("sendDocument").map((c) => uploaded(c)!.filename)).toEqual(["bac-giang-2021-ict-districts.xlsx"]);
    await handle(emulator.sendPrivateText(user, "/export Hà Giang"));
    expect(lastMessage(user.id).text).toContain("Không có bảng xếp hạng cho “Hà Giang”");
    expect(lastMessage(user.id).text).toContain("Bắc Giang (2021, 2023)");
    await handle(emulator.sendPrivateText(user, "/export"));
    expect(lastMessage(user.id).text).toContain("/export Bắc Ninh 2023");
  });
});
