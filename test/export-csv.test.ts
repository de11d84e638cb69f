import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Decision, Table } from "../src/domain/dataset.js";
import { BOM, CsvError, decisionToCsv, parseCsv, parseDecisionCsv, toCsv } from "../src/render/export/csv.js";
import { selectExport } from "../src/render/export/select.js";
import { loadDataset } from "../src/dataset/store.js";

const dataset = loadDataset("data");
const tables: [Decision, Table][] = dataset.decisions.flatMap((d) => d.tables.map((t): [Decision, Table] => [d, t]));

/** One table's CSV and its rows read back (a CSV of a selection of one table). */
const tableToCsv = (d: Decision, t: Table): string => decisionToCsv(d, [t]);
const parseTableCsv = parseDecisionCsv;

describe("table CSV export", () => {
  it.each(tables.map(([d, t]) => [t.id, d, t] as const))("round-trips %s: parsed back it equals the dataset rows", (_id, d, t) => {
    const parsed = parseTableCsv(tableToCsv(d, t));
    expect(parsed.map(({ notes: _n, source: _s, tableId: _t, ...row }) => row)).toEqual(
      t.rows.map((r) => ({
        name: r.name,
        order: r.order,
        rank: r.rank,
        total: r.total,
        grade: r.grade,
        components: r.components,
        selfDeclared: r.selfDeclared,
      })),
    );
    expect(parsed.map((r) => r.notes)).toEqual(t.rows.map((r) => r.notes.map((n) => n.text).join("; ")));
  });

  it("starts with a UTF-8 byte-order mark and a header row, ends lines with CRLF, keeps diacritics as UTF-8", () => {
    const bn = dataset.decisions.find((d) => d.id === "bac-ninh-2023-dti")!;
    const csv = tableToCsv(bn, bn.tables[0]!);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Mã bảng,Tỉnh,Năm đánh giá,Chỉ số,Khối,STT,Đơn vị,Xếp hạng,Tổng điểm,Thang điểm,Xếp loại,Nhận thức số,/u);
    expect(lines[0]).toContain("Tổng điểm tính qua khai báo,Nhận thức số (tính qua khai báo)");
    expect(lines[1]).toContain(",929.35,");
    expect(lines.at(-1)).toBe("");
    expect(csv).not.toMatch(/[^\r]\n/u);
    expect(csv).toContain("Sở Y tế");
  });

  it("cites the decision on every row", () => {
    const hy = dataset.decisions.find((d) => d.id === "hung-yen-2023-dti")!;
    const rows = parseTableCsv(tableToCsv(hy, hy.tables[0]!));
    expect(rows.length).toBe(hy.tables[0]!.rows.length);
    for (const r of rows) expect(r.source).toBe(`Quyết định số 2599/QĐ-UBND ngày 05/12/2023 — ${hy.issuer}`);
  });

  it("writes printed component maxima into the header and still reads components back by name", () => {
    const hy = dataset.decisions.find((d) => d.id === "hung-yen-2023-dti")!;
    const csv = tableToCsv(hy, hy.tables[1]!);
    expect(csv).toContain("Chính quyền số (tối đa 230)");
    expect(parseTableCsv(csv)[0]!.components["Chính quyền số"]).toBe(152.04);
  });

  it("quotes names holding commas, and names holding quotes (RFC 4180)", () => {
    const bg = structuredClone(dataset.decisions.find((d) => d.id === "bac-giang-2023-dti")!);
    const table = bg.tables[0]!;
    expect(tableToCsv(bg, table)).toContain('"Sở Văn hoá, Thể thao và Du lịch"');
    table.rows[1]!.name = 'Ban Quản lý các khu công nghiệp "Bắc Giang", KCN & DV';
    const csv = tableToCsv(bg, table);
    expect(csv).toContain('"Ban Quản lý các khu công nghiệp ""Bắc Giang"", KCN & DV"');
    expect(parseTableCsv(csv)[1]!.name).toBe(table.rows[1]!.name);
  });

  it("defuses cells a spreadsheet would run as a formula, and reads them back unchanged", () => {
    const bn = structuredClone(dataset.decisions.find((d) => d.id === "bac-ninh-2023-dti")!);
    const table = bn.tables[0]!;
    table.rows[0]!.name = '=HYPERLINK("http://example.invalid","Sở Y tế")';
    const csv = tableToCsv(bn, table);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""Sở Y tế"")"`);
    expect(parseTableCsv(csv)[0]!.name).toBe(table.rows[0]!.name);
  });

});

describe("one CSV per decision", () => {
  it.each(dataset.decisions.map((d) => [d.id, d] as const))("round-trips every table of %s in one file, each row naming its table", (_id, d) => {
    const rows = parseDecisionCsv(decisionToCsv(d, d.tables));
    expect(rows.map((r) => [r.tableId, r.name, r.rank, r.total, r.grade, r.components, r.selfDeclared])).toEqual(
      d.tables.flatMap((t) => t.rows.map((r) => [t.id, r.name, r.rank, r.total, r.grade, r.components, r.selfDeclared])),
    );
  });

  it("writes numbers with a decimal point whatever the reader's language, never a thousands separator", () => {
    const csv = decisionToCsv(dataset.decisions[0]!, dataset.decisions[0]!.tables);
    const numbers = parseCsv(csv).slice(1).flatMap((r) => r.slice(5, 10)).filter((c) => /\d/u.test(c));
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d+)?$/u);
  });

  it("puts a component maximum in the header only when every table agrees on it", () => {
    const departments = selectExport(dataset, "Hưng Yên sở")!;
    const header = parseCsv(decisionToCsv(departments.decision, departments.tables))[0]!;
    expect(header).toContain("Nhận thức số (tối đa 120)");
    expect(header).toContain("Chính quyền số");
    expect(header.filter((h) => h.startsWith("Chính quyền số"))).toEqual(["Chính quyền số"]);
  });
});

describe("RFC 4180 reader and writer", () => {
  it("round-trips any records, whatever the cells hold", () => {
    const record = fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        expect(parseCsv(toCsv(records))).toEqual(records);
      }),
    );
  });

  it("reads quoted line breaks, doubled quotes, LF-only files and a file without a final line break", () => {
    expect(parseCsv(`${BOM}a,"b ""c""\r\nd",e\r\nf,,g`)).toEqual([
      ["a", 'b "c"\r\nd', "e"],
      ["f", "", "g"],
    ]);
    expect(parseCsv("x,y\nz,w\n")).toEqual([
      ["x", "y"],
      ["z", "w"],
    ]);
  });

  it("refuses malformed CSV with a clear error instead of guessing", () => {
    expect(() => parseCsv('a,"b')).toThrow(CsvError);
    expect(() => parseCsv('a,b"c')).toThrow(/Stray quote/u);
    expect(() => parseTableCsv("")).toThrow(/Empty CSV/u);
    expect(() => parseTableCsv("Tỉnh,Đơn vị\r\n")).toThrow(/Missing column/u);
  });
});

describe("/export argument selection", () => {
  it("finds a province with or without diacritics, the latest year by default", () => {
    expect(selectExport(dataset, "bac giang")?.decision.id).toBe("bac-giang-2023-dti");
    expect(selectExport(dataset, "Bắc Giang 2021")?.decision.id).toBe("bac-giang-2021-ict");
    expect(selectExport(dataset, "BẮC NINH")?.tables).toHaveLength(2);
    expect(selectExport(dataset, "Cao Bằng 2022")?.decision.id).toBe("cao-bang-2022-dti");
  });

  it("narrows to one block when the words name it", () => {
    expect(selectExport(dataset, "Bắc Giang 2023 huyện")?.tables.map((t) => t.block)).toEqual(["districts"]);
    expect(selectExport(dataset, "bắc giang sở")?.tables.map((t) => t.block)).toEqual(["departments"]);
    expect(selectExport(dataset, "Hưng Yên sở")?.tables.map((t) => t.block)).toEqual([
      "departments_with_public_services",
      "departments_without_public_services",
    ]);
  });

  it("finds the national table by the country's name in either language", () => {
    expect(selectExport(dataset, "Việt Nam 2022")?.decision.scope).toBe("national");
    expect(selectExport(dataset, "vietnam")?.decision.scope).toBe("national");
  });

  it("gives null for an unknown province or a year without a decision", () => {
    expect(selectExport(dataset, "Hà Giang")).toBeNull();
    expect(selectExport(dataset, "Hưng Yên 2019")).toBeNull();
    expect(selectExport(dataset, "")).toBeNull();
  });
});
