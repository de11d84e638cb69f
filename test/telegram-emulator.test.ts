import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api, GrammyError, InputFile } from "grammy";
import { BotApiEmulator, makeGroup, makeUser, parseTelegramHtml } from "./support/bot-api-emulator.js";

describe("the Bot API emulator behaves like Telegram where the bot depends on it", () => {
  let emu: BotApiEmulator;
  let api: Api;
  beforeEach(async () => {
    emu = await BotApiEmulator.start();
    api = new Api(emu.token, { apiRoot: emu.apiRoot });
  });
  afterEach(async () => {
    await emu.stop();
  });

  it("serves getMe and rejects a wrong token with 401", async () => {
    expect((await api.getMe()).username).toBe(emu.username);
    const wrong = new Api("1:wrong", { apiRoot: emu.apiRoot });
    await expect(wrong.getMe()).rejects.toMatchObject({ error_code: 401 });
  });

  it("confirms updates through the offset and wakes a long poll when an update arrives", async () => {
    const user = makeUser();
    const first = emu.sendPrivateText(user, "xin chào");
    const batch = await api.getUpdates({ timeout: 0 });
    expect(batch.map((u) => u.update_id)).toEqual([first.update_id]);
    const waiting = api.getUpdates({ offset: first.update_id + 1, timeout: 5 });
    await new Promise((r) => setTimeout(r, 50));
    const second = emu.sendPrivateText(user, "/start");
    const next = await waiting;
    expect(next.map((u) => u.update_id)).toEqual([second.update_id]);
    expect(next[0]?.message?.entities?.[0]).toMatchObject({ type: "bot_command", offset: 0, length: 6 });
    expect(emu.confirmedOffset).toBe(first.update_id + 1);
    expect(emu.pendingUpdates().map((u) => u.update_id)).toEqual([second.update_id]);
  });

  it("answers 409 to a second poller, like Telegram", async () => {
    const polling = api.getUpdates({ timeout: 2 });
    await new Promise((r) => setTimeout(r, 50));
    await expect(api.getUpdates({ timeout: 0 })).rejects.toMatchObject({ error_code: 409 });
    emu.sendPrivateText(makeUser(), "hi");
    await polling;
  });

  it("enforces one message per second per chat and 30 per second overall with 429 retry_after", async () => {
    emu.setRateLimits(true);
    const user = makeUser();
    await api.sendMessage(user.id, "một");
    const err = await api.sendMessage(user.id, "hai").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(429);
    expect((err as GrammyError).parameters.retry_after).toBeGreaterThanOrEqual(1);
    const sends = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => api.sendMessage(5000 + i, "x")));
    expect(sends.filter((s) => s.status === "fulfilled")).toHaveLength(29);
  });

  it("limits a group to 20 messages per minute", async () => {
    emu.setRateLimits({ perChatPerSecond: 100 });
    const group = makeGroup();
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await api.sendMessage(group.id, `m${i}`).then(() => "ok", (e: GrammyError) => e.error_code));
    expect(results.slice(0, 20).every((r) => r === "ok")).toBe(true);
    expect(results[20]).toBe(429);
  });

  it("answers 403 for blocked chats and 400 with migrate_to_chat_id for upgraded groups", async () => {
    const blocked = makeUser();
    emu.forbiddenChats.add(blocked.id);
    await expect(api.sendMessage(blocked.id, "x")).rejects.toMatchObject({ error_code: 403 });
    emu.migrations.set(-42, -1_000_000_000_042);
    const err = (await api.sendMessage(-42, "x").catch((e: unknown) => e)) as GrammyError;
    expect(err.error_code).toBe(400);
    expect(err.parameters.migrate_to_chat_id).toBe(-1_000_000_000_042);
  });

  it("rejects unescaped HTML, over-long texts and callback data over 64 bytes", async () => {
    const chat = makeUser().id;
    await expect(api.sendMessage(chat, "<b>Sở KH&CN</b>", { parse_mode: "HTML" })).rejects.toMatchObject({ error_code: 400 });
    const ok = await api.sendMessage(chat, "<b>Sở KH&amp;CN</b> &lt;b&gt;", { parse_mode: "HTML" });
    expect(ok.text).toBe("Sở KH&CN <b>");
    expect(ok.entities).toEqual([{ type: "bold", offset: 0, length: 8 }]);
    await expect(api.sendMessage(chat, "x".repeat(4097))).rejects.toMatchObject({ error_code: 400 });
    await expect(
      api.sendMessage(chat, "x", { reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "đ".repeat(33) }]] } }),
    ).rejects.toMatchObject({ description: "Bad Request: BUTTON_DATA_INVALID" });
  });

  it("edits messages, refuses an identical edit and a second answer to one callback query", async () => {
    const user = makeUser();
    const sent = await api.sendMessage(user.id, "trước");
    await api.editMessageText(user.id, sent.message_id, "sau");
    expect(emu.message(user.id, sent.message_id)?.text).toBe("sau");
    await expect(api.editMessageText(user.id, sent.message_id, "sau")).rejects.toMatchObject({
      description: expect.stringContaining("message is not modified"),
    });
    const press = emu.pressButton(user, sent as never, "x");
    const id = (press.callback_query as { id: string }).id;
    await api.answerCallbackQuery(id);
    await expect(api.answerCallbackQuery(id)).rejects.toMatchObject({ description: expect.stringContaining("query is too old") });
  });

  it("accepts multipart uploads and serves uploaded files back through getFile", async () => {
    const user = makeUser();
    const sent = await api.sendDocument(user.id, new InputFile(Buffer.from("hạng,đơn vị\n1,Sở Y tế\n"), "top.csv"), { caption: "CSV" });
    expect(sent.document?.file_name).toBe("top.csv");
    expect(emu.callsTo("sendDocument")[0]?.params.caption).toBe("CSV");
    const file = await api.getFile(sent.document!.file_id);
    const res = await fetch(`${emu.apiRoot}/file/bot${emu.token}/${file.file_path}`);
    expect(await res.text()).toBe("hạng,đơn vị\n1,Sở Y tế\n");
  });

  it("records setMyCommands per scope and language and validates command names", async () => {
    await api.setMyCommands([{ command: "xephang", description: "Xếp hạng" }], { scope: { type: "all_group_chats" }, language_code: "vi" });
    expect(await api.getMyCommands({ scope: { type: "all_group_chats" }, language_code: "vi" })).toEqual([
      { command: "xephang", description: "Xếp hạng" },
    ]);
    await expect(api.setMyCommands([{ command: "Xếp", description: "x" }])).rejects.toMatchObject({ error_code: 400 });
  });

  it("parses Telegram HTML into text and entities", () => {
    expect(parseTelegramHtml('<a href="https://x.y/?a=1&amp;b=2">l</a>')).toEqual({
      text: "l",
      entities: [{ type: "text_link", offset: 0, length: 1, url: "https://x.y/?a=1&b=2" }],
    });
  });
});
