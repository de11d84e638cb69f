import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runExport } from "../src/cli/export.js";
import { parseDecisionCsv } from "../src/render/export/csv.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("npm run export", () => {
  it("writes one .xlsx for a province and year into --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    const c = capture();
    expect(await runExport(["Cao Bằng", "2022", "--out", dir], c.io)).toBe(0);
    expect(readdirSync(dir)).toEqual(["cao-bang-2022-dti.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "cao-bang-2022-dti.xlsx"));
    expect(wb.worksheets).toHaveLength(2);
    expect(c.out.join("\n")).toContain("943/QĐ-UBND");
  });

  it("writes a CSV with --format csv, without diacritics in the question", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    const c = capture();
    expect(await runExport(["hung yen", "--format", "csv", "--out", dir], c.io)).toBe(0);
    const rows = parseDecisionCsv(readFileSync(join(dir, "hung-yen-2023-dti.csv"), "utf8"));
    expect(rows.length).toBe(30);
  });

  it("refuses unknown flags and formats with the usage, and says what exists for an unknown province", async () => {
    const c = capture();
    expect(await runExport(["Bắc Ninh", "--colour"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("Usage: npm run export");
    expect(await runExport(["Bắc Ninh", "--format", "pdf"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("--format must be one of: xlsx, csv");
    expect(await runExport(["Hà Giang"], c.io)).toBe(1);
    expect(c.err.join("\n")).toContain("Bắc Giang (2021, 2023)");
    const help = capture();
    expect(await runExport(["--help"], help.io)).toBe(0);
    expect(help.out.join("\n")).toContain("--format xlsx|csv");
  });
});
