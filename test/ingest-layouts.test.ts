import { describe, expect, it } from "vitest";
import { parseDecision, type ParsedDecision } from "../src/ingest/parse.js";
import { cellPerLine, decimalPoints, markdownTables, realText } from "./support/decision-variants.js";

/** What matters of a parsed decision: every row's rank, name, total, grade and components per table. */
function essence(d: ParsedDecision | null) {
  if (!d) throw new Error("not parsed");
  return d.tables.map((t) => ({
    index: t.index,
    block: t.block,
    maxTotal: t.maxTotal,
    columns: t.columns.map((c) => [c.name, c.max]),
    rows: t.rows.map((r) => [r.rank, r.name, r.total, r.grade, r.components, r.selfDeclared]),
  }));
}

function parseOk(text: string, file = "variant.txt"): ParsedDecision {
  const out = parseDecision(text, file);
  expect(out.problems.filter((p) => p.severity === "error")).toEqual([]);
  return out.decision!;
}

const FILES = ["bac-giang-2021-ict.txt", "bac-giang-2023-dti.txt", "cao-bang-2022-dti.txt", "hung-yen-2023-dti.txt"];

describe("tables in layouts no decision has used yet, derived from the real texts", () => {
  for (const file of FILES) {
    const original = essence(parseOk(realText(file), file));

    it(`${file}: one cell per line reads the same rows`, () => {
      expect(essence(parseOk(cellPerLine(realText(file))))).toEqual(original);
    });

    it(`${file}: one cell per line with blank lines between cells reads the same rows`, () => {
      expect(essence(parseOk(cellPerLine(realText(file), "\n\n")))).toEqual(original);
    });

    it(`${file}: a flattened web table (cells ending in "|") reads the same rows`, () => {
      expect(essence(parseOk(cellPerLine(realText(file), "\n\n", " |")))).toEqual(original);
    });

    it(`${file}: a markdown table with rule lines reads the same rows`, () => {
      expect(essence(parseOk(markdownTables(realText(file))))).toEqual(original);
    });

    it(`${file}: decimal points instead of commas read the same numbers`, () => {
      expect(essence(parseOk(decimalPoints(realText(file))))).toEqual(original);
    });
  }

  it("Bắc Ninh's two-level header, written one row per line with tabs, reads the same rows", () => {
    const original = essence(parseOk(realText("bac-ninh-2023-dti.txt")));
    // Rebuild Bắc Ninh's cell-per-line tables as a tab export of merged cells: a top header line with
    // each group printed once, a sub-header line under it, the block label, then one row per unit.
    const lines = realText("bac-ninh-2023-dti.txt").split("\n");
    const out: string[] = [];
    let i = 0;
    while (i < lines.length) {
      if (lines[i] !== "STT") {
        out.push(lines[i++]!);
        continue;
      }
      const h = lines.slice(i, i + 6);
      const subs = lines.slice(i + 6, lines.indexOf(h[2]!, i) === -1 ? i : lines.findIndex((l, k) => k > i + 6 && /^Đơn vị /u.test(l)));
      const per = subs.length / 2;
      const blank = (n: number) => Array<string>(n).fill("");
      out.push([h[0], h[1], h[2], ...blank(per - 1), h[3], ...blank(per - 1), h[4], h[5]].join("\t"));
      out.push(["", "", ...subs, "", ""].join("\t"));
      i += 6 + subs.length;
      out.push(lines[i++]!);
      const width = 4 + subs.length;
      while (/^\d+$/u.test(lines[i] ?? "")) {
        out.push(lines.slice(i, i + width).join("\t"));
        i += width;
      }
      if (lines[i] === "Điểm trung bình") {
        out.push(lines.slice(i, i + 1 + subs.length).join("\t"));
        i += 1 + subs.length;
      }
    }
    expect(essence(parseOk(out.join("\n")))).toEqual(original);
  });
});

const HEAD = `Số: 123/QĐ-UBND\nLạng Sơn, ngày 20 tháng 12 năm 2024\nQUYẾT ĐỊNH\nCông bố Chỉ số chuyển đổi số các sở, ban, ngành tỉnh Lạng Sơn năm 2024\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\nPhụ lục\nXẾP HẠNG CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2024\n`;

describe("tables with other shapes", () => {
  it("reads a table with only rank, name and total, with ties in rank (15, 15, 17)", () => {
    const rows = Array.from({ length: 18 }, (_, i) => {
      const rank = i === 15 ? 15 : i + 1;
      const total = i === 15 ? 700 - 14 * 10 : 700 - i * 10;
      return `${rank}\tSở Số ${i + 1}\t${String(total).replace(".", ",")}`;
    });
    const d = parseOk(`${HEAD}\nXếp hạng\tĐơn vị\tTổng điểm\n${rows.join("\n")}\n`);
    const t = d.tables[0]!;
    expect(t.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 15, 17, 18]);
    expect(t.rows[15]).toMatchObject({ name: "Sở Số 16", total: 560, components: {} });
    expect(t.rows[15]!.notes.map((n) => n.kind)).toEqual(["rank_tie"]);
    expect(t.columns).toEqual([]);
    expect(t.maxTotal).toBe(1000);
    expect(d.meta).toMatchObject({ province: "Lạng Sơn", number: "123/QĐ-UBND", date: "2024-12-20", year: 2024 });
  });

  it("notes a table whose order disagrees with its totals, keeping the published ranks", () => {
    const d = parseOk(`${HEAD}\nSTT\tĐơn vị\tTổng điểm\n1\tSở A\t800\n2\tSở B\t810\n3\tSở C\t700\n`);
    const b = d.tables[0]!.rows[1]!;
    expect(b.rank).toBe(2);
    expect(b.notes).toEqual([expect.objectContaining({ kind: "order_mismatch" })]);
  });

  it("reads a news item that quotes a decision's table", () => {
    const news = [
      "Cao Bằng công bố Chỉ số chuyển đổi số năm 2022 của các sở, ban, ngành",
      "",
      "Thứ Sáu, 28/07/2023 10:15",
      "",
      "Ngày 27/7/2023, UBND tỉnh ban hành Quyết định số 943/QĐ-UBND ngày 27/7/2023 của Chủ tịch UBND tỉnh Cao Bằng phê duyệt và công bố Chỉ số chuyển đổi số năm 2022. Sở Công Thương dẫn đầu khối sở, ban, ngành.",
      "",
      "Bảng xếp hạng khối sở, ban, ngành:",
      "",
      "| Xếp hạng | Đơn vị | Tổng điểm |",
      "|---|---|---|",
      "| 1 | Sở Công Thương | 822,3 |",
      "| 2 | Sở Tài chính | 820,3 |",
      "| 3 | Ban Dân tộc | 817,1 |",
      "",
      "Nguồn: Cổng thông tin điện tử tỉnh",
    ].join("\n");
    const d = parseOk(news);
    expect(d.meta).toMatchObject({ province: "Cao Bằng", kind: "Quyết định", number: "943/QĐ-UBND", date: "2023-07-27", year: 2022 });
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]).toMatchObject({ index: "DTI", block: "departments" });
    expect(d.tables[0]!.rows.map((r) => [r.rank, r.name, r.total])).toEqual([
      [1, "Sở Công Thương", 822.3],
      [2, "Sở Tài chính", 820.3],
      [3, "Ban Dân tộc", 817.1],
    ]);
  });
});

describe("text that cannot be read as a ranking decision", () => {
  it("reports a file with no table, naming what was expected", () => {
    const out = parseDecision("Biên bản họp giao ban tuần\n\nNội dung: không có bảng xếp hạng nào.\n", "minutes.txt");
    expect(out.decision).toBeNull();
    expect(out.problems[0]).toMatchObject({ file: "minutes.txt", line: 1, severity: "error" });
    expect(out.problems[0]!.expected).toMatch(/ranking table/u);
  });

  it("reports an unreadable score with its line, column and the text found", () => {
    const text = realText("hung-yen-2023-dti.txt").replace("\t284,77\t", "\t28x4,77\t");
    const out = parseDecision(text, "hy.txt");
    expect(out.decision).toBeNull();
    expect(out.problems).toEqual([
      { file: "hy.txt", line: 54, expected: 'a number in column "Chính quyền số"', found: "28x4,77", severity: "error" },
    ]);
  });

  it("reports a row that lost a cell in a cell-per-line table instead of dropping it", () => {
    const text = cellPerLine(realText("bac-giang-2023-dti.txt")).replace("0,6751\n", "");
    const out = parseDecision(text, "bg.txt");
    expect(out.decision).toBeNull();
    expect(out.problems.some((p) => /cells in the row of "Sở Tài nguyên và Môi trường"/u.test(p.expected))).toBe(true);
  });

  it("reports ranks that skip or repeat without a tie", () => {
    const out = parseDecision(`${HEAD}\nXếp hạng\tĐơn vị\tTổng điểm\n1\tSở A\t800\n3\tSở B\t700\n`, "gap.txt");
    expect(out.problems).toContainEqual(expect.objectContaining({ line: 15, expected: "rank 1 (a tie) or 2", found: "rank 3 for Sở B" }));
  });

  it("survives binary content, HTML and a huge single line without throwing", () => {
    expect(parseDecision("\u0000\u0001PNG", "x.png").decision).toBeNull();
    expect(parseDecision("<html><b>Sở Y tế</b></html>", "x.html").decision).toBeNull();
    expect(parseDecision("a".repeat(200_000), "long.txt").decision).toBeNull();
  });
});
