import { placeOf, type Dataset, type Decision, type Row, type Table } from "../domain/dataset.js";
import { decisionRef } from "../dataset/entries.js";
import { indexName } from "./copy.js";
import { decisionLabel } from "./format.js";
import { foldKey } from "../text/vietnamese.js";
import { blockLabel } from "./charts/copy.js";

/**
 * CSV exports of ranking tables, for spreadsheets: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with
 * a byte-order mark so Excel reads the Vietnamese letters as UTF-8 instead of the ANSI code page.
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

const H = {
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
  selfTotal: "Tổng điểm tự khai",
  notes: "Ghi chú",
  source: "Văn bản",
} as const;
const SELF_SUFFIX = " (tự khai)";
const MAX_SUFFIX = /\s\(tối đa [\d.]+\)$/u;

function num(n: number | null): string {
  return n === null ? "" : String(n);
}

/** Text of the decision a CSV row cites: "Quyết định số 2405/QĐ-UBND ngày 26/12/2023 — Chủ tịch UBND tỉnh Bắc Ninh". */
export function citation(decision: Decision): string {
  const label = decisionLabel(decisionRef(decision), "vi");
  return decision.issuer ? `${label} — ${decision.issuer}` : label;
}

/** One table as CSV: a header row, then one row per unit in the decision's order; every row cites the decision. */
export function tableToCsv(decision: Decision, table: Table): string {
  const components = table.columns.map((c) => c.name);
  const header = [
    H.province, H.year, H.index, H.block, H.order, H.unit, H.rank, H.total, H.maxTotal, H.grade,
    ...table.columns.map((c) => (c.max === null ? c.name : `${c.name} (tối đa ${c.max})`)),
    ...(table.hasReview ? [H.selfTotal, ...components.map((c) => c + SELF_SUFFIX)] : []),
    H.notes,
    H.source,
  ];
  const source = citation(decision);
  const rows = table.rows.map((r) => [
    textCell(placeOf(decision)),
    String(decision.year),
    indexName(table.index, "vi"),
    textCell(table.group || blockLabel(table.block, "vi")),
    num(r.order),
    textCell(r.name),
    num(r.rank),
    num(r.total),
    num(table.maxTotal),
    textCell(r.grade ?? ""),
    ...components.map((c) => num(r.components[c] ?? null)),
    ...(table.hasReview
      ? [num(r.selfDeclared?.total ?? null), ...components.map((c) => num(r.selfDeclared?.components[c] ?? null))]
      : []),
    textCell(r.notes.map((n) => n.text).join("; ")),
    textCell(source),
  ]);
  return toCsv([header, ...rows]);
}

/** What a CSV row says about a unit: the `Row` fields a spreadsheet can carry. */
export type CsvRow = Pick<Row, "name" | "order" | "rank" | "total" | "grade" | "components" | "selfDeclared"> & {
  notes: string;
  source: string;
};

function parseNum(cell: string, where: string): number | null {
  if (cell === "") return null;
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new CsvError(`${where}: "${cell}" is not a number`);
  return n;
}

/** Read back a CSV written by `tableToCsv`. */
export function parseTableCsv(text: string): CsvRow[] {
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

/** A file name for one table: ASCII only, so every mail client and OS keeps it intact. */
export function csvFileName(decision: Decision, table: Table): string {
  return `${decision.id}-${table.block.replace(/_/gu, "-")}${table.index === "PORTAL" ? "-portal" : ""}.csv`;
}

export interface ExportSelection {
  decision: Decision;
  tables: Table[];
}

/**
 * "/export <province> [year] [sở|huyện]": the decision for that province and assessed year (the latest
 * when no year is given), and its tables, narrowed to one block when the words name one.
 */
export function selectExport(dataset: Dataset, args: string): ExportSelection | null {
  const key = ` ${foldKey(args)} `;
  const year = /\b((?:19|20)\d{2})\b/u.exec(args)?.[1];
  const candidates = dataset.decisions
    .filter((d) => key.includes(` ${foldKey(placeOf(d))} `))
    .filter((d) => year === undefined || d.year === Number(year))
    .sort((a, b) => b.year - a.year);
  const decision = candidates[0];
  if (!decision) return null;
  const wantsDistricts = / (huyen|quan|thi xa|thanh pho|district|districts)( |$)/u.test(key);
  const wantsDepartments = / (so|nganh|ban nganh|department|departments)( |$)/u.test(key);
  const tables = decision.tables.filter((t) =>
    wantsDistricts === wantsDepartments ? true : wantsDistricts ? t.block === "districts" : t.block !== "districts",
  );
  return { decision, tables: tables.length > 0 ? tables : decision.tables };
}

/** "Bắc Giang (2021, 2023), Bắc Ninh (2023)": what /export can send. */
export function availableExports(dataset: Dataset): string {
  const years = new Map<string, Set<number>>();
  for (const d of dataset.decisions) years.set(placeOf(d), (years.get(placeOf(d)) ?? new Set()).add(d.year));
  return [...years]
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([p, ys]) => `${p} (${[...ys].sort().join(", ")})`)
    .join(", ");
}
