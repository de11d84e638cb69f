import { deflateRawSync } from "node:zlib";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFromSources, readDecision, type DecisionSource } from "../src/dataset/pipeline.js";
import type { Dataset } from "../src/domain/dataset.js";
import { DEFAULT_LIMITS, readSource, SourceError } from "../src/ingest/sources/index.js";

const root = join(import.meta.dirname, "..");
const decisions = join(root, "data", "decisions");
const fixtures = join(root, "test", "fixtures", "sources");
const fixture = (name: string): Buffer => readFileSync(join(fixtures, name));
const seed = (name: string): Buffer => readFileSync(join(decisions, name));

async function refusal(bytes: Uint8Array, name: string, limits = DEFAULT_LIMITS): Promise<SourceError> {
  try {
    await readSource(bytes, name, limits);
  } catch (err) {
    if (err instanceof SourceError) return err;
    throw err;
  }
  throw new Error(`${name} was read although it should have been refused`);
}

/** What a decision says, whatever it was read from: its metadata and every row of every table. */
function essence(dataset: Dataset | null) {
  if (!dataset) throw new Error("the document did not build a dataset");
  return dataset.decisions.map((d) => ({
    province: d.province,
    kind: d.kind,
    number: d.number,
    date: d.date,
    year: d.year,
    tables: d.tables.map((t) => ({
      appendix: t.appendix,
      index: t.index,
      block: t.block,
      group: t.group,
      maxTotal: t.maxTotal,
      outOf: t.outOf,
      rows: t.rows.map((r) => ({ name: r.name, order: r.order, rank: r.rank, total: r.total, grade: r.grade, components: r.components, selfDeclared: r.selfDeclared })),
      average: t.average,
    })),
  }));
}

async function entriesOf(name: string, bytes: Uint8Array) {
  const read = await readDecision(name, bytes);
  if ("refusal" in read) throw new Error(`${name}: ${read.refusal}`);
  const built = buildFromSources([read as DecisionSource]);
  if (!built.dataset) throw new Error(`${name}: ${JSON.stringify(built.reports.flatMap((r) => r.problems).slice(0, 3))}`);
  return essence(built.dataset);
}

describe("the seed texts", () => {
  const seeds = readdirSync(decisions).filter((f) => f.endsWith(".txt"));

  it.each(seeds)("%s passes through byte for byte, each line from its own line number", async (name) => {
    const bytes = seed(name);
    const source = await readSource(bytes, name);
    expect(source.format).toBe("txt");
    expect(source.text).toBe(bytes.toString("utf8"));
    expect(source.warnings).toEqual([]);
    expect(source.origins).toHaveLength(source.text.split("\n").length);
    expect(source.origins[11]).toBe("dòng 12");
  });
});

const FAMILIES = ["bac-giang-2023-dti", "hung-yen-2023-dti", "cao-bang-2022-dti", "bac-ninh-2023-dti"];

describe("every format gives the entries of the text it was made from", () => {
  const cases = FAMILIES.flatMap((family) => ["html", "docx", "xlsx"].map((ext) => [family, ext] as const));

  it.each(cases)("%s.%s", async (family, ext) => {
    const want = await entriesOf(`${family}.txt`, seed(`${family}.txt`));
    expect(await entriesOf(`${family}.${ext}`, fixture(`${family}.${ext}`))).toEqual(want);
  });

  it.each([
    ["cao-bang-2022-dti", "single-line cells"],
    ["bac-giang-2023-dti", "names and headers wrapped inside their cells, centred, and a row broken over a page"],
  ])("%s.pdf (%s)", async (family) => {
    expect(await entriesOf(`${family}.pdf`, fixture(`${family}.pdf`))).toEqual(await entriesOf(`${family}.txt`, seed(`${family}.txt`)));
  });

  it.each(["html", "docx", "xlsx", "pdf"])("the national list as .%s: 63 provinces by rank, the tie at 15 as printed, the detail rows", async (ext) => {
    const source = await readSource(fixture(`viet-nam-2022-dti.${ext}`), `viet-nam-2022-dti.${ext}`);
    const rows = source.text.split("\n").map((l) => l.split("\t"));
    const ranks = rows.filter((r) => r.length === 2 && /^\d+$/u.test(r[0]!));
    expect(ranks).toHaveLength(63);
    expect(ranks.slice(14, 17)).toEqual([["15", "Thanh Hóa"], ["15", "Yên Bái"], ["17", "Hậu Giang"]]);
    const detail = rows.find((r) => r[1] === "TP. Đà Nẵng" && r.length === 11)!;
    expect(detail.slice(2).map(Number)).toEqual([1, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197, 0.8002]);
    const header = rows.find((r) => r[0] === "Xếp hạng DTI" && r.length === 11)!;
    expect(header[2]).toBe("Chỉ số Nhận thức số");
    expect(header[10]).toBe("CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)");
  });

  it("UTF-16 and Windows-1258 texts are converted to the same text, saying so", async () => {
    const utf16 = await readSource(fixture("bac-giang-2023-dti.utf16.txt"), "bac-giang-2023-dti.txt");
    expect(utf16.text).toBe(seed("bac-giang-2023-dti.txt").toString("utf8"));
    expect(utf16.warnings.join(" ")).toContain("UTF-16");
    const cp1258 = await readSource(fixture("hung-yen-2023-dti.cp1258.txt"), "hung-yen-2023-dti.txt");
    expect(cp1258.text).toBe(seed("hung-yen-2023-dti.txt").toString("utf8"));
    expect(cp1258.warnings.join(" ")).toContain("Windows-1258");
  });

  it("UTF-16 without a byte-order mark is recognised by its zero bytes", async () => {
    const text = "Số: 12/QĐ-UBND\nSTT\tĐơn vị\tTổng điểm\n1\tSở Y tế\t875,83\n";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect((await readSource(le, "a.txt")).text).toBe(text);
    expect((await readSource(be, "a.txt")).text).toBe(text);
  });
});

describe("what each reader keeps and leaves out", () => {
  it("a saved web page keeps its tables and paragraphs, not its menu, footer, form or scripts", async () => {
    const page = await readSource(fixture("bac-giang-2023-dti.html"), "bac-giang-2023-dti.html");
    expect(page.format).toBe("html");
    for (const noise of ["Trang chủ", "Tin tức", "Bản quyền", "dataLayer", "Tìm kiếm", "Tin liên quan"]) expect(page.text).not.toContain(noise);
    const lines = page.text.split("\n");
    const header = lines.findIndex((l) => l.startsWith("STT\tTên cơ quan"));
    expect(page.origins[header]).toBe("bảng 1, hàng 1");
    expect(lines[header + 1]).toBe("1\tSở Tài nguyên và Môi trường\t1,0000\t1,0000\t1,0000\t0,6751\t0,9583\t0,8673\t0,9029");
  });

  it("a spanned cell prints once and leaves the positions it covers empty", async () => {
    const html = `<table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th colspan="2">Điểm sau khi rà soát</th><th rowspan="2">Xếp hạng</th></tr>
      <tr><th>Nhận thức số</th><th>Tổng điểm</th></tr>
      <tr><td colspan="5">Khối huyện</td></tr>
      <tr><td>1</td><td>Huyện Yên Phong</td><td>90</td><td>804,25</td><td rowspan="2">1</td></tr>
      <tr><td>2</td><td>Huyện Tiên Du</td><td>85</td><td>804,25</td></tr>
    </table>`;
    const page = await readSource(Buffer.from(html), "bang.html");
    expect(page.text.split("\n")).toEqual([
      "STT\tĐơn vị\tĐiểm sau khi rà soát\t\tXếp hạng",
      "\t\tNhận thức số\tTổng điểm\t",
      "Khối huyện",
      "1\tHuyện Yên Phong\t90\t804,25\t1",
      "2\tHuyện Tiên Du\t85\t804,25\t",
    ]);
    expect(page.origins).toEqual(["bảng 1, hàng 1", "bảng 1, hàng 2", "bảng 1, hàng 3", "bảng 1, hàng 4", "bảng 1, hàng 5"]);
  });

  it("an old portal's layout table is read as blocks, the ranking table inside it as rows", async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table width="100%"><tr>
      <td class="menu-left"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a></td>
      <td><p><b>KẾT QUẢ XẾP HẠNG</b><br>CHUYỂN ĐỔI SỐ NĂM 2024</p>
        <table border="1"><thead><tr><th><p>STT</p></th><th><p>Tên&nbsp;đơn vị</p></th><th>Tổng<br>điểm</th></tr></thead>
        <tbody><tr><td>1</td><td><p>Sở Y tế</p></td><td>875,83</td></tr><tr><td>2</td><td>Sở&nbsp;Tư pháp</td><td>804,54</td></tr></tbody></table>
      </td></tr></table></body></html>`;
    const page = await readSource(Buffer.from(html), "trang.htm");
    expect(page.text.split("\n")).toEqual(["KẾT QUẢ XẾP HẠNG", "CHUYỂN ĐỔI SỐ NĂM 2024", "STT\tTên đơn vị\tTổng điểm", "1\tSở Y tế\t875,83", "2\tSở Tư pháp\t804,54"]);
  });

  it("a spreadsheet gives numbers as stored, a merged title once, and says which sheet and row", async () => {
    const sheet = await readSource(fixture("bac-giang-2023-dti.xlsx"), "bac-giang-2023-dti.xlsx");
    expect(sheet.format).toBe("xlsx");
    const lines = sheet.text.split("\n");
    expect(lines).toContain("1\tSở Tài nguyên và Môi trường\t1\t1\t1\t0.6751\t0.9583\t0.8673\t0.9029");
    expect(sheet.text).not.toMatch(/0,90\b/u);
    const title = lines.indexOf("PHỤ LỤC I");
    expect(title).toBeGreaterThan(0);
    expect(sheet.origins[title]).toMatch(/^trang tính 'Sheet1', hàng \d+$/u);
  });

  it("a Word file gives its paragraphs and tables in document order", async () => {
    const doc = await readSource(fixture("hung-yen-2023-dti.docx"), "hung-yen-2023-dti.docx");
    const lines = doc.text.split("\n");
    const appendices = ["PHỤ LỤC 01", "PHỤ LỤC 02", "PHỤ LỤC 03"].map((a) => lines.indexOf(a));
    expect(appendices.every((i, k) => i > (appendices[k - 1] ?? 0))).toBe(true);
    expect(doc.origins.filter((o) => /^bảng 3, hàng 1$/u.test(o))).toHaveLength(1);
  });

  it("a markdown table's rows become tab-separated rows, its rule line disappears, line numbers stay", async () => {
    const md = "## KẾT QUẢ XẾP HẠNG\n\n| STT | Đơn vị | Tổng điểm |\n|---|:---|---:|\n| 1 | Sở Y tế | 875,83 |\n| 2 | Sở Tư pháp \\| Thanh tra | 804,54 |\n";
    const source = await readSource(Buffer.from(md), "bang.md");
    expect(source.format).toBe("md");
    expect(source.text.split("\n")).toEqual(["## KẾT QUẢ XẾP HẠNG", "", "STT\tĐơn vị\tTổng điểm", "1\tSở Y tế\t875,83", "2\tSở Tư pháp | Thanh tra\t804,54", ""]);
    expect(source.origins).toEqual(["dòng 1", "dòng 2", "dòng 3", "dòng 5", "dòng 6", "dòng 7"]);
  });

  it("a PDF's lines say which page they are on", async () => {
    const pdf = await readSource(fixture("cao-bang-2022-dti.pdf"), "cao-bang-2022-dti.pdf");
    expect(pdf.format).toBe("pdf");
    expect(pdf.origins[0]).toBe("trang 1");
    expect(new Set(pdf.origins).size).toBeGreaterThan(1);
  });
});

describe("bad input is refused with what to send instead", () => {
  it("a scanned PDF (an image, no text layer)", async () => {
    const err = await refusal(fixture("scanned.pdf"), "quyet-dinh.pdf");
    expect(err.code).toBe("scanned_pdf");
    expect(err.message).toContain("quyet-dinh.pdf");
    expect(err.message).toContain("không có lớp chữ");
    expect(err.message).toContain(".docx");
  });

  it("a PDF named .txt is read as a PDF, with a warning", async () => {
    const source = await readSource(fixture("cao-bang-2022-dti.pdf"), "cao-bang.txt");
    expect(source.format).toBe("pdf");
    expect(source.warnings[0]).toContain("đuôi .txt nhưng nội dung là tệp PDF");
  });

  it("a spreadsheet named .pdf and a Word file named .xlsx are read as what they are", async () => {
    expect((await readSource(fixture("hung-yen-2023-dti.xlsx"), "hung-yen.pdf")).format).toBe("xlsx");
    expect((await readSource(fixture("hung-yen-2023-dti.docx"), "hung-yen.xlsx")).format).toBe("docx");
  });

  it.each([
    ["an old Word file", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "qd.doc", "legacy_office", ".docx"],
    ["a photo", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), "anh.png", "image", ".pdf"],
    ["an empty file", Buffer.alloc(0), "rong.txt", "empty", ".txt"],
    ["binary noise", Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)), "x.txt", "encoding", "UTF-8"],
  ])("%s", async (_what, bytes, name, code, advice) => {
    const err = await refusal(bytes, name);
    expect(err.code).toBe(code);
    expect(err.message).toContain(name);
    expect(err.message).toContain(advice);
  });

  it("text in an old Vietnamese font encoding (TCVN3) is refused, not turned into wrong letters", async () => {
    // "Quyết định" as TCVN3 (ABC) bytes: not UTF-8, and Windows-1258 would give "QuyÕt ®Þnh".
    const tcvn3 = Buffer.from([0x51, 0x75, 0x79, 0xd5, 0x74, 0x20, 0xae, 0xde, 0x6e, 0x68, 0x0a]);
    const err = await refusal(Buffer.concat(Array.from({ length: 20 }, () => tcvn3)), "tcvn3.txt");
    expect(err.code).toBe("encoding");
    expect(err.message).toContain("Unikey");
  });

  it("a zip bomb is refused from its declared sizes, before anything is unpacked", async () => {
    const err = await refusal(bombZip(64 * 1024 * 1024, null), "bom.xlsx");
    expect(err.code).toBe("too_large");
    expect(err.message).toContain("bom nén");
  });

  it("an entry that unpacks larger than it declares is stopped as it unpacks", async () => {
    const err = await refusal(bombZip(8 * 1024 * 1024, 1000), "noi-doi.docx");
    expect(err.code).toBe("too_large");
    expect(err.message).toContain("lớn hơn kích thước nó khai báo");
  });

  it("a sheet larger than the limits is refused while it is read", async () => {
    const err = await refusal(fixture("bac-ninh-2023-dti.xlsx"), "bac-ninh.xlsx", { ...DEFAULT_LIMITS, maxLines: 40 });
    expect(err.code).toBe("too_large");
  });

  it("a file larger than the byte limit is refused without being read", async () => {
    const err = await refusal(fixture("bac-ninh-2023-dti.pdf"), "bac-ninh.pdf", { ...DEFAULT_LIMITS, maxBytes: 1000 });
    expect(err.code).toBe("too_large");
    expect(err.message).toMatch(/quá giới hạn/u);
  });
});

/**
 * A .docx-looking archive whose one entry is `size` zero bytes; `declared` is the size its headers
 * claim (null: the true size).
 */
function bombZip(size: number, declared: number | null): Buffer {
  const name = Buffer.from("word/document.xml");
  const data = deflateRawSync(Buffer.alloc(size));
  const claimed = declared ?? size;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
