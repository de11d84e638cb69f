import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DomUtils, parseDocument } from "htmlparser2";
import { SourceError } from "./errors.js";
import { LineSink } from "./sink.js";
import type { SourceLimits, SourceText } from "./types.js";
import { inspectZip } from "./zip.js";

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2" → row 2, column 2. */
function cellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(ref);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

function parseMerge(ref: string): Merge | null {
  const [a, b] = ref.split(":");
  const from = a ? cellAddress(a) : null;
  const to = b ? cellAddress(b) : from;
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

const MERGE_REF = /<mergeCell\b[^>]*\bref="([^"]+)"/gu;
const worksheetPath = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/u.test(name);
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/**
 * What the streaming reader of exceljs does not give: each sheet's merged ranges (printed after its
 * rows) and which sheet file carries which sheet name. Gathered while the archive is checked, one
 * piece at a time, so a large sheet is never held whole.
 */
class WorkbookFacts {
  private readonly merges = new Map<string, Merge[]>();
  private readonly tails = new Map<string, string>();
  private readonly small = new Map<string, string>();

  wants = (name: string): boolean => worksheetPath(name) || name === WORKBOOK || name === WORKBOOK_RELS;

  chunk = (name: string, chunk: Buffer): void => {
    if (!worksheetPath(name)) {
      this.small.set(name, (this.small.get(name) ?? "") + chunk.toString("utf8"));
      return;
    }
    // A tag may straddle two pieces: keep the unfinished end of the previous one.
    const text = (this.tails.get(name) ?? "") + chunk.toString("latin1");
    const cut = text.lastIndexOf("<");
    const list = this.merges.get(name) ?? [];
    for (const m of text.slice(0, cut < 0 ? text.length : cut).matchAll(MERGE_REF)) {
      const merge = parseMerge(m[1]!);
      if (merge) list.push(merge);
    }
    this.merges.set(name, list);
    this.tails.set(name, cut < 0 ? "" : text.slice(cut));
  };

  /** Merged ranges by sheet name. */
  bySheetName(): Map<string, Merge[]> {
    for (const [name, tail] of this.tails) {
      for (const m of tail.matchAll(MERGE_REF)) {
        const merge = parseMerge(m[1]!);
        if (merge) this.merges.get(name)?.push(merge);
      }
    }
    const xml = (name: string) => parseDocument(this.small.get(name) ?? "", { xmlMode: true });
    const targets = new Map(
      DomUtils.getElementsByTagName("Relationship", xml(WORKBOOK_RELS)).map((r) => [r.attribs.Id ?? "", `xl/${(r.attribs.Target ?? "").replace(/^\/?(xl\/)?/u, "")}`]),
    );
    const out = new Map<string, Merge[]>();
    for (const sheet of DomUtils.getElementsByTagName("sheet", xml(WORKBOOK))) {
      const path = targets.get(sheet.attribs["r:id"] ?? "");
      const name = sheet.attribs.name;
      if (path && name) out.set(name, this.merges.get(path) ?? []);
    }
    return out;
  }
}

interface SheetRow {
  number: number;
  cells: string[];
}

/** Runs of consecutive rows with two or more cells (a table), and every other row on its own. */
function tableBlocks(rows: SheetRow[]): SheetRow[][] {
  const blocks: SheetRow[][] = [];
  let previous: SheetRow | null = null;
  for (const r of rows) {
    const wide = r.cells.filter((t) => t !== "").length >= 2;
    const last = blocks[blocks.length - 1];
    const continues = wide && last !== undefined && previous !== null && previous.number === r.number - 1 && last[0]!.cells.filter((t) => t !== "").length >= 2;
    if (continues) last.push(r);
    else blocks.push([r]);
    previous = r;
  }
  return blocks;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as stored: numbers as their value (never the formatted "0,90"), formulas by their result. */
function cellText(value: unknown, missingResult: () => void): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value !== "object") return "";
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result === undefined) missingResult();
    return cellText(v.result, missingResult);
  }
  if (Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r.text === "string" ? r.text : "")).join("");
  if ("text" in v) return cellText(v.text, missingResult);
  if (typeof v.error === "string") return v.error;
  return "";
}

/**
 * Every sheet of a workbook, row by row, read as a stream: numbers exactly as stored, formula cells
 * by their cached result, a merged cell once (the cells it covers are empty, so a merged title is a
 * title line). Within one table (a run of rows with several cells), columns that hold nothing
 * (spacing left by merges or a page layout) are left out and every row keeps the same width.
 * The archive is checked first; a sheet that outgrows the limits stops the reading.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, limits: SourceLimits): Promise<SourceText> {
  const facts = new WorkbookFacts();
  await inspectZip(bytes, fileName, limits, facts);
  const merges = facts.bySheetName();
  const sink = new LineSink(fileName, limits);
  let missing = false;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      const ranges = merges.get(name) ?? [];
      const rows: SheetRow[] = [];
      let chars = 0;
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const here = ranges.filter((m) => m.top <= row.number && row.number <= m.bottom);
        const cells: string[] = [];
        for (let col = 1; col < values.length; col++) {
          const covered = here.some((m) => m.left <= col && col <= m.right && (m.top !== row.number || m.left !== col));
          const text = covered ? "" : cellText(values[col], () => (missing = true)).trim();
          cells[col] = text;
          chars += text.length + 1;
        }
        rows.push({ number: row.number, cells });
        sink.ensureRoom(rows.length, chars);
      }
      for (const block of tableBlocks(rows)) {
        const kept = [...new Set(block.flatMap((r) => r.cells.flatMap((t, col) => (t ? [col] : []))))].sort((x, y) => x - y);
        for (const r of block) sink.row(kept.map((col) => r.cells[col] ?? ""), `trang tính '${name}', hàng ${r.number}`);
      }
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError("corrupt", fileName, "bảng tính bị hỏng hoặc không đúng định dạng .xlsx", "Xin mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại.");
  }
  if (missing) sink.warnings.push("Có ô công thức chưa được tính (không có kết quả lưu sẵn); xin mở tệp bằng Excel, lưu lại rồi gửi lại nếu số liệu thiếu.");
  return sink.done("xlsx");
}
