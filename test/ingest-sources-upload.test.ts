import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "../src/dataset/store.js";
import { makeUser, type Message, type User } from "./support/bot-api-emulator.js";
import { startAlertsBot, type AlertsBotHarness } from "./support/alerts-bot.js";

type Button = { text: string; callback_data?: string };
const buttons = (m: Message | undefined): Button[] =>
  ((m?.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, "fixtures", "sources", name));

let h: AlertsBotHarness;
let admin: User;
beforeEach(async () => {
  h = await startAlertsBot({ decisions: ["bac-ninh-2023-dti.txt", "bac-giang-2023-dti.txt"] });
  admin = makeUser("Admin", { id: h.adminId });
});
afterEach(async () => {
  await h.close();
});

const adminChat = () => ({ id: admin.id, type: "private" as const, first_name: admin.first_name });
const lastTo = (chatId: number): Message => h.emulator.sentMessages(chatId).at(-1)!;
const WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("an admin sends a decision as a Word file, a spreadsheet or a PDF", () => {
  it("reads a .docx, shows its tables, and on Publish keeps the original file", async () => {
    const bytes = fixture("hung-yen-2023-dti.docx");
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: "hung-yen-2023-dti.docx", data: bytes, mimeType: WORD }));
    const summary = lastTo(admin.id);
    expect(summary.text).toContain("hung-yen-2023-dti.docx");
    expect(summary.text).toContain("Hưng Yên");
    expect(summary.text).toMatch(/Đọc được 3 bảng/u);
    await h.handle(h.emulator.pressButton(admin, summary, buttons(summary)[0]!.callback_data!));
    expect(readFileSync(join(h.dataDir, "decisions", "hung-yen-2023-dti.docx")).equals(bytes)).toBe(true);
    expect(loadDataset(h.dataDir).decisions.map((d) => d.id)).toContain("hung-yen-2023-dti");
  });

  it("tells the admin what to send instead of a scanned PDF, offering no Publish", async () => {
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: "quyet-dinh.pdf", data: fixture("scanned.pdf"), mimeType: "application/pdf" }));
    const reply = lastTo(admin.id);
    expect(reply.text).toContain("không có lớp chữ");
    expect(reply.text).toContain(".docx");
    expect(buttons(reply)).toEqual([]);
    expect(existsSync(join(h.dataDir, "decisions", "quyet-dinh.pdf"))).toBe(false);
  });

  it("refuses a file type it cannot read before downloading it", async () => {
    await h.handle(h.emulator.sendDocumentMessage(adminChat(), admin, { name: "bang.odt", data: "x", mimeType: "application/vnd.oasis.opendocument.text" }));
    expect(lastTo(admin.id).text).toContain(".docx");
    expect(h.emulator.callsTo("getFile")).toEqual([]);
  });
});
