import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeGroup, makeUser, type Message } from "./support/bot-api-emulator.js";
import { startAlertsBot, type AlertsBotHarness } from "./support/alerts-bot.js";

type Button = { text: string; callback_data?: string };

function buttons(m: Message | undefined): Button[] {
  return ((m?.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
}

let h: AlertsBotHarness;
beforeEach(async () => {
  h = await startAlertsBot({ decisions: ["bac-ninh-2023-dti.txt", "bac-giang-2023-dti.txt", "hung-yen-2023-dti.txt"] });
});
afterEach(async () => {
  await h.close();
});

function lastTo(chatId: number): Message {
  const sent = h.emulator.sentMessages(chatId);
  const m = sent[sent.length - 1];
  if (!m) throw new Error(`nothing sent to ${chatId}`);
  return m;
}

function subs(chatId: number): string[] {
  return h.alerts.subscriptions.list(chatId).map((s) => `${s.kind}:${s.target}`);
}

describe("subscribing in a private chat", () => {
  it("follows everything, a province or a unit, names resolved like questions; lists with remove buttons; unsubscribes", async () => {
    const user = makeUser("Lan");
    await h.handle(h.emulator.sendPrivateText(user, "/subscribe"));
    expect(lastTo(user.id).text).toContain("mọi quyết định xếp hạng mới");
    await h.handle(h.emulator.sendPrivateText(user, "/dangky tinh bac ninh"));
    expect(lastTo(user.id).text).toContain("tỉnh Bắc Ninh");
    await h.handle(h.emulator.sendPrivateText(user, "/subscribe so y te hung yen"));
    expect(lastTo(user.id).text).toContain("Sở Y tế (Hưng Yên)");
    await h.handle(h.emulator.sendPrivateText(user, "/subscribe Sở Y tế Hưng Yên"));
    expect(lastTo(user.id).text).toContain("đã đăng ký");
    expect(subs(user.id)).toEqual(["all:", "province:Bắc Ninh", "unit:hung-yen/so-y-te"]);

    await h.handle(h.emulator.sendPrivateText(user, "/subscriptions"));
    const list = lastTo(user.id);
    expect(list.text).toContain("các quyết định mới của tỉnh Bắc Ninh");
    const remove = buttons(list).find((b) => b.text.includes("Bắc Ninh"))!;
    expect(Buffer.byteLength(remove.callback_data!)).toBeLessThanOrEqual(64);
    await h.handle(h.emulator.pressButton(user, list, remove.callback_data!));
    expect(subs(user.id)).toEqual(["all:", "unit:hung-yen/so-y-te"]);
    const edited = h.emulator.message(user.id, list.message_id)!;
    expect(edited.text).not.toContain("Bắc Ninh");
    expect(buttons(edited)).toHaveLength(2);

    await h.handle(h.emulator.sendPrivateText(user, "/unsubscribe Sở Y tế Hưng Yên"));
    expect(lastTo(user.id).text).toContain("Đã hủy đăng ký");
    expect(subs(user.id)).toEqual(["all:"]);
    await h.handle(h.emulator.sendPrivateText(user, "/huydangky"));
    expect(subs(user.id)).toEqual([]);
    expect(lastTo(user.id).text).toContain("Đã hủy 1 đăng ký");
  });

  it("offers the candidates when a unit name is ambiguous and subscribes to the one picked", async () => {
    const user = makeUser("Minh");
    await h.handle(h.emulator.sendPrivateText(user, "/subscribe Sở Y tế"));
    const reply = lastTo(user.id);
    const choices = buttons(reply);
    expect(choices.map((b) => b.text).sort()).toEqual(["Sở Y tế (Bắc Giang)", "Sở Y tế (Bắc Ninh)", "Sở Y tế (Hưng Yên)"]);
    expect(subs(user.id)).toEqual([]);
    await h.handle(h.emulator.pressButton(user, reply, choices.find((b) => b.text.includes("Bắc Giang"))!.callback_data!));
    expect(subs(user.id)).toEqual(["unit:bac-giang/so-y-te"]);
  });

  it("says so when nothing matches and shows hostile text as typed", async () => {
    const user = makeUser("Hoa");
    await h.handle(h.emulator.sendPrivateText(user, "/subscribe <b>xyz</b> & qwv"));
    expect(lastTo(user.id).text).toContain("Không tìm thấy tỉnh hay đơn vị nào tên “<b>xyz</b> & qwv”");
    await h.handle(h.emulator.sendPrivateText(user, `/subscribe ${"a".repeat(300)}`));
    expect(lastTo(user.id).text).toContain("Tên quá dài");
    expect(subs(user.id)).toEqual([]);
  });
});

describe("subscribing in a group", () => {
  it("lets only the group's administrators change its subscriptions; others get a polite refusal", async () => {
    const group = makeGroup();
    const admin = makeUser("Quản trị");
    const member = makeUser("Thành viên");
    h.emulator.chatAdmins.add(admin.id);
    const bot = h.emulator.username;

    await h.handle(h.emulator.sendGroupText(group, member, `/subscribe@${bot} Bắc Ninh`));
    expect(lastTo(group.id).text).toContain("chỉ quản trị viên");
    expect(subs(group.id)).toEqual([]);

    await h.handle(h.emulator.sendGroupText(group, admin, `/dangky@${bot} Bắc Ninh`));
    expect(subs(group.id)).toEqual(["province:Bắc Ninh"]);
    expect(lastTo(group.id).reply_to_message?.from?.id).toBe(admin.id);

    await h.handle(h.emulator.sendGroupText(group, member, `/unsubscribe@${bot}`));
    expect(subs(group.id)).toEqual(["province:Bắc Ninh"]);

    // Anyone may look at the list; a member's press on a remove button is refused.
    await h.handle(h.emulator.sendGroupText(group, member, `/subscriptions@${bot}`));
    const list = lastTo(group.id);
    const callsBefore = h.emulator.callsTo("answerCallbackQuery").length;
    await h.handle(h.emulator.pressButton(member, list, buttons(list)[0]!.callback_data!));
    const answer = h.emulator.callsTo("answerCallbackQuery")[callsBefore]!;
    expect(answer.params).toMatchObject({ show_alert: true });
    expect(String(answer.params.text)).toContain("quản trị viên");
    expect(subs(group.id)).toEqual(["province:Bắc Ninh"]);

    await h.handle(h.emulator.pressButton(admin, list, buttons(list)[0]!.callback_data!));
    expect(subs(group.id)).toEqual([]);
  });

  it("keeps a group's subscriptions when Telegram upgrades it to a supergroup", async () => {
    const group = makeGroup();
    const admin = makeUser("Quản trị");
    h.emulator.chatAdmins.add(admin.id);
    await h.handle(h.emulator.sendGroupText(group, admin, `/subscribe@${h.emulator.username} Hưng Yên`));
    expect(subs(group.id)).toEqual(["province:Hưng Yên"]);
    const newId = -1_000_000_000_777;
    await h.handle(
      h.emulator.injectUpdate({
        message: { message_id: 999, date: Math.floor(Date.now() / 1000), chat: group, from: admin, migrate_to_chat_id: newId },
      }),
    );
    expect(subs(group.id)).toEqual([]);
    expect(subs(newId)).toEqual(["province:Hưng Yên"]);
  });
});
