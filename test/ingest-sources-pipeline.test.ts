import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeProblem, ingestContent, previewFile, rebuildDataset } from "../src/dataset/pipeline.js";
import { loadDataset } from "../src/dataset/store.js";
import { readAtMost } from "../src/telegram/features/admin-ingest.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const fixtures = join(root, "test", "fixtures", "sources");
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));

let dataDir: string;
const decisionFiles = () => readdirSync(join(dataDir, "decisions")).sort();

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "dti-sources-"));
  cpSync(join(root, "data"), dataDir, { recursive: true });
  rmSync(join(dataDir, "decisions", "hung-yen-2023-dti.txt"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A workbook as an administrator would keep it: a merged title, a header, numeric cells. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Khối sở");
  ws.addRow(["UBND TỈNH LẠNG SƠN"]);
  ws.addRow(["Số: 123/QĐ-UBND"]);
  ws.addRow(["Lạng Sơn, ngày 20 tháng 12 năm 2024"]);
  ws.addRow(["KẾT QUẢ XẾP HẠNG CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2024"]);
  ws.mergeCells("A4:E4");
  ws.addRow(["STT", "Đơn vị", "Nhận thức số", "Thể chế số", "Tổng điểm"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("adding a decision from a document", () => {
  it("keeps the original Word file byte for byte and rebuilds the same dataset from it", async () => {
    const bytes = fixture("hung-yen-2023-dti.docx");
    const result = await ingestContent("hung-yen-2023-dti.docx", bytes, dataDir);
    expect(result.ok).toBe(true);
    expect(readFileSync(join(dataDir, "decisions", "hung-yen-2023-dti.docx")).equals(bytes)).toBe(true);
    const written = readFileSync(join(dataDir, "dataset.json"), "utf8");
    expect(loadDataset(dataDir).decisions.find((d) => d.id === "hung-yen-2023-dti")?.tables).toHaveLength(3);
    expect((await rebuildDataset(dataDir)).ok).toBe(true);
    expect(readFileSync(join(dataDir, "dataset.json"), "utf8")).toBe(written);
  });

  it("keeps a PDF sent as .txt under .pdf, and a new format of a decision replaces the old file", async () => {
    const result = await ingestContent("cao-bang-2022-dti.txt", fixture("cao-bang-2022-dti.pdf"), dataDir);
    expect(result.ok).toBe(true);
    expect(result.reports[0]!.warnings[0]).toContain("nội dung là tệp PDF");
    expect(decisionFiles()).toContain("cao-bang-2022-dti.pdf");
    expect(decisionFiles()).not.toContain("cao-bang-2022-dti.txt");
    expect(loadDataset(dataDir).decisions.filter((d) => d.id === "cao-bang-2022-dti")).toHaveLength(1);
  });

  it("reports a bad cell of a spreadsheet with its sheet and row, and changes nothing", async () => {
    const before = readFileSync(join(dataDir, "dataset.json"), "utf8");
    const bytes = await workbook([
      [1, "Sở Y tế", 100, 80, 180],
      [2, "Sở Tư pháp", 90, "7O", 160],
    ]);
    const result = await ingestContent("lang-son-2024-dti.xlsx", bytes, dataDir);
    expect(result.ok).toBe(false);
    const problem = result.reports[0]!.problems.find((p) => p.found === "7O");
    expect(problem?.origin).toBe("trang tính 'Khối sở', hàng 7");
    expect(describeProblem(problem!)).toContain("lang-son-2024-dti.xlsx (trang tính 'Khối sở', hàng 7): error");
    expect(readFileSync(join(dataDir, "dataset.json"), "utf8")).toBe(before);
    expect(decisionFiles()).not.toContain("lang-son-2024-dti.xlsx");
  });

  it("reads a spreadsheet an administrator made, numbers as stored", async () => {
    const bytes = await workbook([
      [1, "Sở Y tế", 100, 80.25, 180.25],
      [2, "Sở Tư pháp", 90, 70, 160],
    ]);
    const preview = await previewFile("lang-son-2024-dti.xlsx", bytes, dataDir);
    expect(preview.ok).toBe(true);
    expect(preview.fileName).toBe("lang-son-2024-dti.xlsx");
    const decision = preview.dataset!.decisions.find((d) => d.id === "lang-son-2024-dti")!;
    expect(decision.province).toBe("Lạng Sơn");
    expect(decision.tables[0]!.rows.map((r) => [r.name, r.rank, r.total, r.components["Thể chế số"]])).toEqual([
      ["Sở Y tế", 1, 180.25, 80.25],
      ["Sở Tư pháp", 2, 160, 70],
    ]);
  });

  it("refuses a scanned PDF with the formats to send instead, and writes nothing", async () => {
    const before = decisionFiles();
    const result = await ingestContent("quyet-dinh.pdf", fixture("scanned.pdf"), dataDir);
    expect(result.ok).toBe(false);
    expect(result.reports[0]!.refusal).toContain("không có lớp chữ");
    expect(result.reports[0]!.refusal).toContain(".docx");
    expect(decisionFiles()).toEqual(before);
  });

  it("fails a rebuild, naming the file, when a document in data/decisions/ cannot be read", async () => {
    writeFileSync(join(dataDir, "decisions", "anh-chup.pdf"), fixture("scanned.pdf"));
    const result = await rebuildDataset(dataDir);
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    expect(result.reports.find((r) => r.file === "anh-chup.pdf")?.refusal).toContain("không có lớp chữ");
  });
});

describe("npm run ingest -- <document>", () => {
  it("copies a spreadsheet into data/decisions/ and prints its tables", async () => {
    const file = join(dataDir, "..", `hung-yen-${process.pid}.xlsx`);
    writeFileSync(file, fixture("hung-yen-2023-dti.xlsx"));
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", join(root, "src/cli/ingest.ts"), file], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
      expect(stdout).toContain("Hưng Yên");
      expect(stdout).toMatch(/PHỤ LỤC 01 · DTI · .*: 16 rows/u);
      expect(readFileSync(join(dataDir, "decisions", `hung-yen-${process.pid}.xlsx`)).equals(fixture("hung-yen-2023-dti.xlsx"))).toBe(true);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe("the upload download limit", () => {
  /** A body that never says its size, and counts how much of it was pulled. */
  function endless(chunk: number): { body: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk;
        controller.enqueue(new Uint8Array(chunk));
      },
      cancel() {
        cancelled = true;
      },
    });
    return { body, pulled: () => pulled, cancelled: () => cancelled };
  }

  it("stops reading and cancels the download once it passes the limit", async () => {
    const source = endless(64 * 1024);
    expect(await readAtMost(source.body, 2 * 1024 * 1024)).toBeNull();
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(3 * 1024 * 1024);
  });

  it("returns the whole body when it fits", async () => {
    const bytes = fixture("bac-giang-2023-dti.docx");
    const body = new Blob([bytes]).stream();
    expect((await readAtMost(body, 2 * 1024 * 1024))?.equals(bytes)).toBe(true);
  });
});
