import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { placeOf, type Decision, type Table } from "../src/domain/dataset.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildExport, selectExport } from "../src/render/export/index.js";
import { parseDecisionCsv } from "../src/render/export/csv.js";
import { decimalsOf } from "../src/render/format.js";

const dataset = loadDataset("data");

async function workbookOf(decision: Decision, lang: "vi" | "en" = "vi"): Promise<ExcelJS.Workbook> {
  const file = await buildExport({ decision, tables: decision.tables }, "xlsx", lang);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return wb;
}

function headerRowOf(ws: ExcelJS.Worksheet, first: string): number {
  for (let n = 1; n <= 12; n++) if (ws.getRow(n).getCell(1).value === first) return n;
  throw new Error(`no header row in ${ws.name}`);
}

/** Header text → column number, for one sheet. */
function columnsOf(ws: ExcelJS.Worksheet, row: number): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(row).eachCell((cell, col) => out.set(String(cell.value), col));
  return out;
}

function expectNumberCell(cell: ExcelJS.Cell, expected: number | null, where: string): void {
  if (expected === null) {
    expect(cell.value ?? null, where).toBeNull();
    return;
  }
  expect(typeof cell.value, where).toBe("number");
  expect(cell.value, where).toBe(expected);
}

describe.each(dataset.decisions.map((d) => [d.id, d] as const))("Excel export of %s", (_id, decision) => {
  it("has one sheet per table, and every score of every row is a numeric cell equal to the dataset", async () => {
    const wb = await workbookOf(decision);
    expect(wb.worksheets).toHaveLength(decision.tables.length);
    decision.tables.forEach((table: Table, k) => {
      const ws = wb.worksheets[k]!;
      const header = headerRowOf(ws, "STT");
      const col = columnsOf(ws, header);
      const totalCol = [...col].find(([h]) => h.startsWith("Tổng điểm") && !h.includes("khai báo"))![1];
      table.rows.forEach((r, i) => {
        const row = ws.getRow(header + 1 + i);
        const where = `${ws.name} row ${header + 1 + i} (${r.name})`;
        expect(row.getCell(col.get("Đơn vị")!).value, where).toBe(r.name);
        expectNumberCell(row.getCell(col.get("STT")!), r.order, where);
        if (r.rank === null) expect(row.getCell(col.get("Xếp hạng")!).value).toBe("Không đánh giá");
        else expectNumberCell(row.getCell(col.get("Xếp hạng")!), r.rank, where);
        expectNumberCell(row.getCell(totalCol), r.total, where);
        expect(row.getCell(col.get("Xếp loại")!).value ?? null, where).toBe(r.grade);
        for (const c of table.columns) {
          const at = col.get(c.max === null ? c.name : `${c.name} (tối đa ${String(c.max).replace(".", ",")})`);
          expect(at, `${where}: column ${c.name}`).toBeDefined();
          expectNumberCell(row.getCell(at!), r.components[c.name] ?? null, `${where} ${c.name}`);
          if (table.hasReview)
            expectNumberCell(row.getCell(col.get(`${c.name} (tính qua khai báo)`)!), r.selfDeclared?.components[c.name] ?? null, where);
        }
        if (table.hasReview) expectNumberCell(row.getCell(col.get("Tổng điểm tính qua khai báo")!), r.selfDeclared?.total ?? null, where);
        const notes = row.getCell(col.get("Ghi chú")!).value ?? null;
        expect(notes, where).toBe(r.notes.length === 0 ? null : r.notes.map((n) => n.text).join("; "));
      });
    });
  });

  it("shows each score column with the decimals the decision prints, freezes the header, cites the decision on top", async () => {
    const wb = await workbookOf(decision);
    decision.tables.forEach((table, k) => {
      const ws = wb.worksheets[k]!;
      const header = headerRowOf(ws, "STT");
      const col = columnsOf(ws, header);
      const totalCol = [...col].find(([h]) => h.startsWith("Tổng điểm") && !h.includes("khai báo"))![1];
      const decimals = Math.max(0, ...table.rows.map((r) => r.total).filter((v): v is number => v !== null).map(decimalsOf), ...(table.average?.total != null ? [decimalsOf(table.average.total)] : []));
      const fmt = ws.getRow(header + 1).getCell(totalCol).numFmt;
      expect(fmt).toBe(decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      expect(ws.autoFilter).toBeTruthy();
      const top = [1, 2, 3].map((n) => String(ws.getRow(n).getCell(1).value));
      expect(top[0]).toContain(placeOf(decision));
      expect(top[0]).toContain(String(decision.year));
      expect(top[1]).toMatch(/^Nguồn: /u);
      if (decision.number) expect(top[1]).toContain(decision.number);
      const nameWidth = ws.getColumn(col.get("Đơn vị")!).width!;
      const longest = Math.max(...table.rows.map((r) => [...r.name].length));
      expect(nameWidth).toBeGreaterThanOrEqual(Math.min(60, longest));
    });
  });
});

describe("a row with a score the header does not name", () => {
  it("keeps that score, in a column of its own, in the workbook and in the CSV", async () => {
    const cb = structuredClone(dataset.decisions.find((d) => d.id === "cao-bang-2022-dti")!);
    const table = cb.tables[0]!;
    table.rows[0]!.components["Kinh tế số"] = 12.5;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildExport({ decision: cb, tables: [table] }, "xlsx", "vi")).bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = headerRowOf(ws, "STT");
    const col = columnsOf(ws, header).get("Kinh tế số");
    expect(col).toBeDefined();
    expect(ws.getRow(header + 1).getCell(col!).value).toBe(12.5);
    const csv = parseDecisionCsv((await buildExport({ decision: cb, tables: [table] }, "csv", "vi")).bytes.toString("utf8"));
    expect(csv[0]!.components["Kinh tế số"]).toBe(12.5);
  });
});

describe("Excel export for an English reader", () => {
  it("writes English headers, titles and grade meanings while keeping the printed names", async () => {
    const bn = dataset.decisions.find((d) => d.id === "bac-ninh-2023-dti")!;
    const wb = await workbookOf(bn, "en");
    const ws = wb.worksheets[0]!;
    const header = headerRowOf(ws, "No.");
    const col = columnsOf(ws, header);
    expect([...col.keys()]).toEqual(expect.arrayContaining(["Unit", "Rank", "Total (out of 1000)", "Grade", "Self-declared total", "Notes"]));
    expect(String(ws.getRow(1).getCell(1).value)).toContain("Digital Transformation Index (DTI)");
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^Source: Decision No\. 2405\/QĐ-UBND of 26\/12\/2023/u);
    expect(ws.getRow(header + 1).getCell(col.get("Grade")!).value).toBe("Xuất sắc (excellent)");
    expect(ws.name).toBe("DTI — Departments, boards and…");
    expect([...ws.name].length).toBeLessThanOrEqual(31);
  });
});

describe("one file per request", () => {
  it("sends all four Bắc Giang 2021 tables as one workbook, named in ASCII", async () => {
    const selection = selectExport(dataset, "Bắc Giang 2021")!;
    const file = await buildExport(selection, "xlsx", "vi");
    expect(file.fileName).toBe("bac-giang-2021-ict.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "CNTT — Sở, ban, ngành",
      "CNTT — Huyện, thành phố",
      "Cổng TTĐT — Sở, ban, ngành",
      "Cổng TTĐT — Huyện, thành phố",
    ]);
    expect(file.caption).toContain("4 bảng");
  });

  it("names a narrowed selection after its block", async () => {
    const file = await buildExport(selectExport(dataset, "Bắc Giang 2023 huyện")!, "csv", "vi");
    expect(file.fileName).toBe("bac-giang-2023-dti-districts.csv");
    expect(file.caption).toContain("RFC 4180");
  });
});
