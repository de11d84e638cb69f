import { key } from "./keys.js";
import { isNumeric } from "../text/numbers.js";
import type { SourceLine } from "./lines.js";
import { gradeOf, headerRole, isNotEvaluated } from "./vocabulary.js";

/**
 * Finding tables in a decision text, whatever the layout:
 * - "row per line": cells separated by tabs or "|" (tab exports, flattened web or markdown tables);
 * - "cell per line": every cell on its own line (copied from a PDF or a web page), possibly with
 *   blank lines between cells and "|" left at the end of each cell.
 * Both are turned into the same thing: header cells, block labels, raw rows with their line numbers.
 */

export interface RawRow {
  cells: string[];
  line: number;
}

export type Layout = "row-per-line" | "cell-per-line";

export interface Region {
  layout: Layout;
  /** header rows, top level first; a cell-per-line header is one long row */
  header: string[][];
  headerLine: number;
  /** single-cell rows before the first data row ("Đơn vị sở ban ngành") */
  labels: string[];
  rows: RawRow[];
  /** rows of maximum points (no order, no name, only numbers) */
  maxima: RawRow[];
  /** "Điểm trung bình" rows */
  averages: RawRow[];
  /** index of the first line after the region */
  end: number;
  /** columns known not to be scores (a pillar's rank beside the overall one) */
  keepOut?: number[];
}

const AVERAGE = /^(diem |chi so )?(trung binh( chung| cong)?|binh quan)$/u;

export function isAverageLabel(cell: string): boolean {
  // Every row's name is asked: only a short cell with "trung bình" or "bình quân" in it can be the label.
  if (cell.length > 40 || !/trung|b[iì]nh|qu[aâ]n/iu.test(cell)) return false;
  const k = key(cell);
  return AVERAGE.test(k) && k !== "trung binh";
}

/** A cell that can be a unit's name: words, not a number, a grade or a status. */
export function isNameCell(cell: string | undefined): boolean {
  if (cell === undefined || cell.length < 3 || !/\p{L}/u.test(cell)) return false;
  if (isNumeric(cell) || gradeOf(cell) !== null || isNotEvaluated(cell) || isAverageLabel(cell)) return false;
  const role = headerRole(cell);
  return role === "value" || role === "group";
}

function isInteger(cell: string | undefined): boolean {
  return cell !== undefined && /^\d{1,4}\.?$/u.test(cell.trim());
}

/** A header row on one line: several words-only cells, one announcing order or rank. */
export function isRowHeader(line: SourceLine): boolean {
  const cells = line.cells.filter((c) => c !== "");
  if (cells.length < 3 || cells.some((c) => isNumeric(c))) return false;
  const roles = cells.map(headerRole);
  return roles.some((r) => r === "order" || r === "rank") && roles.some((r) => r !== "order" && r !== "rank");
}

/** The start of a cell-per-line header: "STT" alone on its line, then more header words. */
function isCellHeaderStart(lines: SourceLine[], i: number): boolean {
  const line = lines[i]!;
  const role = headerRole(line.text);
  if (line.cells.length !== 1 || (role !== "order" && role !== "rank") || line.text.length > 40 || isTableBoundary(line)) return false;
  const next = nonBlankAfter(lines, i, 2);
  return next.length === 2 && next.every((l) => l.cells.filter((c) => c !== "").length === 1 && !isNumeric(l.text));
}

function nonBlankAfter(lines: SourceLine[], i: number, count: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let j = i + 1; j < lines.length && out.length < count; j++) if (lines[j]!.text !== "") out.push(lines[j]!);
  return out;
}

/** Lines that end a table when they appear after its rows. */
function isTableBoundary(line: SourceLine): boolean {
  const k = key(line.text);
  // An upper-case line of several words is the title of the next table.
  const title = line.text.length > 20 && line.text === line.text.toUpperCase() && /\p{Lu}{2,}/u.test(line.text) && k.split(" ").length >= 4;
  return (
    title ||
    /^(phu luc|bieu|bang)\b/u.test(k) ||
    /^(noi nhan|nguon|ghi chu|chu thich)\b/u.test(k) ||
    /^\(?(ke?m theo|ban hanh kem theo)/u.test(k)
  );
}

/** The same header again (after a page break); block labels may follow one copy and not the other. */
function sameHeader(a: string[], b: string[]): boolean {
  const ka = a.filter((c) => c !== "").map(key);
  const kb = b.filter((c) => c !== "").map(key);
  const n = Math.min(ka.length, kb.length);
  return n >= 3 && ka.slice(0, n).join("|") === kb.slice(0, n).join("|");
}

function readRowPerLine(lines: SourceLine[], start: number): Region {
  const top = [...lines[start]!.cells];
  while (top.length > 0 && top[top.length - 1] === "") top.pop();
  const region: Region = {
    layout: "row-per-line",
    header: [top],
    headerLine: lines[start]!.no,
    labels: [],
    rows: [],
    maxima: [],
    averages: [],
    end: lines.length,
  };
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text === "") continue;
    const cells = line.cells;
    const filled = cells.filter((c) => c !== "");
    if (cells.length >= 2 && filled.length >= 1) {
      if (isRowHeader(line)) {
        // A header repeated after a page break continues the table; a different one starts the next.
        if (sameHeader(line.cells, top)) continue;
        break;
      }
      if (region.rows.length === 0 && filled.length === 1 && !isNumeric(filled[0]!)) {
        region.labels.push(filled[0]!);
        continue;
      }
      if (region.rows.length === 0 && region.maxima.length === 0 && filled.every((c) => !isNumeric(c))) {
        // A second header line under merged cells (sub-columns of a group).
        region.header.push(cells);
        continue;
      }
      const labelAt = cells.findIndex((c) => c !== "");
      if (isAverageLabel(cells[labelAt]!)) {
        region.averages.push({ cells, line: line.no });
        continue;
      }
      const leading = cells.slice(0, 2).every((c) => c === "");
      if (leading && filled.every((c) => isNumeric(c))) {
        region.maxima.push({ cells, line: line.no });
        continue;
      }
      region.rows.push({ cells, line: line.no });
      continue;
    }
    if (region.rows.length === 0 && !isTableBoundary(line) && line.text.length <= 80) {
      region.labels.push(line.text);
      continue;
    }
    break;
  }
  region.end = j;
  return region;
}

function readCellPerLine(lines: SourceLine[], start: number): Region {
  const cells: { text: string; line: number }[] = [];
  const firstHeader = collectHeader(lines, start).cells;
  let sawNumber = false;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text === "") continue;
    if (j > start && (isTableBoundary(line) || line.text.length > 160)) break;
    if (sawNumber && isCellHeaderStart(lines, j)) {
      // Either a header repeated after a page break (skip it) or the next table (stop).
      const header = collectHeader(lines, j);
      if (sameHeader(header.cells, firstHeader)) {
        j = header.next - 1;
        continue;
      }
      break;
    }
    for (const c of line.cells)
      if (c !== "") {
        cells.push({ text: c, line: line.no });
        sawNumber ||= isNumeric(c);
      }
  }
  const region: Region = {
    layout: "cell-per-line",
    header: [],
    headerLine: lines[start]!.no,
    labels: [],
    rows: [],
    maxima: [],
    averages: [],
    end: j,
  };

  // Row starts: an order or rank number that keeps the sequence going, followed by a name.
  const starts: number[] = [];
  let last = 0;
  for (let k = 0; k < cells.length - 1; k++) {
    if (!isInteger(cells[k]!.text) || !isNameCell(cells[k + 1]!.text)) continue;
    const v = Number.parseInt(cells[k]!.text, 10);
    const count = starts.length;
    if (v >= Math.max(1, last) && v <= count + 1 && (count > 0 || v === 1)) {
      starts.push(k);
      last = v;
    }
  }
  const headerEnd = starts[0] ?? cells.length;
  const headerCells = cells.slice(0, headerEnd);
  // Numbers at the end of the header are a row of maximum points whose empty cells were lost.
  let firstNumber = headerCells.length;
  while (firstNumber > 0 && isNumeric(headerCells[firstNumber - 1]!.text)) firstNumber--;
  region.header = [headerCells.slice(0, firstNumber).map((c) => c.text)];
  if (firstNumber < headerCells.length)
    region.maxima.push({ cells: headerCells.slice(firstNumber).map((c) => c.text), line: headerCells[firstNumber]!.line });
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    let to = starts[s + 1] ?? cells.length;
    const slice = cells.slice(from, to);
    const avgAt = slice.findIndex((c) => isAverageLabel(c.text));
    if (avgAt > 0) {
      region.averages.push({ cells: slice.slice(avgAt).map((c) => c.text), line: slice[avgAt]!.line });
      to = from + avgAt;
    }
    region.rows.push({ cells: cells.slice(from, to).map((c) => c.text), line: cells[from]!.line });
  }
  return region;
}

function collectHeader(lines: SourceLine[], start: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text === "") continue;
    if (isNumeric(line.text)) break;
    cells.push(line.text);
  }
  return { cells, next: j };
}

/** Every table region of a text, in order. */
export function findRegions(lines: SourceLine[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.cells.length >= 3 && isRowHeader(line)) {
      const r = readRowPerLine(lines, i);
      regions.push(r);
      i = Math.max(r.end, i + 1);
    } else if (isCellHeaderStart(lines, i)) {
      // Words alone on their lines may look like a header start; only rows make it a table.
      const r = readCellPerLine(lines, i);
      if (r.rows.length > 0) regions.push(r);
      i = r.rows.length > 0 ? Math.max(r.end, i + 1) : i + 1;
    } else {
      i++;
    }
  }
  return regions;
}
