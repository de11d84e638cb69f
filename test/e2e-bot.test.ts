/**
 * End to end: the real bot process (`node dist/main.js`, what `npm start` execs) against the Bot API
 * emulator on 127.0.0.1 through BOT_API_ROOT, with the real dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator, makeGroup, makeUser, type Message, type RecordedCall } from "./support/bot-api-emulator.js";
import { spawnBot, waitUntilPolling, type BotProcess } from "./support/bot-process.js";

type Button = { text: string; callback_data?: string };
const buttonsOf = (m: Message): Button[] => ((m.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

describe("the bot process answers through the Bot API", () => {
  let emu: BotApiEmulator;
  let bot: BotProcess;

  beforeAll(async () => {
    emu = await BotApiEmulator.start({ botUsername: "dti_e2e_bot" });
    bot = spawnBot(emu);
    await waitUntilPolling(emu, bot);
  });

  afterAll(async () => {
    const exit = await bot.stop("SIGTERM");
    await emu.stop();
    expect(exit.code).toBe(0);
    // the token is part of every Bot API URL; it must never reach the logs
    expect(bot.output()).not.toContain(emu.token);
  });

  it("registers its command menu in Vietnamese and English for private chats and groups", async () => {
    await emu.waitForCall((c) => c.method === "setMyCommands" && JSON.stringify(c.params.scope) === '{"type":"all_group_chats"}' && c.params.language_code === "en");
    const groupVi = emu.commands.get('{"type":"all_group_chats"}|')!.map((c) => c.command);
    expect(groupVi).toEqual(expect.arrayContaining(["help", "rank", "xephang", "top", "compare", "trend", "subscribe", "unsubscribe"]));
    const privateEn = emu.commands.get('{"type":"all_private_chats"}|en')!;
    expect(privateEn.map((c) => c.command)).toContain("start");
    expect(privateEn.find((c) => c.command === "rank")?.description).toMatch(/rank/i);
  });

  it("answers a question in a private chat with the right rank", async () => {
    const user = makeUser();
    const mark = emu.mark;
    emu.sendPrivateText(user, "Sở Y tế Bắc Ninh xếp thứ mấy?");
    const reply = await emu.waitForMessage(user.id, mark);
    expect(reply.text).toContain("Sở Y tế");
    expect(reply.text).toContain("2/17");
    expect(reply.text).toContain("875,83");
    // the answer is formatted with entities, not HTML
    expect(emu.callsTo("sendMessage").find((c) => c.result === reply)?.params.parse_mode).toBeUndefined();
  });

  it("understands a follow-up question from the conversation", async () => {
    const user = makeUser();
    let mark = emu.mark;
    emu.sendPrivateText(user, "Sở Y tế Bắc Giang xếp thứ mấy?");
    expect((await emu.waitForMessage(user.id, mark)).text).toContain("Bắc Giang");
    mark = emu.mark;
    emu.sendPrivateText(user, "còn năm 2021?");
    const followUp = await emu.waitForMessage(user.id, mark);
    expect(followUp.text).toContain("2021");
    expect(followUp.text).toContain("1/20");
  });

  it("answers in a group through a command addressed to it, replying to the asking message", async () => {
    const group = makeGroup();
    const user = makeUser();
    const mark = emu.mark;
    const asked = emu.sendGroupText(group, user, `/xephang@${emu.username} Sở Y tế Bắc Ninh`);
    const reply = await emu.waitForMessage(group.id, mark);
    expect(reply.text).toContain("2/17");
    expect(reply.reply_to_message?.message_id).toBe((asked.message as Message).message_id);
  });

  it("answers in a group when mentioned and when someone replies to its message; silent on chatter", async () => {
    const group = makeGroup();
    const user = makeUser();
    let mark = emu.mark;
    const mention = emu.sendGroupText(group, user, `@${emu.username} Sở Y tế Bắc Ninh xếp thứ mấy?`);
    const first = await emu.waitForMessage(group.id, mark);
    expect(first.text).toContain("2/17");
    expect(first.reply_to_message?.message_id).toBe((mention.message as Message).message_id);

    mark = emu.mark;
    const chatter = emu.sendGroupText(group, user, "Hôm nay trời đẹp, Sở Y tế đi dã ngoại");
    const other = emu.sendGroupText(group, makeUser("Minh"), "@someone_else xem giúp Sở Tài chính Bắc Ninh");
    const reply = emu.sendGroupText(group, user, "Sở Tài chính Bắc Ninh thì sao?", { replyTo: first });
    const second = await emu.waitForMessage(group.id, mark);
    expect(second.text).toContain("Sở Tài chính");
    expect(second.text).toContain("3/17");
    expect(second.reply_to_message?.message_id).toBe((reply.message as Message).message_id);
    // updates of one chat are handled in order, so the chatter before it has been seen and ignored
    await emu.waitForConfirmed(reply.update_id);
    expect(chatter.update_id).toBeLessThan(reply.update_id);
    expect(other.update_id).toBeLessThan(reply.update_id);
    expect(emu.sentMessages(group.id).filter((m) => m.message_id > first.message_id)).toEqual([second]);
  });

  it("introduces itself in two lines when added to a group", async () => {
    const group = makeGroup();
    const mark = emu.mark;
    emu.changeBotMembership(group, makeUser(), "member");
    const intro = await emu.waitForMessage(group.id, mark);
    expect(intro.text?.split("\n")).toHaveLength(2);
    expect(intro.text).toContain(`@${emu.username}`);
  });

  it("answers an inline query with formatted results, and examples for an empty query", async () => {
    const user = makeUser();
    let mark = emu.mark;
    emu.sendInlineQuery(user, "so y te bac ninh");
    const call = await emu.waitForCall((c) => c.method === "answerInlineQuery" && c.ok, 10_000, mark);
    const results = call.params.results as { title: string; description: string; input_message_content: { message_text: string; entities?: unknown[] } }[];
    expect(results.length).toBeGreaterThanOrEqual(1);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0]!.title).toContain("Sở Y tế");
    expect(results[0]!.description).toContain("2/17");
    expect(results[0]!.input_message_content.message_text).toContain("2/17");
    expect(results[0]!.input_message_content.entities?.length).toBeGreaterThan(0);
    expect(Number(call.params.cache_time)).toBeLessThanOrEqual(60);

    mark = emu.mark;
    emu.sendInlineQuery(user, "");
    const examples = await emu.waitForCall((c) => c.method === "answerInlineQuery" && c.ok, 10_000, mark);
    expect((examples.params.results as unknown[]).length).toBe(3);
  });

  it("offers candidates for an ambiguous name and edits the message into the answer when one is pressed", async () => {
    const user = makeUser();
    let mark = emu.mark;
    emu.sendPrivateText(user, "Sở Y tế xếp thứ mấy năm 2023?");
    const question = await emu.waitForMessage(user.id, mark);
    const buttons = buttonsOf(question);
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data ?? "")).toBeLessThanOrEqual(64);
    const bacNinh = buttons.find((b) => b.text.includes("Bắc Ninh"));
    expect(bacNinh?.callback_data).toBeDefined();

    mark = emu.mark;
    emu.pressButton(user, question, bacNinh!.callback_data!);
    const edit = await emu.waitForCall((c) => c.method === "editMessageText" && c.ok, 10_000, mark);
    expect((edit.result as Message).message_id).toBe(question.message_id);
    const edited = emu.message(user.id, question.message_id)!;
    expect(edited.text).toContain("2/17");
    expect(edited.text).toContain("2023");
    await emu.waitForCall((c) => c.method === "answerCallbackQuery" && c.ok, 10_000, mark);

    // a forged or outdated button gets a polite notice, not an error
    mark = emu.mark;
    emu.pressButton(user, edited, "p:AAAAAAAAAAA:r:0");
    const stale = await emu.waitForCall((c: RecordedCall) => c.method === "answerCallbackQuery", 10_000, mark);
    expect(stale.ok).toBe(true);
    expect(String(stale.params.text)).toMatch(/cũ|không còn hợp lệ/);
    mark = emu.mark;
    emu.pressButton(user, edited, "<b>garbage</b>&");
    const garbage = await emu.waitForCall((c: RecordedCall) => c.method === "answerCallbackQuery", 10_000, mark);
    expect(garbage.ok).toBe(true);
  });

  it("offers follow-up buttons under an answer and answers them", async () => {
    const user = makeUser();
    let mark = emu.mark;
    emu.sendPrivateText(user, "Huyện Việt Yên Bắc Giang năm 2023");
    const answer = await emu.waitForMessage(user.id, mark);
    const labels = buttonsOf(answer).map((b) => b.text);
    expect(labels.some((l) => l.includes("2022") || l.includes("các năm"))).toBe(true);
    const trend = buttonsOf(answer).find((b) => b.text.includes("các năm"))!;
    mark = emu.mark;
    emu.pressButton(user, answer, trend.callback_data!);
    const trendReply = await emu.waitForMessage(user.id, mark);
    expect(trendReply.text).toContain("2021");
    expect(trendReply.text).toContain("2023");

    // the charts feature is installed in the real bot, so the answer offers a chart, sent as a photo
    const chart = buttonsOf(answer).find((b) => b.text.includes("Biểu đồ"));
    expect(chart?.callback_data).toBeDefined();
    mark = emu.mark;
    emu.pressButton(user, answer, chart!.callback_data!);
    const photo = await emu.waitForCall((c) => c.method === "sendPhoto" && c.ok, 20_000, mark);
    expect(photo.chatId).toBe(user.id);
    expect((photo.result as Message).photo?.[0]?.file_id).toBeDefined();
  });

  it("answers HTML-like and markdown-like input intact", async () => {
    const user = makeUser();
    let mark = emu.mark;
    emu.sendPrivateText(user, "<b>Sở KH&CN</b> Bắc Ninh");
    const reply = await emu.waitForMessage(user.id, mark);
    expect(reply.text).toContain("Sở Khoa học và Công nghệ");
    expect(reply.text).toContain("9/17");
    mark = emu.mark;
    emu.sendPrivateText(user, "Sở <i>Y_tế</i> & _Bắc Ninh_ <script>");
    const second = await emu.waitForMessage(user.id, mark);
    expect(second.text!.length).toBeGreaterThan(0);
    // every reply was accepted by the strict emulator: no 400 "can't parse entities"
    expect(emu.calls.filter((c) => c.chatId === user.id && !c.ok)).toEqual([]);
  });

  it("treats a 5,000-character message as bad input with a friendly reply", async () => {
    const user = makeUser();
    const mark = emu.mark;
    emu.sendPrivateText(user, "Sở Y tế ".repeat(625));
    const reply = await emu.waitForMessage(user.id, mark);
    expect(reply.text!.length).toBeLessThan(1000);
    expect(reply.text).toMatch(/dài|ngắn/);
  });
});
