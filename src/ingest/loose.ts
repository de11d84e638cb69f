import { isNumeric } from "../text/numbers.js";
import { foldKey } from "../text/vietnamese.js";
import type { SourceLine } from "./lines.js";
import { isNameCell, type RawRow, type Region } from "./regions.js";
import { gradeOf, isNotEvaluated } from "./vocabulary.js";

/**
 * Tables recognised by the shape of their rows rather than by header words: a run of lines that each
 * start with an ordinal ("1", "01", "1.", "1)") followed by a name and, optionally, numbers and a
 * grade — whether the cells are separated by tabs or only by spaces ("1 TP. Đà Nẵng 1.0000 0.9000"),
 * or the lines are a numbered list ("1. Bộ Tài chính"). The ordinals must read as a ranking: starting
 * at 1, each one either repeating the one above (a tie) or reaching its place in the list.
 * The header is whatever text stands right above the first row; it names columns, it does not gate.
 */

const ORDINAL = /^0*(\d{1,4})[.)]?$/u;
/** A cell holding rank and value together: "01 (0,727)". */
const RANK_AND_VALUE = /^0*(\d{1,4})\s*\(\s*([+-]?\d[\d.,]*)\s*\)$/u;
/** A value in parentheses: "(0,727)". */
const PARENTHESISED = /^\(\s*([+-]?\d[\d.,]*)\s*\)$/u;
const MAX_NAME = 120;

export function ordinalOf(cell: string): number | null {
  const m = ORDINAL.exec(cell.trim());
  const v = m ? Number.parseInt(m[1]!, 10) : Number.NaN;
  return v >= 1 ? v : null;
}

const numberToken = (t: string): string | null => {
  if (isNumeric(t)) return t;
  const p = PARENTHESISED.exec(t);
  return p && isNumeric(p[1]!) ? p[1]! : null;
};

/** The cells of a row written with spaces only: ordinal, name, numbers, then a grade or status. */
export function spaceCells(text: string): string[] | null {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 2 || ordinalOf(tokens[0]!) === null) return null;
  const tail: string[] = [];
  let end = tokens.length;
  for (const size of [2, 1, 3]) {
    if (end - size <= 1) continue;
    const phrase = tokens.slice(end - size).join(" ");
    if (gradeOf(phrase) !== null || isNotEvaluated(phrase)) {
      tail.unshift(phrase);
      end -= size;
      break;
    }
  }
  while (end > 2 && numberToken(tokens[end - 1]!) !== null) {
    tail.unshift(numberToken(tokens[end - 1]!)!);
    end--;
  }
  const name = tokens.slice(1, end).join(" ");
  return [tokens[0]!, name, ...tail];
}

/** Split cells that hold a rank and its value ("01 (0,727)") and unwrap values in parentheses. */
function splitCompound(cells: string[]): string[] {
  return cells.flatMap((c) => {
    const both = RANK_AND_VALUE.exec(c);
    if (both) return [both[1]!, both[2]!];
    const p = PARENTHESISED.exec(c);
    return p ? [p[1]!] : [c];
  });
}

/** A unit's name, not a sentence: short, with letters, without the punctuation of prose. */
function isUnitName(cell: string): boolean {
  return isNameCell(cell) && cell.length <= MAX_NAME && !/[;:]|\.\s*$|\s[-–]\s.*\s[-–]\s/u.test(cell) && cell.split(" ").length <= 16;
}

export interface RowShape {
  cells: string[];
  ordinalAt: number;
  nameAt: number;
}

/** How a line reads as a ranking row, or null: an ordinal, then a name, then only values. */
export function rowShape(line: SourceLine): RowShape | null {
  const tabbed = line.cells.filter((c) => c !== "").length >= 2;
  const cells = tabbed ? splitCompound(line.cells) : spaceCells(line.text);
  if (!cells) return null;
  const ordinalAt = cells.findIndex((c) => c !== "");
  if (ordinalAt < 0 || ordinalAt > 1 || ordinalOf(cells[ordinalAt]!) === null) return null;
  let nameAt = ordinalAt + 1;
  // An order number and a rank side by side (STT, Xếp hạng, Tên): the name comes after both.
  if (ordinalOf(cells[nameAt] ?? "") !== null) nameAt++;
  while (nameAt < cells.length && cells[nameAt] === "") nameAt++;
  if (!isUnitName(cells[nameAt] ?? "")) return null;
  const rest = cells.slice(nameAt + 1).filter((c) => c !== "");
  const valueLike = (c: string) => isNumeric(c) || gradeOf(c) !== null || isNotEvaluated(c) || c === "-" || c.length <= 24;
  if (!rest.every(valueLike)) return null;
  return { cells, ordinalAt, nameAt };
}

/** Whether `next` continues a ranking whose last ordinal is `last` after `count` rows. */
function continues(next: number, last: number, count: number): boolean {
  if (count === 0) return next === 1;
  return next === last || next === last + 1 || next === count + 1;
}

export interface LooseRegion extends Region {
  /** header lines above the first row, as printed, top first */
  headerLines: SourceLine[];
  /** the rows' position of the ordinal and of the name */
  shape: { ordinalAt: number; nameAt: number };
  /** the last row is the last text of the file: the copy may stop mid-table */
  reachesEnd: boolean;
}

/** Lines above a run that describe its columns: up to the blank line before them. */
function headerAbove(lines: SourceLine[], first: number, floor: number): SourceLine[] {
  const out: SourceLine[] = [];
  let j = first - 1;
  while (j >= floor && lines[j]!.text === "") j--;
  for (; j >= floor && out.length < 40; j--) {
    const l = lines[j]!;
    if (l.text === "" || l.text.length > 200) break;
    out.unshift(l);
  }
  return out;
}

/**
 * Every run of ranking-shaped rows outside `taken` (line indices already read as tables).
 * Blank lines and short interruptions (a page footer, a repeated header) inside a run are skipped
 * when the ranking picks up where it stopped.
 */
export function findLooseRegions(lines: SourceLine[], taken: (index: number) => boolean): LooseRegion[] {
  const out: LooseRegion[] = [];
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    const shape = taken(i) ? null : rowShape(lines[i]!);
    if (!shape || ordinalOf(shape.cells[shape.ordinalAt]!) !== 1) {
      if (taken(i)) floor = i + 1;
      i++;
      continue;
    }
    const rows: RawRow[] = [];
    let last = 0;
    let j = i;
    let lastRow = i;
    while (j < lines.length && !taken(j)) {
      const line = lines[j]!;
      const s = line.text === "" ? null : rowShape(line);
      const rank = s ? ordinalOf(s.cells[s.ordinalAt]!)! : null;
      if (s && rank !== null && continues(rank, last, rows.length) && s.ordinalAt === shape.ordinalAt) {
        rows.push({ cells: s.cells, line: line.no });
        last = rank;
        lastRow = j;
        j++;
        continue;
      }
      if (line.text === "" || (j - lastRow <= 6 && line.text.length <= 80 && !(s && rank === 1))) {
        j++;
        continue;
      }
      break;
    }
    if (rows.length < 3) {
      i++;
      continue;
    }
    const headerLines = headerAbove(lines, i, floor);
    const reachesEnd = lines.slice(lastRow + 1).every((l) => l.text === "");
    out.push({
      layout: "row-per-line",
      header: [headerLines.map((l) => l.text)],
      headerLine: headerLines[0]?.no ?? lines[i]!.no,
      labels: [],
      rows,
      maxima: [],
      averages: [],
      end: lastRow + 1,
      headerLines,
      shape: { ordinalAt: shape.ordinalAt, nameAt: shape.nameAt },
      reachesEnd,
    });
    floor = lastRow + 1;
    i = lastRow + 1;
  }
  return out;
}

export const foldedHeader = (region: LooseRegion): string => foldKey(region.headerLines.map((l) => l.text).join(" "));

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Header text cut into the pieces that may each name a column: cells of tabbed lines, else lines. */
export function headerSegments(region: LooseRegion): string[] {
  return region.headerLines.flatMap((l) => (l.cells.filter((c) => c !== "").length >= 2 ? l.cells.filter((c) => c !== "") : [l.text]));
}

const RANK_WORDS = /\b(xep hang|thu hang|hang|rank|ranking)\b/u;
const ORDER_WORDS = /\b(stt|tt|so thu tu)\b/u;

export interface TableRegion {
  region: Region;
  /** the value columns could not be named from the header */
  doubtful: boolean;
}

/**
 * The region as the table reader expects it: one header cell per column. Rows whose name ends in a
 * number ("Quận 1") have one number too many: it goes back to the name.
 */
export function asTableRegion(loose: LooseRegion, nameValueColumns: (segments: string[], count: number) => { names: string[]; doubtful: boolean }): TableRegion {
  const { ordinalAt, nameAt } = loose.shape;
  const width = mode(loose.rows.map((r) => r.cells.length));
  const rows = loose.rows.map((r) => {
    const extra = r.cells.length - width;
    if (extra <= 0) return r;
    const cells = [...r.cells];
    const name = cells.splice(nameAt, 1 + extra).join(" ");
    cells.splice(nameAt, 0, name);
    return { ...r, cells };
  });
  const lastIsGrade = rows.filter((r) => r.cells.length === width && gradeOf(r.cells[width - 1]!) !== null).length >= rows.length / 2;
  const valueCount = Math.max(0, width - nameAt - 1 - (lastIsGrade ? 1 : 0));
  const segments = headerSegments(loose);
  const named = nameValueColumns(segments, valueCount);
  const header = foldedHeader(loose);
  const ordinalLabels: string[] = [];
  for (let k = 0; k < nameAt; k++) {
    if (k < ordinalAt) ordinalLabels.push("");
    else if (nameAt - ordinalAt === 2) ordinalLabels.push(k === ordinalAt ? "STT" : "Xếp hạng");
    else ordinalLabels.push(ORDER_WORDS.test(header) && !RANK_WORDS.test(header) ? "STT" : "Xếp hạng");
  }
  const labels = [...ordinalLabels, "Tên đơn vị", ...named.names, ...(lastIsGrade ? ["Xếp loại"] : [])];
  return {
    region: { layout: "row-per-line", header: [labels], headerLine: loose.headerLine, labels: [], rows, maxima: [], averages: [], end: loose.end },
    doubtful: named.doubtful,
  };
}
