/** A run of text on a PDF page, in page units, y growing upwards (the baseline). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Runs on one baseline close enough to read as one piece of text. */
interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** the runs it was joined from, kept so that it can be split again where a table has a gutter */
  pieces: TextRun[];
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** One cell's text, possibly wrapped over several lines. */
interface Block {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  numeric: boolean;
}

export interface LayoutLine {
  cells: string[];
}

/** A number as a table prints it: "875,83", "0.9029", "15", "(0,727)"; not half a bracket ("(120"). */
const NUMERIC = /^(?:[-+]?\d+(?:[.,]\d+)*%?|\([-+]?\d+(?:[.,]\d+)*%?\))$/u;

/** Runs sharing a baseline (within a third of the font size), top of the page first. */
function toLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.min(last.size, r.size) * 0.35) last.runs.push(r);
    else lines.push({ y: r.y, size: r.size, runs: [r] });
  }
  return lines.map((l) => ({ y: l.y, size: l.size, segments: toSegments(l.runs) }));
}

/** Runs of one cell's line as one segment: a space where the runs stand a word space apart. */
function joined(pieces: TextRun[]): Segment {
  let text = "";
  let x1 = -Infinity;
  for (const r of pieces) {
    const gap = r.x - x1;
    text += text !== "" && gap > r.size * 0.12 && !text.endsWith(" ") && !r.str.startsWith(" ") ? ` ${r.str}` : r.str;
    x1 = Math.max(x1, r.x + r.width);
  }
  const first = pieces[0]!;
  return { text: text.trim(), x0: first.x, x1, y: first.y, size: Math.max(...pieces.map((r) => r.size)), pieces };
}

/**
 * Runs of a line joined into segments. A gap wider than 0.4 font sizes separates two cells (a word
 * space is about a quarter of it); so does any space before or after a number, since a number is
 * a cell of its own in a table and narrow columns leave little room between cells. Outside tables
 * the pieces are joined again (see `plainPieces`).
 */
function toSegments(runs: TextRun[]): Segment[] {
  const groups: TextRun[][] = [];
  let x1 = -Infinity;
  let lastNumeric = false;
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    const gap = r.x - x1;
    const numeric = NUMERIC.test(r.str.trim());
    const apart = gap >= r.size * 0.4 || (gap > r.size * 0.15 && (numeric || lastNumeric));
    if (groups.length > 0 && !apart) {
      groups[groups.length - 1]!.push(r);
      x1 = Math.max(x1, r.x + r.width);
    } else {
      groups.push([r]);
      x1 = r.x + r.width;
    }
    lastNumeric = numeric;
  }
  return groups.map(joined);
}

/**
 * The gutters of a page's tables: the x ranges between the cells of its number rows (three or more
 * cells, most of them numbers). Centred header words in narrow columns can stand closer than a
 * word space; a gap that falls in a gutter still separates two cells.
 */
function gutters(lines: Line[]): { x0: number; x1: number }[] {
  const spans = lines
    .filter((l) => l.segments.length >= 3 && l.segments.filter((s) => NUMERIC.test(s.text)).length * 2 >= l.segments.length)
    .flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 })))
    .sort((a, b) => a.x0 - b.x0);
  const covered: { x0: number; x1: number }[] = [];
  for (const s of spans) {
    const last = covered[covered.length - 1];
    if (last && s.x0 <= last.x1) last.x1 = Math.max(last.x1, s.x1);
    else covered.push({ ...s });
  }
  return covered.slice(1).map((c, k) => ({ x0: covered[k]!.x1, x1: c.x0 }));
}

/** A line's segments split again wherever two of their runs stand on either side of a gutter. */
function splitAtGutters(line: Line, gaps: { x0: number; x1: number }[]): Line {
  const segments = line.segments.flatMap((s) => {
    const parts: TextRun[][] = [[]];
    s.pieces.forEach((r, k) => {
      const prev = s.pieces[k - 1];
      if (prev && gaps.some((g) => prev.x + prev.width <= g.x1 && r.x >= g.x0 && Math.min(g.x1, r.x) - Math.max(g.x0, prev.x + prev.width) > 0)) parts.push([]);
      parts[parts.length - 1]!.push(r);
    });
    return parts.length === 1 ? [s] : parts.map(joined);
  });
  return { ...line, segments };
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

/** How much of the narrower of two pieces lies over or under the other, 0–1. */
function sharedWidth(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  const common = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return common <= 0 ? 0 : common / Math.max(1e-6, Math.min(a.x1 - a.x0, b.x1 - b.x0));
}

/**
 * The distance between two lines of one paragraph or wrapped cell: the smallest step, of at least
 * a font size, between two pieces of text one above the other that occurs more than once (rows
 * and paragraphs are further apart); the usual 1.2 sizes when there is none.
 */
function linePitch(lines: Line[]): number {
  const counts = new Map<number, number>();
  // Steps are taken between the pieces themselves: a line gathers runs up to a third of a size apart.
  lines.forEach((upper, i) => {
    for (const lower of lines.slice(i + 1, i + 5))
      for (const u of upper.segments)
        for (const l of lower.segments) {
          const step = Math.round((u.y - l.y) * 2) / 2;
          if (step >= l.size * 0.95 && step <= l.size * 2 && sharedWidth(u, l) >= 0.5) counts.set(step, (counts.get(step) ?? 0) + 1);
        }
  });
  const repeated = [...counts].filter(([, n]) => n > 1).map(([step]) => step);
  return repeated.length > 0 ? Math.min(...repeated) : (lines[0]?.size ?? 10) * 1.2;
}

/**
 * Cells of a table region: a segment continues the cell above it when it sits one line pitch
 * lower, mostly under the last line of that cell, and — below the header — is not a number
 * (numbers do not wrap), and one of the two lines is sparse (a wrapped cell leaves its neighbours
 * empty) or neither holds numbers.
 */
function toBlocks(lines: Line[], pitch: number): Block[] {
  const widest = Math.max(...lines.map((l) => l.segments.length));
  const sparse = (l: Line) => l.segments.length < widest * 0.6;
  const hasNumbers = (l: Line) => l.segments.some((s) => NUMERIC.test(s.text));
  // A header (above the first row of numbers, or repeated between rows: a run of lines without
  // numbers holding a line of three or more cells) has cells that wrap freely ("Xếp hạng DTI năm / 2023").
  const firstRow = lines.findIndex(isNumberRow);
  const inHeader = lines.map(() => false);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && !isNumberRow(lines[j]!)) j++;
    const wide = lines.slice(i, j).some((l) => l.segments.length >= 3);
    for (let k = i; k < j; k++) inHeader[k] = k < firstRow || wide;
    i = j + 1;
  }
  const open: { block: Block; last: Segment; line: Line }[] = [];
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const header = inHeader[index]!;
    const claimed = new Set<Block>();
    for (const s of line.segments) {
      const numeric = NUMERIC.test(s.text);
      let best: (typeof open)[number] | null = null;
      let bestShare = 0.5;
      for (const o of open) {
        const step = o.last.y - s.y;
        if (claimed.has(o.block) || step <= 0 || step > pitch * 1.12) continue;
        if (!header && (numeric || !(sparse(line) || sparse(o.line) || (!hasNumbers(line) && !hasNumbers(o.line))))) continue;
        const share = sharedWidth(o.last, s);
        if (share >= bestShare) [best, bestShare] = [o, share];
      }
      if (best) {
        // A line that ends in a hyphen joins the next without a space ("Lao động-" + "Thương binh").
        best.block.text += /\S-$/u.test(best.block.text) ? s.text : ` ${s.text}`;
        best.block.x0 = Math.min(best.block.x0, s.x0);
        best.block.x1 = Math.max(best.block.x1, s.x1);
        best.block.bottom = s.y;
        best.block.numeric = false;
        best.last = s;
        best.line = line;
        claimed.add(best.block);
      } else {
        const block = { text: s.text, x0: s.x0, x1: s.x1, top: s.y, bottom: s.y, size: s.size, numeric };
        blocks.push(block);
        open.push({ block, last: s, line });
        claimed.add(block);
      }
    }
  });
  return blocks;
}

/** Blocks whose vertical extents overlap make one table row, top first. */
function toRows(blocks: Block[]): Block[][] {
  const sorted = [...blocks].sort((a, b) => b.top - a.top);
  const rows: { top: number; bottom: number; blocks: Block[] }[] = [];
  for (const b of sorted) {
    const tol = b.size * 0.3;
    const row = rows.find((r) => b.top >= r.bottom - tol && b.bottom <= r.top + tol);
    if (row) {
      row.blocks.push(b);
      row.bottom = Math.min(row.bottom, b.bottom);
      row.top = Math.max(row.top, b.top);
    } else rows.push({ top: b.top, bottom: b.bottom, blocks: [b] });
  }
  return rows.map((r) => r.blocks);
}

/**
 * Column boundaries from the rows with the most cells, narrowest cells first: a cell widens the
 * column it falls in, starts one where there is none, and is left out when it straddles two
 * (a header or a name that spills over its neighbour's space).
 */
function toColumns(rows: Block[][]): { x0: number; x1: number }[] {
  const leaves = rows.map(leafBlocks);
  const widest = Math.max(...leaves.map((r) => r.length));
  const cells = leaves.filter((r) => r.length >= widest * 0.8).flat().sort((a, b) => a.x1 - a.x0 - (b.x1 - b.x0));
  const columns: { x0: number; x1: number }[] = [];
  for (const b of cells) {
    const under = columns.filter((c) => overlaps(c, b));
    if (under.length === 0) columns.push({ x0: b.x0, x1: b.x1 });
    else if (under.length === 1 && !columns.some((c) => c !== under[0] && overlaps(c, { x0: Math.min(under[0]!.x0, b.x0), x1: Math.max(under[0]!.x1, b.x1) }))) {
      under[0]!.x0 = Math.min(under[0]!.x0, b.x0);
      under[0]!.x1 = Math.max(under[0]!.x1, b.x1);
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

/** The blocks of a row no other block of it sits under: the bottom level of a two-level header. */
function leafBlocks(row: Block[]): Block[] {
  return row.filter((b) => !row.some((o) => o !== b && o.top < b.bottom - b.size * 0.5 && overlaps(o, b) && o.x1 - o.x0 < b.x1 - b.x0));
}

/** Blocks in the columns they start in; a block beside every column goes after them. */
function placed(blocks: Block[], columns: { x0: number; x1: number }[]): LayoutLine {
  const cells: string[] = columns.map(() => "");
  const extra: string[] = [];
  for (const b of [...blocks].sort((p, q) => p.x0 - q.x0)) {
    const at = columns.findIndex((c) => overlaps(c, b));
    if (at < 0) extra.push(b.text);
    else cells[at] = cells[at] ? `${cells[at]} ${b.text}` : b.text;
  }
  return { cells: [...cells, ...extra] };
}

/**
 * One table row as lines on the table's columns: a row where wide blocks sit over narrow ones
 * (a two-level header) becomes two lines, the spanning cells on the first, the cells under them
 * on the second, each cell in the column where it starts.
 */
function rowLines(row: Block[], columns: { x0: number; x1: number }[]): LayoutLine[] {
  const leaves = new Set(leafBlocks(row));
  const upper = row.filter((b) => !leaves.has(b));
  if (upper.length === 0) return [placed(row, columns)];
  const lower = row.filter((b) => leaves.has(b) && upper.some((u) => overlaps(u, b)));
  const single = row.filter((b) => leaves.has(b) && !lower.includes(b));
  return [placed([...upper, ...single], columns), placed(lower, columns)];
}

/** A line outside tables: one text, except pieces set far apart (two columns of a letterhead). */
function plainPieces(line: Line): string[] {
  const out: string[] = [];
  let last: Segment | null = null;
  for (const s of line.segments) {
    if (last && s.x0 - last.x1 < s.size * 2) out[out.length - 1] += ` ${s.text}`;
    else out.push(s.text);
    last = s;
  }
  return out;
}

/** Steps between lines small enough for one table: a few line pitches. */
const close = (upper: Line, lower: Line, pitch: number, factor: number): boolean => upper.y - lower.y <= pitch * factor;

/** A line sits in the columns of a table line when none of its pieces straddles two of its cells. */
const inColumnsOf = (line: Line, full: Line): boolean => line.segments.every((s) => full.segments.filter((t) => overlaps(s, t)).length <= 1);

/**
 * Full lines make a table when their cells line up: most cells of each sit over or under a cell of
 * another. A justified paragraph's stretched word gaps do not line up from one line to the next.
 */
function hasColumns(full: Line[]): boolean {
  if (full.length < 2) return false;
  const cells = full.flatMap((line, i) => line.segments.map((s) => ({ s, i })));
  const aligned = cells.filter(({ s, i }) => full.some((other, j) => j !== i && other.segments.some((t) => sharedWidth(s, t) >= 0.5)));
  return aligned.length >= cells.length * 0.6;
}

/**
 * Where the tables are: runs of lines holding three or more cells (or a number and a name), with the wrapped halves of cells
 * just above the first and below the last of them.
 */
function tableRegions(lines: Line[], pitch: number): [number, number][] {
  const regions: [number, number][] = [];
  // Two cells make a row when the first is a number: a rank list ("15 | Thanh Hóa").
  const isFull = (l: Line) => l.segments.length >= 3 || (l.segments.length === 2 && NUMERIC.test(l.segments[0]!.text));
  let i = 0;
  while (i < lines.length) {
    if (!isFull(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    let last = lines[i]!;
    for (let j = i + 1; j < lines.length && close(lines[j - 1]!, lines[j]!, pitch, 3); j++) {
      // A line across the columns (a title, the next table's caption) ends the table.
      if (isFull(lines[j]!)) [end, last] = [j, lines[j]!];
      else if (!inColumnsOf(lines[j]!, last)) break;
    }
    const floor = regions.length > 0 ? regions[regions.length - 1]![1] + 1 : 0;
    let start = i;
    while (start > floor && close(lines[start - 1]!, lines[start]!, pitch, 1.12) && inColumnsOf(lines[start - 1]!, lines[i]!)) start--;
    while (end + 1 < lines.length && close(lines[end]!, lines[end + 1]!, pitch, 1.12) && inColumnsOf(lines[end + 1]!, lines[end]!)) end++;
    if (hasColumns(lines.slice(i, end + 1).filter(isFull))) regions.push([start, end]);
    i = end + 1;
  }
  return regions;
}

/** Where the previous page's last table stood, when the page ended inside it, and its last row. */
export interface OpenTable {
  columns: { x0: number; x1: number }[];
  lastRow: string[];
}

export interface PageLayout {
  lines: LayoutLine[];
  /** text that finishes the previous page's last row (a cell that wrapped over the page break), per column */
  continued: string[] | null;
  /** the table the page ends in, for the next page */
  open: OpenTable | null;
}

const isNumberRow = (l: Line): boolean => l.segments.length >= 3 && l.segments.filter((s) => NUMERIC.test(s.text)).length * 2 >= l.segments.length;

/**
 * The lines at the top of a page that finish the last row of the previous page: words (no
 * numbers) in that table's columns, before its next row of numbers. Those that go on one line
 * pitch below, into the first row, are the upper half of that row's own centred cell and stay.
 * A header repeated at the top of the page is not a continuation: after a row of numbers only a
 * few columns may go on, and after a header the words must not repeat it.
 */
function carriedOver(lines: Line[], open: OpenTable | null, pitch: number): { cells: string[]; count: number } | null {
  if (!open) return null;
  let head = 0;
  while (head < lines.length && !isNumberRow(lines[head]!)) head++;
  if (head === lines.length) return null;
  const goesOn = (i: number) =>
    lines.slice(i + 1).some((l) => lines[i]!.y - l.y <= pitch * 1.12 && l.segments.some((s) => lines[i]!.segments.some((h) => sharedWidth(h, s) >= 0.5)));
  let count = head;
  while (count > 0 && goesOn(count - 1)) count--;
  if (count === 0) return null;
  const cells = open.columns.map(() => "");
  for (const line of lines.slice(0, count))
    for (const s of line.segments) {
      const at = open.columns.map((c, k) => (overlaps(c, s) ? k : -1)).filter((k) => k >= 0);
      if (at.length !== 1 || NUMERIC.test(s.text)) return null;
      cells[at[0]!] = cells[at[0]!] ? `${cells[at[0]!]} ${s.text}` : s.text;
    }
  const filled = cells.filter((c) => c !== "").length;
  if (open.lastRow.some((c) => NUMERIC.test(c)) && filled > open.columns.length * 0.6) return null;
  if (cells.some((c, k) => c !== "" && c === open.lastRow[k])) return null;
  return { cells, count };
}

/**
 * A page's text runs → lines. Tables (see `tableRegions`) have their cells rebuilt: wrapped cell
 * text merged back, rows from vertical overlap, columns from the fullest rows. Everything else is
 * read line by line. `open` is the table the previous page ended in: words at the top of this
 * page in its columns finish its last row.
 */
export function layoutPage(runs: TextRun[], open: OpenTable | null = null): PageLayout {
  const unsplit = toLines(runs);
  const gaps = gutters(unsplit);
  const split = unsplit.map((l) => splitAtGutters(l, gaps));
  const carried = carriedOver(split, open, linePitch(split));
  const lines = split.slice(carried?.count ?? 0);
  const pitch = linePitch(lines);
  const out: LayoutLine[] = [];
  let next = 0;
  let last: { x0: number; x1: number }[] | null = null;
  const plain = (to: number) => {
    for (; next < to; next++) for (const text of plainPieces(lines[next]!)) out.push({ cells: [text] });
  };
  for (const [start, end] of tableRegions(lines, pitch)) {
    plain(start);
    const region = lines.slice(start, end + 1);
    const rows = toRows(toBlocks(region, linePitch(region)));
    const columns = toColumns(rows);
    for (const row of rows) out.push(...rowLines(row, columns));
    next = end + 1;
    last = columns;
  }
  const endsInTable = next === lines.length && last !== null;
  plain(lines.length);
  const lastRow = out[out.length - 1]?.cells ?? [];
  return { lines: out, continued: carried?.cells ?? null, open: endsInTable && last ? { columns: last, lastRow } : null };
}
