import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../src/dataset/store.js";
import { makeGroup, makeUser, type Message, type User } from "./support/bot-api-emulator.js";
import { REAL_DECISIONS, startAlertsBot, type AlertsBotHarness } from "./support/alerts-bot.js";

type Button = { text: string; callback_data?: string };
const buttons = (m: Message | undefined): Button[] =>
  ((m?.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

const NEW_FILE = "cao-bang-2022-dti.txt";
const NEW_ID = "cao-bang-2022-dti";

let h: AlertsBotHarness;
let admin: User;
beforeEach(async () => {
  h = await startAlertsBot({ decisions: ["bac-ninh-2023-dti.txt", "bac-giang-2023-dti.txt"] });
  admin = makeUser("Admin", { id: h.adminId });
});
afterEach(async () => {
  await h.close();
});

function lastTo(chatId: number): Message {
  const sent = h.emulator.sentMessages(chatId);
  return sent[sent.length - 1]!;
}

const adminChat = (): { id: number; type: "private"; first_name: string } => ({ id: admin.id, type: "private", first_name: admin.first_name });
const datasetText = (): string => readFileSync(join(h.dataDir, "dataset.json"), "utf8");

describe("an admin adds a decision by sending its text file to the bot", () => {
  it("replies with what it read, changes nothing until Publish, then reloads, alerts every subscriber once and reports", async () => {
    const subscriber = makeUser("Lan");
    const group = makeGroup();
    h.alerts.subscriptions.add(subscriber.id, { kind: "all", target: "", label: "" });
    h.alerts.subscriptions.add(group.id, { kind: "province", target: "Cao Bằng", label: "Cao Bằng" });
    h.alerts.subscriptions.add(777, { kind: "province", target: "Bắc Ninh", label: "Bắc Ninh" });
    const before = datasetText();

    const content = readFileSync(join(REAL_DECISIONS, NEW_FILE));
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: NEW_FILE, data: content }));
    const summary = lastTo(admin.id);
    expect(summary.text).toContain(NEW_FILE);
    expect(summary.text).toContain("Cao Bằng");
    expect(summary.text).toMatch(/Đọc được 2 bảng, \d+ dòng/u);
    expect(buttons(summary).map((b) => b.text)).toEqual(["✅ Công bố", "✖️ Hủy"]);
    expect(datasetText()).toBe(before);
    expect(existsSync(join(h.dataDir, "decisions", NEW_FILE))).toBe(false);
    expect(h.emulator.sentMessages(subscriber.id)).toEqual([]);

    await h.handle(h.emulator.pressButton(admin, summary, buttons(summary)[0]!.callback_data!));
    expect(loadDataset(h.dataDir).decisions.map((d) => d.id)).toContain(NEW_ID);
    expect(readFileSync(join(h.dataDir, "decisions", NEW_FILE)).equals(content)).toBe(true);
    expect(h.reloads()).toBe(1);
    expect(h.knowledge().dataset.decisions.map((d) => d.id)).toContain(NEW_ID);
    expect(lastTo(admin.id).text).toContain("thông báo sẽ gửi tới 2 cuộc trò chuyện");

    await h.alerts.runner.idle();
    const toSubscriber = h.emulator.sentMessages(subscriber.id);
    const toGroup = h.emulator.sentMessages(group.id);
    expect(toSubscriber).toHaveLength(1);
    expect(toGroup).toHaveLength(1);
    expect(h.emulator.sentMessages(777)).toEqual([]);
    expect(toSubscriber[0]!.text).toContain("Kết quả xếp hạng mới: Cao Bằng, năm 2022");
    // The province subscriber sees every unit of the province, including the one not evaluated.
    expect(toGroup[0]!.text).toContain("Đơn vị bạn theo dõi");
    expect(toGroup[0]!.text).toContain("Quảng Hòa");
    // the report may overtake the handler's own confirmation: both are on their way at once
    const report = h.emulator.sentMessages(admin.id).find((m) => m.text?.includes("Báo cáo gửi thông báo"))!;
    expect(report.text).toContain("Báo cáo gửi thông báo");
    expect(report.text).toContain("Đã gửi: 2/2");

    // The buttons under the alert show the whole block and one followed unit's full result.
    const tableButton = buttons(toSubscriber[0]).find((b) => b.text.startsWith("📋"))!;
    await h.handle(h.emulator.pressButton(subscriber, toSubscriber[0]!, tableButton.callback_data!));
    const table = lastTo(subscriber.id).text!;
    const caoBang = h.knowledge().dataset.decisions.find((d) => d.id === NEW_ID)!;
    expect(table.split("\n").filter((l) => /^\d+\. /u.test(l))).toHaveLength(caoBang.tables[0]!.rows.filter((r) => r.rank !== null).length);
    const unitButton = buttons(toGroup[0]).find((b) => b.text.startsWith("🔎"))!;
    await h.handle(h.emulator.pressButton(admin, toGroup[0]!, unitButton.callback_data!));
    expect(lastTo(group.id).text).toContain("Điểm thành phần");
    expect(lastTo(group.id).text).toContain(unitButton.text.replace("🔎 ", ""));

    // Pressing Publish again does nothing more.
    await h.handle(h.emulator.pressButton(admin, summary, buttons(summary)[0]!.callback_data!));
    await h.alerts.runner.idle();
    expect(h.emulator.sentMessages(subscriber.id).filter((m) => m.text?.includes("Kết quả xếp hạng mới"))).toHaveLength(1);
  });

  it("reports the problems of a file that is not a ranking decision and offers no Publish", async () => {
    const before = datasetText();
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: "ghi-chu.txt", data: "Biên bản họp\nKhông có bảng nào ở đây.\n" }));
    const reply = lastTo(admin.id);
    expect(reply.text).toContain("Không thể công bố");
    expect(reply.text).toMatch(/dòng \d+/u);
    expect(buttons(reply)).toEqual([]);
    expect(datasetText()).toBe(before);
  });

  it("leaves everything as it was when the admin presses Cancel", async () => {
    const before = datasetText();
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: NEW_FILE, data: readFileSync(join(REAL_DECISIONS, NEW_FILE)) }));
    const summary = lastTo(admin.id);
    await h.handle(h.emulator.pressButton(admin, summary, buttons(summary)[1]!.callback_data!));
    expect(lastTo(admin.id).text).toContain("Đã hủy");
    await h.handle(h.emulator.pressButton(admin, summary, buttons(summary)[0]!.callback_data!));
    expect(datasetText()).toBe(before);
    expect(h.reloads()).toBe(0);
  });

  it("politely refuses a file from anyone who is not an admin", async () => {
    const stranger = makeUser("Khách");
    const before = datasetText();
    await h.handle(
      h.emulator.sendDocumentMessage({ id: stranger.id, type: "private", first_name: stranger.first_name }, stranger, {
        name: NEW_FILE,
        data: readFileSync(join(REAL_DECISIONS, NEW_FILE)),
      }),
    );
    expect(lastTo(stranger.id).text).toContain("Chỉ quản trị viên của bot");
    expect(h.emulator.callsTo("getFile")).toEqual([]);
    expect(datasetText()).toBe(before);
  });
});
