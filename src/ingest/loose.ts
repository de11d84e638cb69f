import { key } from "./keys.js";
import { isNumeric, parseInteger } from "../text/numbers.js";
import { joinWrapped, linePieces, type HeaderPiece } from "./header.js";
import type { SourceLine } from "./lines.js";
import { isNameCell, type RawRow, type Region } from "./regions.js";
import { gradeOf, isNotEvaluated } from "./vocabulary.js";

/**
 * Tables recognised by the shape of their rows rather than by header words: a run of rows that each
 * start with an ordinal ("1", "01", "1.", "1)") followed by a name and, optionally, values — whether
 * a row is one line (cells split by tabs or "|", or only by spaces: "1 TP. Đà Nẵng 1.0000 0.9000",
 * or a numbered list: "1. Bộ Tài chính") or one cell per line (a web page or PDF copied as text).
 * The ordinals must read as a ranking or a count: starting at 1, each one repeating the one above
 * (a tie) or reaching its place. The text right above the first row is the header: it names
 * columns, it does not decide whether there is a table.
 */

const ORDINAL = /^0*(\d{1,4})[.)]?$/u;
/** A cell holding rank and value together: "01 (0,727)". */
const RANK_AND_VALUE = /^0*(\d{1,4})\s*\(\s*([+-]?\d[\d.,]*)\s*\)$/u;
/** A value in parentheses: "(0,727)". */
const PARENTHESISED = /^\(\s*([+-]?\d[\d.,]*)\s*\)$/u;
const MAX_NAME = 120;
/** Lines longer than this are prose: they end a run and bound a header. */
const MAX_CELL = 200;

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
function spaceCells(text: string): string[] | null {
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
  // "1 2 Sở Y tế …": an order number and a rank before the name.
  const second = ordinalOf(tokens[1]!) !== null && end > 2 ? [tokens[1]!] : [];
  const name = tokens.slice(1 + second.length, end).join(" ");
  return [tokens[0]!, ...second, name, ...tail];
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

/** Where, in the split cells, the rank of a "rank (value)" cell stands: both parts sit under one header cell. */
function compoundAt(cells: string[]): number | null {
  let at = 0;
  for (const c of cells.filter((x) => x !== "")) {
    if (RANK_AND_VALUE.test(c)) return at;
    at++;
  }
  return null;
}

/** A unit's name, not a sentence: short, with letters, without the punctuation of prose. */
function isUnitName(cell: string): boolean {
  return isNameCell(cell) && cell.length <= MAX_NAME && !/[;:]|\.\s*$/u.test(cell) && cell.split(" ").length <= 16;
}

/** A cell that can stand in a value column: a number, a grade, a status, a dash. */
function isValueCell(c: string): boolean {
  return c === "" || isNumeric(c) || RANK_AND_VALUE.test(c) || PARENTHESISED.test(c) || gradeOf(c) !== null || isNotEvaluated(c) || /^[-–—x]$/u.test(c);
}

interface RowShape {
  cells: string[];
  ordinalAt: number;
  nameAt: number;
}

/** How a line reads as a ranking row, or null: an ordinal (or two), then a name, then only values. */
function rowShape(line: SourceLine): RowShape | null {
  const tabbed = line.cells.filter((c) => c !== "").length >= 2;
  const cells = tabbed ? splitCompound(line.cells) : spaceCells(line.text);
  if (!cells) return null;
  const ordinalAt = cells.findIndex((c) => c !== "");
  if (ordinalAt < 0 || ordinalAt > 1 || ordinalOf(cells[ordinalAt]!) === null) return null;
  let nameAt = ordinalAt + 1;
  if (ordinalOf(cells[nameAt] ?? "") !== null) nameAt++;
  while (nameAt < cells.length && cells[nameAt] === "") nameAt++;
  if (!isUnitName(cells[nameAt] ?? "")) return null;
  if (!cells.slice(nameAt + 1).every(isValueCell)) return null;
  return { cells, ordinalAt, nameAt };
}

/** Whether `next` continues a ranking whose last ordinal is `last` after `count` rows. */
function continues(next: number, last: number, count: number): boolean {
  if (count === 0) return next === 1;
  return next === last || next === last + 1 || next === count + 1;
}

export interface LooseRegion extends Region {
  /** the text right above the first row, one piece per header cell as far as the layout shows */
  headerSegments: string[];
  /** where the ordinal and the name sit in the rows */
  shape: { ordinalAt: number; nameAt: number };
  /** the last row is the last text of the file, or was cut inside: the copy may stop mid-table */
  reachesEnd: boolean;
  /** a row cut off inside (its name or values lost), left out of the table */
  cutRow: RawRow | null;
  /** the rank's position where each row prints rank and value in one cell ("01 (0,727)") */
  compound: number | null;
}

/** A header piece that names the first column: the order or rank ("STT", "Thứ tự xếp hạng", "Rank"). */
const FIRST_COLUMN = /^(stt|tt|so tt|so thu tu|thu tu|xep hang|thu hang|hang|vi tri|rank|ranking|no|#)\b/u;
/** A header cell naming the first column is short; "Xếp hạng mức độ chuyển đổi số các sở …" is a title. */
const isFirstColumn = (text: string) => FIRST_COLUMN.test(key(text)) && key(text).split(" ").length <= 4;

/** Header pieces start at the one naming the first column; a title above it is not a column. */
function fromFirstColumn<T>(pieces: T[], text: (p: T) => string): T[] {
  const at = pieces.findIndex((p) => isFirstColumn(text(p)));
  return at > 0 ? pieces.slice(at) : pieces;
}

/** Lines above a run that describe its columns: up to the blank line before them. */
function headerAbove(lines: SourceLine[], first: number, floor: number): { line: SourceLine; at: number }[] {
  const out: { line: SourceLine; at: number }[] = [];
  let j = first - 1;
  while (j >= floor && lines[j]!.text === "") j--;
  for (; j >= floor && out.length < 40; j--) {
    const l = lines[j]!;
    if (l.text === "" || l.text.length > MAX_CELL) break;
    out.unshift({ line: l, at: j });
  }
  return fromFirstColumn(out, (l) => l.line.text);
}

/** Header cells of a row-per-line table: column by column when tabbed lines align with the rows, else pieces. */
function rowHeaderSegments(header: { line: SourceLine; at: number }[], width: number): string[] {
  const lines = header.map((h) => h.line);
  const tabbed = lines.filter((l) => l.cells.filter((c) => c !== "").length >= 2);
  if (tabbed.length > 0 && tabbed.length === lines.length && tabbed.every((l) => l.cells.length === width)) {
    return Array.from({ length: width }, (_, k) => tabbed.map((l) => l.cells[k] ?? "").filter((c) => c !== "").join(" "));
  }
  return joinWrapped(header.flatMap((h) => linePieces(h.line, h.at)));
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

const BLOCK_LABEL_MARK = /^([IVXLC]+|[A-Z])[.)]?\s+/u;
const BLOCK_LABEL = /^([IVXLC]+|[A-Z])[.)]?\s+\S/u;

function findRowRuns(lines: SourceLine[], taken: (index: number) => boolean): LooseRegion[] {
  const out: LooseRegion[] = [];
  let lastText = lines.length - 1;
  while (lastText >= 0 && lines[lastText]!.text === "") lastText--;
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
      // A page footer or a repeated header inside the table: skipped when the ranking picks up again.
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
    const width = mode(rows.map((r) => r.cells.length));
    const above = headerAbove(lines, i, floor);
    // A line of maximum points under the header ("Điểm tối đa  120  120 … 1.000") is not a header cell.
    const isMaxima = (l: SourceLine) => l.cells.filter((c) => isNumeric(c)).length >= 2;
    // A lone sentence above headerless rows is the table's title, not its header.
    const titleOnly = above.length === 1 && above[0]!.line.cells.length === 1 && above[0]!.line.text.split(" ").length >= 6 && linePieces(above[0]!.line, 0).length === 1;
    const header = titleOnly ? [] : above.filter((h) => !isMaxima(h.line));
    const maxima = above.filter((h) => isMaxima(h.line)).map((h) => ({ cells: h.line.cells, line: h.line.no }));
    // A block label right above the rows ("I  KHỐI SỞ, BAN, NGÀNH") names the block, not a column.
    const blockLabels: string[] = [];
    while (header.length > 1 && BLOCK_LABEL.test(header[header.length - 1]!.line.text) && header[header.length - 1]!.line.cells.filter((c) => c !== "").length <= 2)
      blockLabels.unshift(header.pop()!.line.text.replace(BLOCK_LABEL_MARK, ""));
    // The next block of one table ("II. KHỐI HUYỆN") has a label above it, not the columns again.
    const previous = out[out.length - 1];
    const section =
      previous !== undefined &&
      previous.end >= i - 4 &&
      header.length <= 2 &&
      !header.some((h) => isFirstColumn(h.line.text)) &&
      mode(previous.rows.map((r) => r.cells.length)) === width;
    out.push({
      layout: "row-per-line",
      header: [],
      headerLine: header[0]?.line.no ?? lines[i]!.no,
      labels: section ? header.map((h) => h.line.text.replace(BLOCK_LABEL_MARK, "")) : blockLabels,
      rows,
      maxima: section ? previous.maxima : maxima,
      averages: [],
      end: lastRow + 1,
      headerSegments: section ? previous.headerSegments : rowHeaderSegments(header, width),
      shape: { ordinalAt: shape.ordinalAt, nameAt: shape.nameAt },
      reachesEnd: lastRow >= lastText,
      cutRow: null,
      compound: lines[i]!.cells.filter((c) => c !== "").length >= 2 ? compoundAt(lines[i]!.cells) : null,
    });
    floor = lastRow + 1;
    i = lastRow + 1;
  }
  return out;
}

interface Cell {
  text: string;
  /** index of its line */
  at: number;
}

/** Where a row may start in a cell stream: an ordinal (or two), then a name. */
function rowStartAt(cells: Cell[], k: number): { ordinal: number; nameAt: number } | null {
  const ordinal = ordinalOf(cells[k]?.text ?? "");
  if (ordinal === null) return null;
  if (isUnitName(cells[k + 1]?.text ?? "")) return { ordinal, nameAt: k + 1 };
  if (ordinalOf(cells[k + 1]?.text ?? "") !== null && isUnitName(cells[k + 2]?.text ?? "")) return { ordinal, nameAt: k + 2 };
  return null;
}

/** The start of a row the copy cut off at the end of the text: an ordinal, then at most a fragment of a name. */
function cutStartAt(cells: Cell[], k: number): { ordinal: number } | null {
  if (cells.length - k - 1 > 1) return null;
  const ordinal = ordinalOf(cells[k]?.text ?? "");
  const rest = cells[k + 1];
  if (ordinal === null || (rest !== undefined && (isValueCell(rest.text) || !/\p{L}/u.test(rest.text)))) return null;
  return { ordinal };
}

/**
 * Header cells above the first row of a cell-per-line table: back to prose, a table, or `floor`.
 * Where the page separates cells by blank lines, lines without a blank between them are one cell
 * wrapped over several lines ("Tỉnh, thành phố trực thuộc / Trung ương").
 */
function cellHeader(lines: SourceLine[], firstLine: number, floor: number): { segments: string[]; top: number } {
  const merged: HeaderPiece[] = [];
  let pieces: { text: string; gluedToNext: boolean; at: number }[] = [];
  let blankBelow = false;
  let top = firstLine;
  for (let j = firstLine - 1; j >= floor && pieces.length < 24; j--) {
    const l = lines[j]!;
    if (l.text === "") {
      blankBelow = true;
      continue;
    }
    // Prose, a numbered heading or a title ("… năm 2023" in many words) ends the header; a long header cell does not.
    const title = pieces.length > 0 && l.text.split(" ").length >= 8 && /năm\s+\d{4}/iu.test(l.text);
    if (l.text.length > 160 || title || /[:.]$/u.test(l.text) || /^\d+\.\s/u.test(l.text)) break;
    pieces.unshift({ text: l.text, gluedToNext: !blankBelow, at: j });
    blankBelow = false;
  }
  pieces = fromFirstColumn(pieces, (p) => p.text);
  top = pieces[0]?.at ?? firstLine;
  const blankSeparated = pieces.slice(0, -1).some((p) => !p.gluedToNext);
  pieces.forEach((p, k) => {
    const prev = merged[merged.length - 1];
    if (blankSeparated && prev && pieces[k - 1]!.gluedToNext) merged[merged.length - 1] = { text: `${prev.text} ${p.text}`, line: prev.line };
    else merged.push({ text: p.text, line: p.at });
  });
  return { segments: joinWrapped(merged), top };
}

/** Tables written one cell per line (with or without blank lines between cells). */
function findCellRuns(lines: SourceLine[], taken: (index: number) => boolean): LooseRegion[] {
  const out: LooseRegion[] = [];
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    // A stream of single cells up to a barrier: a line already read as a table, or prose.
    const cells: Cell[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (taken(j) || l.text.length > MAX_CELL || l.cells.filter((c) => c !== "").length >= 2) break;
      if (l.text !== "") cells.push({ text: l.text, at: j });
    }
    for (let k = 0; k < cells.length; k++) {
      const start = rowStartAt(cells, k);
      if (!start || start.ordinal !== 1) continue;
      const rows: RawRow[] = [];
      let last = 0;
      let p = k;
      let cutRow: RawRow | null = null;
      let firstRaw: string[] | null = null;
      while (p < cells.length) {
        const s = rowStartAt(cells, p);
        if (!s || !continues(s.ordinal, last, rows.length)) break;
        let q = s.nameAt + 1;
        while (q < cells.length && isValueCell(cells[q]!.text)) {
          const next = rowStartAt(cells, q) ?? cutStartAt(cells, q);
          if (next && continues(next.ordinal, s.ordinal, rows.length + 1)) break;
          q++;
        }
        const raw = cells.slice(p, q).map((c) => c.text);
        firstRaw ??= raw;
        rows.push({ cells: splitCompound(raw), line: lines[cells[p]!.at]!.no });
        last = s.ordinal;
        p = q;
      }
      if (rows.length < 3) continue;
      const width = mode(rows.map((r) => r.cells.length));
      const endsText = j >= lines.length;
      const cut = cutStartAt(cells, p);
      if (endsText && cut && continues(cut.ordinal, last, rows.length)) {
        cutRow = { cells: cells.slice(p).map((c) => c.text), line: lines[cells[p]!.at]!.no };
        p = cells.length;
      } else {
        const lastRow = rows[rows.length - 1]!;
        if (lastRow.cells.length < width && endsText && p >= cells.length && !lastRow.cells.some(isNotEvaluated)) cutRow = rows.pop()!;
      }
      const lastAt = p > 0 ? cells[p - 1]!.at : cells[k]!.at;
      const header = cellHeader(lines, cells[k]!.at, floor);
      out.push({
        layout: "cell-per-line",
        header: [],
        headerLine: lines[header.top]!.no,
        labels: [],
        rows,
        maxima: [],
        averages: [],
        end: lastAt + 1,
        headerSegments: header.segments,
        shape: { ordinalAt: 0, nameAt: start.nameAt - k },
        reachesEnd: cutRow !== null || (endsText && p >= cells.length),
        cutRow,
        compound: firstRaw ? compoundAt(firstRaw) : null,
      });
      floor = lastAt + 1;
      k = p - 1;
    }
    if (j === i) {
      if (taken(i)) floor = i + 1;
      i++;
    } else i = j;
  }
  return out;
}

/** A tabbed row that starts with the name ("Sở Y tế | 875,83 | 2"): its cells, or null. */
function nameFirstCells(line: SourceLine): string[] | null {
  const cells = splitCompound(line.cells.filter((c) => c !== ""));
  if (cells.length < 3 || !isUnitName(cells[0]!) || !cells.slice(1).every(isValueCell)) return null;
  return cells;
}

/**
 * Tabbed tables that start with the name and print the rank in a later column ("Tên đơn vị | Điểm |
 * Hạng"): a ranking only when one column of whole numbers reads as one. The rank is moved in front so
 * that the table reads like the others.
 */
function findNameFirstRuns(lines: SourceLine[], taken: (index: number) => boolean): LooseRegion[] {
  const out: LooseRegion[] = [];
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    if (taken(i) || !nameFirstCells(lines[i]!)) {
      if (taken(i)) floor = i + 1;
      i++;
      continue;
    }
    const rows: RawRow[] = [];
    let j = i;
    for (; j < lines.length && !taken(j); j++) {
      const cells = lines[j]!.text === "" ? null : nameFirstCells(lines[j]!);
      if (cells) rows.push({ cells, line: lines[j]!.no });
      else if (lines[j]!.text !== "") break;
    }
    const width = mode(rows.map((r) => r.cells.length));
    const rankAt = Array.from({ length: width }, (_, k) => k).find(
      (k) => k > 0 && isRankColumn(rows.map((r) => (r.cells.length === width ? integerOf(r.cells[k]!) : null))),
    );
    if (rows.length >= 3 && rankAt !== undefined) {
      const header = headerAbove(lines, i, floor);
      const segments = rowHeaderSegments(header, width);
      const front = <T>(cells: T[]): T[] => (cells.length === width ? [cells[rankAt]!, ...cells.filter((_, k) => k !== rankAt)] : cells);
      out.push({
        layout: "row-per-line",
        header: [],
        headerLine: header[0]?.line.no ?? lines[i]!.no,
        labels: [],
        rows: rows.map((r) => ({ ...r, cells: front(r.cells) })),
        maxima: [],
        averages: [],
        end: j,
        headerSegments: segments.length === width ? front(segments) : segments,
        shape: { ordinalAt: 0, nameAt: 1 },
        reachesEnd: false,
        cutRow: null,
        compound: null,
      });
      floor = j;
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Every run of ranking-shaped rows outside `taken` (line indices already read as tables): rows one
 * per line first, then tables written one cell per line in what is left, then tabbed rows that
 * start with the name.
 */
export function findLooseRegions(lines: SourceLine[], taken: (index: number) => boolean): LooseRegion[] {
  const found: LooseRegion[] = [];
  const mask = new Uint8Array(lines.length);
  const claimed = (i: number) => mask[i] === 1 || taken(i);
  for (const finder of [findRowRuns, findCellRuns, findNameFirstRuns]) {
    const regions = finder(lines, claimed);
    for (const r of regions) mask.fill(1, Math.max(0, r.headerLine - 1), Math.min(lines.length, r.end));
    found.push(...regions);
  }
  return found.sort((a, b) => a.headerLine - b.headerLine);
}

const RANK_WORDS = /\b(xep hang|thu hang|hang|rank|ranking)\b/u;
const ORDER_WORDS = /\b(stt|tt|so thu tu)\b/u;

/** Integer cells ("07", "1.234" as a count): a rank or order column's values. */
const integerOf = (cell: string): number | null => parseInteger(cell);

/** A column of whole numbers that reads as a competition ranking of the rows (ties allowed). */
function isRankColumn(values: (number | null)[]): boolean {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < Math.max(3, values.length * 0.8)) return false;
  const sorted = [...known].sort((a, b) => a - b);
  return sorted.every((v, i) => (i === 0 ? v === 1 : v === sorted[i - 1] || v === i + 1 || v === sorted[i - 1]! + 1));
}

export interface TableRegion {
  region: Region;
  /** the value columns could not be named from the header */
  doubtful: boolean;
}

export type NameColumns = (segments: string[], count: number) => { names: string[]; doubtful: boolean };

/**
 * The region as the table reader expects it: one header cell per column, roles decided by the data.
 * The ordinal before the name is the rank unless another column of whole numbers reads as a ranking
 * (then the ordinal is the order number and the rank comes from that column). Rows whose name ends
 * in a number ("Quận 1") have one number too many: it goes back to the name.
 */
export function asTableRegion(loose: LooseRegion, nameValueColumns: NameColumns): TableRegion {
  const { ordinalAt, nameAt } = loose.shape;
  const width = mode(loose.rows.map((r) => r.cells.length));
  const rows = loose.rows.map((r) => {
    const extra = r.cells.length - width;
    if (extra <= 0 || r.cells.slice(nameAt + 1).some(isNotEvaluated)) return r;
    const cells = [...r.cells];
    const name = cells.splice(nameAt, 1 + extra).join(" ");
    cells.splice(nameAt, 0, name);
    return { ...r, cells };
  });
  const full = rows.filter((r) => r.cells.length === width);
  const column = (k: number) => full.map((r) => r.cells[k] ?? "");
  const lastIsGrade = full.filter((r) => gradeOf(r.cells[width - 1]!) !== null).length >= full.length / 2;
  const valueCols = Array.from({ length: Math.max(0, width - nameAt - 1 - (lastIsGrade ? 1 : 0)) }, (_, k) => nameAt + 1 + k);
  const header = key(loose.headerSegments.join(" "));
  const ordinals = Array.from({ length: nameAt - ordinalAt }, (_, k) => ordinalAt + k);
  // A "rank (value)" cell stands under one header cell: that header covers both parts.
  const compound = loose.compound !== null && loose.compound > nameAt ? loose.compound : null;
  const segments =
    compound !== null && loose.headerSegments.length === width - 1
      ? [...loose.headerSegments.slice(0, compound + 1), ...loose.headerSegments.slice(compound)]
      : loose.headerSegments;
  // One header cell per column: the header names them in place.
  const positional = segments.length === width;
  const says = (k: number, words: RegExp) => positional && words.test(key(segments[k] ?? ""));
  const rankLike = valueCols.filter((k) => isRankColumn(column(k).map(integerOf)));
  const ordinalValues = column(ordinals[0] ?? 0).map(integerOf);
  const sequential = ordinalValues.every((v, i) => v === i + 1);
  const sorted = (k: number) => column(k).map(integerOf).every((v, i, a) => i === 0 || (v ?? 0) >= (a[i - 1] ?? 0));
  const tied = (k: number) => new Set(column(k)).size < full.length;
  // The ordinal is the rank unless it only counts rows and another column is the ranking: the header
  // says so (STT … Xếp hạng), or the rows are sorted by a column that has ties where the count goes on.
  const rankCol =
    ordinals.length === 2
      ? ordinals[1]!
      : compound !== null && rankLike.includes(compound)
        ? compound
        : (rankLike.find((k) => sequential && says(ordinals[0]!, ORDER_WORDS) && says(k, RANK_WORDS)) ??
        rankLike.find((k) => sequential && sorted(k) && tied(k)) ??
        -1);
  // Other rankings (a pillar's rank beside the overall one) are not scores.
  const otherRanks = rankLike.filter((k) => k !== rankCol && !sorted(k));
  // Whole years in every row ("2,023" is 2023): a year column, whatever its header.
  const isYear = (c: string) => {
    const y = integerOf(c);
    return y !== null && y >= 1990 && y <= 2100;
  };
  const yearCols = valueCols.filter((k) => k !== rankCol && full.length > 0 && column(k).every(isYear));
  const scoreCols = valueCols.filter((k) => k !== rankCol && !otherRanks.includes(k) && !yearCols.includes(k));
  const named = positional
    ? { names: scoreCols.map((k) => (k === (compound ?? -2) + 1 && RANK_WORDS.test(key(segments[k]!)) ? "Chỉ số" : segments[k]!)), doubtful: false }
    : nameValueColumns(segments, scoreCols.length);
  const labels: string[] = Array.from({ length: width }, () => "");
  for (const k of ordinals) {
    if (rankCol >= 0 && k !== rankCol) labels[k] = "STT";
    else labels[k] = ORDER_WORDS.test(header) && !RANK_WORDS.test(header) ? "STT" : "Xếp hạng";
  }
  if (rankCol >= 0) labels[rankCol] = "Xếp hạng";
  labels[nameAt] = "Tên đơn vị";
  scoreCols.forEach((k, n) => (labels[k] = named.names[n] ?? `Cột ${k + 1}`));
  if (lastIsGrade) labels[width - 1] = positional ? segments[width - 1]! : "Xếp loại";
  for (const k of otherRanks) labels[k] = positional ? segments[k]! : `Cột ${k + 1}`;
  for (const k of yearCols) labels[k] = "Năm";
  return {
    region: { layout: "row-per-line", header: [labels], headerLine: loose.headerLine, labels: loose.labels, rows, maxima: loose.maxima, averages: [], end: loose.end, keepOut: otherRanks },
    doubtful: named.doubtful,
  };
}
