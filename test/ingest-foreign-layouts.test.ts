import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFromSources } from "../src/dataset/pipeline.js";
import { parseDecision, type ParsedDecision } from "../src/ingest/parse.js";
import { parseInteger, parseNumber } from "../src/text/numbers.js";

const DIR = join(import.meta.dirname, "fixtures", "tables");
const read = (file: string) => parseDecision(readFileSync(join(DIR, file), "utf8"), file.split("/").pop()!);

function ok(file: string): { d: ParsedDecision; warnings: string[] } {
  const out = read(file);
  expect(out.problems.filter((p) => p.severity === "error"), file).toEqual([]);
  return { d: out.decision!, warnings: out.problems.map((p) => p.found) };
}

const ranks = (d: ParsedDecision, n = 0) => d.tables[n]!.rows.map((r) => r.rank);

describe("a real Phú Thọ page: 'Thứ tự xếp hạng', one cell per line, cut off inside row 24", () => {
  const { d, warnings } = ok("phu-tho-2022-so-nganh.txt");

  it("reads the 23 whole rows and says the table may continue", () => {
    const t = d.tables[0]!;
    expect(t.rows).toHaveLength(23);
    expect(ranks(d)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(t.rows[0]).toMatchObject({ name: "Cục Thuế tỉnh", total: 826.8 });
    expect(t.rows[22]).toMatchObject({ name: "Công an tỉnh", total: 656.6 });
    expect(warnings.some((w) => w.startsWith("23 rows, ranks 1–23;") && w.includes("may continue"))).toBe(true);
  });

  it("marks the table partial in the dataset, the rows it holds counted as they are", () => {
    const name = "phu-tho-2022-so-nganh.txt";
    const { dataset } = buildFromSources([{ name, content: readFileSync(join(DIR, name), "utf8") }]);
    expect(dataset!.decisions[0]!.tables[0]).toMatchObject({ partial: true, outOf: 23 });
  });

  it("names the total by its wrapped header and the block as the page does", () => {
    expect(d.tables[0]).toMatchObject({ index: "DTI", block: "departments", group: "Sở, ban, ngành", totalPrinted: "Tổng điểm năm 2022", maxTotal: 1000 });
  });

  it("is a news item citing its decision: number and date from the sentence, year from the title", () => {
    expect(d.meta).toMatchObject({
      form: "news_item",
      scope: "province",
      province: "Phú Thọ",
      kind: "Quyết định",
      number: "179/QĐ-UBND",
      date: "2023-01-19",
      year: 2022,
      issuer: "Chủ tịch UBND tỉnh Phú Thọ",
    });
  });
});

describe("a real national table quoted by Vĩnh Phúc: order number, then rank and index in one cell", () => {
  const { d, warnings } = ok("vinh-phuc-2017-ict-provinces.txt");
  const t = d.tables[0]!;

  it("takes the rank from the rank column, ties included, and the order from the order column", () => {
    expect(t.rows.slice(15, 19).map((r) => [r.order, r.rank, r.name, r.total])).toEqual([
      [16, 16, "Đồng Nai", 0.64],
      [17, 17, "Thanh Hóa", 0.633],
      [18, 17, "Bà Rịa - Vũng Tàu", 0.633],
      [19, 19, "Phú Thọ", 0.624],
    ]);
    expect(t.rows.filter((r) => r.order !== r.rank).map((r) => r.name)).toEqual(["Bà Rịa - Vũng Tàu", "Quảng Trị", "Tuyên Quang"]);
  });

  it("is a national ranking of provinces for 2017, partial, with no province of its own", () => {
    expect(d.meta).toMatchObject({ scope: "national", province: null, year: 2017, issuer: "Bộ Thông tin và Truyền thông" });
    expect(t).toMatchObject({ index: "ICT", block: "provinces", maxTotal: 1 });
    expect(t.rows).toHaveLength(53);
    expect(warnings.some((w) => w.startsWith("53 rows, ranks 1–53;"))).toBe(true);
  });
});

describe("layouts no seed decision uses", () => {
  it("English machine headers (rank, name, score) over Vietnamese names", () => {
    const { d } = ok("variants/english-headers.txt");
    expect(d.meta).toMatchObject({ province: "Lào Cai", year: 2024 });
    expect(d.tables[0]).toMatchObject({ block: "departments", totalPrinted: "score", maxTotal: 1 });
    expect(d.tables[0]!.rows.map((r) => [r.rank, r.name, r.total])[0]).toEqual([1, "Sở Tài chính", 0.8123]);
  });

  it("a numbered list of ministries: a national rank list without scores, issuer named in the text", () => {
    const { d } = ok("variants/ministries-numbered-list.txt");
    expect(d.meta).toMatchObject({ scope: "national", province: null, issuer: "Bộ Thông tin và Truyền thông", year: 2023 });
    expect(d.tables[0]).toMatchObject({ block: "ministries", maxTotal: null });
    expect(d.tables[0]!.rows.map((r) => [r.rank, r.name, r.total])).toEqual([
      [1, "Bộ Kế hoạch và Đầu tư", null],
      [2, "Bộ Tài chính", null],
      [3, "Ngân hàng Nhà nước Việt Nam", null],
      [4, "Bộ Tài nguyên và Môi trường", null],
      [5, "Bộ Thông tin và Truyền thông", null],
    ]);
  });

  it("the 34 provinces after the merger: published by Bộ KH&CN, 34 expected", () => {
    const { d, warnings } = ok("variants/provinces-after-merger.txt");
    expect(d.meta).toMatchObject({ scope: "national", issuer: "Bộ Khoa học và Công nghệ", year: 2024 });
    expect(warnings).toContain("5 rows, ranks 1–5; the table may be partial");
    expect(d.tables[0]!.rows[1]).toMatchObject({ name: "Huế", total: 0.7951 });
  });

  it("a year column printing '2,023' holds the year 2023, not a score of 2.023, and the rank comes from 'Hạng'", () => {
    const { d } = ok("variants/year-column.txt");
    expect(d.meta.year).toBe(2023);
    const t = d.tables[0]!;
    expect(t.columns).toEqual([]);
    expect(t.rows.map((r) => [r.order, r.rank, r.total])).toEqual([
      [1, 3, 701.5],
      [2, 1, 812],
      [3, 2, 745.25],
      [4, 4, 650],
    ]);
  });

  it("headerless space-separated rows with a column of years: the title stays the title, '2,023' is the year", () => {
    const { d } = ok("variants/year-column-space-rows.txt");
    expect(d.meta).toMatchObject({ title: "Kết quả chuyển đổi số các huyện tỉnh Yên Bái", year: 2023 });
    expect(d.tables[0]!.columns).toEqual([]);
    expect(d.tables[0]!.rows.map((r) => [r.rank, r.total])).toEqual([
      [1, 812.5],
      [2, 745],
      [3, 701.25],
    ]);
  });

  it("a one-line header of words over rows separated by spaces, with grades", () => {
    const { d } = ok("variants/one-line-header-space-rows.txt");
    const t = d.tables[0]!;
    expect(t).toMatchObject({ block: "districts", totalPrinted: "Điểm" });
    expect(t.rows.map((r) => [r.rank, r.name, r.total, r.grade])).toEqual([
      [1, "Thành phố Tuy Hòa", 812.45, "Tốt"],
      [2, "Thị xã Sông Cầu", 790.1, "Khá"],
      [3, "Huyện Tây Hòa", 790.1, "Khá"],
      [3, "Huyện Phú Hòa", 788, "Khá"],
      [5, "Huyện Đồng Xuân", 601.3, "Trung bình"],
    ]);
  });

  it("zero-padded ranks one cell per line without blank lines", () => {
    const { d } = ok("variants/zero-padded-cells.txt");
    expect(d.tables[0]!.rows.map((r) => [r.rank, r.name, r.total])).toEqual([
      [1, "Sở Tư pháp", 812.3],
      [2, "Sở Y tế", 800.1],
      [3, "Sở Xây dựng", 799],
      [4, "Ban Dân tộc", 650.25],
    ]);
  });

  it("column gaps of a PDF text export, the header wrapped onto a second line with the scale", () => {
    const { d } = ok("variants/pdf-column-gaps.txt");
    expect(d.meta).toMatchObject({ province: "Sơn La", year: 2023, title: "KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA CÁC SỞ, BAN, NGÀNH NĂM 2023" });
    expect(d.tables[0]).toMatchObject({ totalPrinted: "Tổng điểm (1.000 điểm)", maxTotal: 1000 });
    expect(d.tables[0]!.rows[3]).toMatchObject({ name: "Sở Lao động - Thương binh và Xã hội", total: 720.5, grade: "Khá" });
  });
});

describe("a decision flattened from a web page into '|' cells", () => {
  it("reads number and place-date from one letterhead line, the province from 'TỈNH GIA LAI NĂM 2021', the rank from the last column", () => {
    const { d } = ok("variants/letterhead-in-cells.txt");
    expect(d.meta).toMatchObject({ province: "Gia Lai", number: "489/QĐ-UBND", date: "2022-07-29", year: 2021, form: "official" });
    expect(d.tables[0]).toMatchObject({ index: "ICT", block: "departments" });
    expect(d.tables[0]!.rows.map((r) => [r.order, r.rank, r.total, r.grade])).toEqual([
      [1, 1, 915.5, "Tốt"],
      [2, 3, 870, "Tốt"],
      [3, 2, 880.25, "Tốt"],
      [4, 4, 640, "Trung bình"],
    ]);
  });
});

describe("rows that start with the name", () => {
  it("take the rank from the column that reads as a ranking, whatever its header says ('Thứ bậc')", () => {
    const { d } = ok("variants/name-first-rank-last.txt");
    const t = d.tables[0]!;
    expect(t).toMatchObject({ block: "districts", totalPrinted: "Điểm" });
    expect(t.rows.map((r) => [r.rank, r.name, r.total])).toEqual([
      [2, "Huyện Cam Lộ", 701.25],
      [3, "Huyện Gio Linh", 650],
      [1, "Thành phố Đông Hà", 812.5],
      [4, "Huyện Hải Lăng", 601.75],
    ]);
  });
});

describe("a file that is not a ranking", () => {
  it("is refused with what was looked for, the closest line and why, and what to send instead", () => {
    const out = read("variants/minutes-not-a-ranking.txt");
    expect(out.decision).toBeNull();
    expect(out.problems).toHaveLength(1);
    const p = out.problems[0]!;
    expect(p).toMatchObject({ line: 3, severity: "error" });
    expect(p.expected).toMatch(/ranking table: at least 3 rows/u);
    expect(p.found).toMatch(/closest is line 3, "1\. Giao Sở Tài chính.*reads as a sentence/u);
    expect(p.hint).toMatch(/\.docx, \.xlsx/u);
  });
});

describe("numbers where only whole numbers make sense", () => {
  it("read a separator before three digits as thousands, and nothing else as whole", () => {
    expect([parseInteger("2,020"), parseInteger("07"), parseInteger("12."), parseInteger("1.234"), parseInteger("0,5"), parseInteger("12a")]).toEqual([2020, 7, 12, 1234, null, null]);
    expect(parseNumber("2,020")).toBe(2.02);
  });
});

describe("one table in blocks, and rankings beside the overall one", () => {
  it("splits a table at its block labels (I. Khối sở, II. Khối huyện), keeping the header and the maxima for both", () => {
    const { d } = ok("variants/sections-in-one-table.txt");
    expect(d.tables.map((t) => [t.block, t.group, t.rows.length, t.maxTotal])).toEqual([
      ["departments", "Sở, ban, ngành", 3, 1000],
      ["districts", "Huyện, thành phố", 3, 1000],
    ]);
    expect(d.tables[1]!.columns.map((c) => [c.name, c.max])).toEqual([
      ["Nhận thức số", 200],
      ["Thể chế số", 200],
      ["Hoạt động chính quyền số", 600],
    ]);
    expect(d.tables[1]!.rows[0]).toMatchObject({ rank: 1, name: "Thành phố Sông Công", total: 880 });
  });

  it("keeps the pillars' ranks out of the scores and ranks by the overall rank", () => {
    const { d, warnings } = ok("variants/national-with-pillar-ranks.txt");
    const t = d.tables[0]!;
    expect(t.columns).toEqual([]);
    expect(t.rows.map((r) => [r.rank, r.total])).toEqual([
      [1, 0.7837],
      [2, 0.754],
      [3, 0.7414],
      [4, 0.7005],
      [5, 0.6966],
      [6, 0.695],
    ]);
    expect(warnings.filter((w) => w.includes("kept out of the scores"))).toHaveLength(3);
  });
});

describe("the assessed year", () => {
  const rows = "1\tSở Tư pháp\t812,3\n2\tSở Y tế\t800,1\n3\tBan Dân tộc\t650,25\n";

  it("comes from the index's own name in the title when there is no 'năm' ('Kết quả DTI 2023')", () => {
    const out = parseDecision(`Kết quả DTI 2023 các sở, ngành tỉnh Điện Biên\n\nHạng\tĐơn vị\tĐiểm\n${rows}`, "dti-2023.txt");
    expect(out.decision?.meta.year).toBe(2023);
    expect(out.problems).toEqual([]);
  });

  it("falls back to the document's date only with a warning, never silently", () => {
    const out = parseDecision(`Điện Biên, ngày 5 tháng 1 năm 2024\nKết quả chuyển đổi số các sở, ngành tỉnh Điện Biên\n\nHạng\tĐơn vị\tĐiểm\n${rows}`, "no-year.txt");
    expect(out.decision?.meta.year).toBe(2024);
    expect(out.problems).toEqual([expect.objectContaining({ severity: "warning", expected: expect.stringMatching(/assessed year/u) })]);
  });
});
