import { placeOf, type Decision, type Row, type Table } from "../../domain/dataset.js";
import { decisionRef } from "../../dataset/entries.js";
import { decisionLabel } from "../format.js";
import { blockName, indexName } from "../names.js";
import { componentColumns as columnsOfTable } from "./sheet.js";

/**
 * CSV exports of ranking tables, for machines: RFC 4180 (comma, CRLF, quotes doubled), a decimal point
 * whatever the locale, UTF-8 with a byte-order mark. People get the Excel export (xlsx.ts): a CSV opened
 * in a spreadsheet set to a decimal comma turns "0.748" into 748.
 */
export const BOM = "\uFEFF";

/** Cells Excel would run as a formula get a leading apostrophe (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

function quoteCell(cell: string): string {
  return /[",\r\n]/u.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

export function textCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function untextCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function toCsv(records: readonly (readonly string[])[]): string {
  return BOM + records.map((r) => r.map(quoteCell).join(",") + "\r\n").join("");
}

export class CsvError extends Error {
  override name = "CsvError";
}

/** RFC 4180 parser (also accepts bare LF line ends and a leading BOM). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  let atCellStart = true;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i++;
    } else if (ch === ",") {
      record.push(cell);
      cell = "";
      atCellStart = true;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      atCellStart = true;
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
    } else {
      if (ch === '"') throw new CsvError(`Stray quote in an unquoted cell at offset ${i}`);
      cell += ch;
      atCellStart = false;
      i++;
    }
  }
  if (quoted) throw new CsvError("Unterminated quoted cell at end of input");
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/** Column headers: fixed Vietnamese words, so a program reading the file never depends on the asker's language. */
const H = {
  table: "Mã bảng",
  province: "Tỉnh",
  year: "Năm đánh giá",
  index: "Chỉ số",
  block: "Khối",
  order: "STT",
  unit: "Đơn vị",
  rank: "Xếp hạng",
  total: "Tổng điểm",
  maxTotal: "Thang điểm",
  grade: "Xếp loại",
  selfTotal: "Tổng điểm tính qua khai báo",
  notes: "Ghi chú",
  source: "Văn bản",
} as const;
const SELF_SUFFIX = " (tính qua khai báo)";
const MAX_SUFFIX = /\s\(tối đa [\d.]+\)$/u;

function num(n: number | null): string {
  return n === null ? "" : String(n);
}

/** Text of the decision a CSV row cites: "Quyết định số 2405/QĐ-UBND ngày 26/12/2023 — Chủ tịch UBND tỉnh Bắc Ninh". */
export function citation(decision: Decision): string {
  const label = decisionLabel(decisionRef(decision), "vi");
  return decision.issuer ? `${label} — ${decision.issuer}` : label;
}

/** Component columns of several tables, in first-seen order; a maximum goes in the header only when every table agrees on it. */
function componentColumns(tables: readonly Table[]): { name: string; header: string }[] {
  const maxima = new Map<string, Set<number | null>>();
  for (const t of tables) for (const c of columnsOfTable(t)) maxima.set(c.name, (maxima.get(c.name) ?? new Set()).add(c.max));
  return [...maxima].map(([name, set]) => {
    const [only] = set;
    return { name, header: set.size === 1 && only !== null && only !== undefined ? `${name} (tối đa ${only})` : name };
  });
}

/**
 * The tables of one decision as one CSV: a header row, then one row per unit, table after table in the
 * decision's order. Every row names its table and cites the decision.
 */
export function decisionToCsv(decision: Decision, tables: readonly Table[]): string {
  const components = componentColumns(tables);
  const review = tables.some((t) => t.hasReview);
  const header = [
    H.table, H.province, H.year, H.index, H.block, H.order, H.unit, H.rank, H.total, H.maxTotal, H.grade,
    ...components.map((c) => c.header),
    ...(review ? [H.selfTotal, ...components.map((c) => c.name + SELF_SUFFIX)] : []),
    H.notes,
    H.source,
  ];
  const source = citation(decision);
  const rows = tables.flatMap((table) =>
    table.rows.map((r) => [
      table.id,
      textCell(placeOf(decision)),
      String(decision.year),
      indexName(table.index, "vi"),
      textCell(table.group || blockName(table.group, table.block, "vi")),
      num(r.order),
      textCell(r.name),
      num(r.rank),
      num(r.total),
      num(table.maxTotal),
      textCell(r.grade ?? ""),
      ...components.map((c) => num(r.components[c.name] ?? null)),
      ...(review
        ? [num(r.selfDeclared?.total ?? null), ...components.map((c) => num(r.selfDeclared?.components[c.name] ?? null))]
        : []),
      textCell(r.notes.map((n) => n.text).join("; ")),
      textCell(source),
    ]),
  );
  return toCsv([header, ...rows]);
}

/** What a CSV row says about a unit: the `Row` fields a spreadsheet can carry, and the table it belongs to. */
export type CsvRow = Pick<Row, "name" | "order" | "rank" | "total" | "grade" | "components" | "selfDeclared"> & {
  tableId: string;
  notes: string;
  source: string;
};

function parseNum(cell: string, where: string): number | null {
  if (cell === "") return null;
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new CsvError(`${where}: "${cell}" is not a number`);
  return n;
}

/** Read back a CSV written by `decisionToCsv`. */
export function parseDecisionCsv(text: string): CsvRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new CsvError("Empty CSV");
  const at = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new CsvError(`Missing column "${name}"`);
    return i;
  };
  const firstComponent = at(H.grade) + 1;
  const selfAt = header.indexOf(H.selfTotal);
  const notesAt = at(H.notes);
  const componentNames = header.slice(firstComponent, selfAt >= 0 ? selfAt : notesAt).map((h) => h.replace(MAX_SUFFIX, ""));
  return records.map((cells, k) => {
    const where = `row ${k + 2}`;
    if (cells.length !== header.length) throw new CsvError(`${where}: ${cells.length} cells, header has ${header.length}`);
    const cell = (i: number): string => cells[i] ?? "";
    const scores = (offset: number): Record<string, number> => {
      const out: Record<string, number> = {};
      componentNames.forEach((name, j) => {
        const v = parseNum(cell(offset + j), where);
        if (v !== null) out[name] = v;
      });
      return out;
    };
    const grade = untextCell(cell(at(H.grade)));
    return {
      tableId: cell(at(H.table)),
      name: untextCell(cell(at(H.unit))),
      order: parseNum(cell(at(H.order)), where),
      rank: parseNum(cell(at(H.rank)), where),
      total: parseNum(cell(at(H.total)), where),
      grade: grade === "" ? null : grade,
      components: scores(firstComponent),
      selfDeclared:
        selfAt >= 0 && cells.slice(selfAt, notesAt).some((c) => c !== "")
          ? { total: parseNum(cell(selfAt), where), components: scores(selfAt + 1) }
          : null,
      notes: untextCell(cell(notesAt)),
      source: untextCell(cell(at(H.source))),
    };
  });
}
