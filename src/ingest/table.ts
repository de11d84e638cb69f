import type { Column, Note, Scores } from "../domain/dataset.js";
import { decimalsOf, formatNumber, isNumeric, parseInteger, parseNumber, parsePoints, round } from "../text/numbers.js";
import { normalizeText } from "../text/vietnamese.js";
import type { Problem } from "./problems.js";
import { isAverageLabel, isNameCell, type RawRow, type Region } from "./regions.js";
import {
  componentName,
  gradeOf,
  headerRole,
  isNotEvaluated,
  isOverallIndexHeader,
  isSelfDeclaredGroup,
  isYearHeader,
  type HeaderRole,
} from "./vocabulary.js";

/** A leaf column of the (possibly two-level) header. */
interface Leaf {
  printed: string;
  role: HeaderRole;
  /** the spanning group it sits under ("Điểm sau khi rà soát"), null for single-level columns */
  group: string | null;
}

export interface ParsedRow {
  name: string;
  order: number | null;
  rank: number | null;
  total: number | null;
  grade: string | null;
  components: Record<string, number>;
  selfDeclared: Scores | null;
  notes: Note[];
  line: number;
}

export interface ParsedTable {
  columns: Column[];
  totalPrinted: string;
  maxTotal: number | null;
  hasReview: boolean;
  rows: ParsedRow[];
  average: (Scores & { selfDeclared: Scores | null }) | null;
  labels: string[];
  headerText: string;
  /** the year a "Năm" column gives every row, null when there is none (or the rows disagree) */
  year: number | null;
}

type Report = (line: number, expected: string, found: string, severity?: Problem["severity"]) => void;

const trimEnd = (cells: string[]): string[] => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return best;
}

/**
 * Leaf columns of the header. A two-level header (score groups such as "Điểm tính qua khai báo" /
 * "Điểm sau khi rà soát" over the same components) is expanded: the top level is read up to the first
 * component after a group, the remaining cells are shared equally among the groups, and whatever is
 * left over is a block label ("Đơn vị sở ban ngành").
 */
function expandHeader(region: Region, width: number): { leaves: Leaf[]; labels: string[] } | string {
  const rows = region.header;
  if (rows.length === 2 && rows[0]!.length > 1 && rows[1]!.length === rows[0]!.length) {
    // Positional two-line header: merged top cells are printed once, followed by empty cells.
    const [top, sub] = rows as [string[], string[]];
    let group: string | null = null;
    const leaves = top.map((t, i): Leaf => {
      if (t !== "" && headerRole(t) === "group") group = t;
      else if (t !== "") group = null;
      const printed = sub[i] !== "" ? sub[i]! : t;
      return { printed, role: headerRole(printed), group: sub[i] !== "" ? group : null };
    });
    return { leaves, labels: [] };
  }
  const cells = rows.flat().filter((c) => c !== "");
  const roles = cells.map(headerRole);
  const firstGroup = roles.indexOf("group");
  if (firstGroup < 0) {
    if (cells.length < width) return `${width} column headers (one per cell of the rows)`;
    return {
      leaves: cells.slice(0, width).map((printed) => ({ printed, role: headerRole(printed), group: null })),
      labels: cells.slice(width),
    };
  }
  let k = firstGroup + 1;
  while (k < roles.length && roles[k] !== "value" && roles[k] !== "total") k++;
  const top = cells.slice(0, k);
  const sub = cells.slice(k);
  const groups = top.filter((c) => headerRole(c) === "group");
  const per = (width - (top.length - groups.length)) / groups.length;
  if (!Number.isInteger(per) || per <= 0 || sub.length < per * groups.length)
    return `${groups.length} score groups sharing the ${width - (top.length - groups.length)} score columns of the rows`;
  const leaves: Leaf[] = [];
  let si = 0;
  for (const c of top) {
    if (headerRole(c) !== "group") {
      leaves.push({ printed: c, role: headerRole(c), group: null });
      continue;
    }
    for (let p = 0; p < per; p++) {
      const printed = sub[si++]!;
      leaves.push({ printed, role: headerRole(printed), group: c });
    }
  }
  return { leaves, labels: sub.slice(si) };
}

interface Layout {
  nameCol: number;
  orderCol: number;
  rankCol: number;
  gradeCol: number;
  yearCol: number;
  official: { totalCol: number; componentCols: number[] };
  self: { totalCol: number; componentCols: number[] } | null;
}

function share(rows: RawRow[], col: number, test: (c: string) => boolean): number {
  const values = rows.map((r) => r.cells[col] ?? "").filter((c) => c !== "");
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

function scoreColumns(cols: number[], leaves: Leaf[]): { totalCol: number; componentCols: number[] } {
  let totalCol = cols.find((c) => leaves[c]!.role === "total") ?? -1;
  if (totalCol < 0) totalCol = cols.find((c) => isOverallIndexHeader(leaves[c]!.printed)) ?? -1;
  if (totalCol < 0) totalCol = cols[cols.length - 1] ?? -1;
  return { totalCol, componentCols: cols.filter((c) => c !== totalCol) };
}

function resolveLayout(leaves: Leaf[], rows: RawRow[], keepOut: number[]): Layout | string {
  const find = (role: HeaderRole) => leaves.findIndex((l) => l.role === role);
  let nameCol = find("name");
  if (nameCol < 0) nameCol = leaves.findIndex((_, i) => share(rows, i, isNameCell) >= 0.8);
  if (nameCol < 0) return "a column of unit names";
  let gradeCol = find("grade");
  if (gradeCol < 0) gradeCol = leaves.findIndex((_, i) => i !== nameCol && share(rows, i, (c) => gradeOf(c) !== null) >= 0.8);
  const orderCol = find("order");
  const rankCol = find("rank");
  // "2,020" under "Năm" is the year 2020: a lone separator is a decimal mark only in a score column.
  const isYear = (c: string) => {
    const y = parseInteger(c);
    return y !== null && y >= 1990 && y <= 2100;
  };
  const yearCol = leaves.findIndex((l, i) => isYearHeader(l.printed) && share(rows, i, isYear) >= 0.8);
  const numeric = leaves
    .map((l, i) => ({ l, i }))
    .filter(({ l, i }) => i !== nameCol && i !== orderCol && i !== rankCol && i !== gradeCol && i !== yearCol && !keepOut.includes(i) && (l.role === "value" || l.role === "total"))
    // A score column with one unreadable cell is still a score column: the cell is reported, not the column dropped.
    .filter(({ i }) => share(rows, i, isNumeric) > 0);
  const groups = [...new Set(numeric.map(({ l }) => l.group))];
  const selfGroup = groups.find((g) => g !== null && isSelfDeclaredGroup(g));
  const officialCols = numeric.filter(({ l }) => l.group !== selfGroup || selfGroup === undefined).map(({ i }) => i);
  const selfCols = selfGroup === undefined ? [] : numeric.filter(({ l }) => l.group === selfGroup).map(({ i }) => i);
  // A rank list (rank and name only) is a table too: it ranks, it just prints no scores.
  if (officialCols.length === 0 && (rankCol < 0 || numeric.length > 0)) return "a column of total scores";
  return {
    nameCol,
    orderCol,
    rankCol,
    gradeCol,
    yearCol,
    official: officialCols.length > 0 ? scoreColumns(officialCols, leaves) : { totalCol: -1, componentCols: [] },
    self: selfCols.length > 0 ? scoreColumns(selfCols, leaves) : null,
  };
}

/**
 * A maxima row keeps its positions in a row-per-line table; one that lost its empty cells (a cell per
 * line) lists the maxima of the score columns in order.
 */
function maximaByColumn(maxima: RawRow[], leaves: Leaf[]): Map<number, number> {
  const out = new Map<number, number>();
  const scoreCols = leaves.map((l, i) => ({ l, i })).filter(({ l }) => l.role === "value" || l.role === "total").map(({ i }) => i);
  for (const m of maxima) {
    const positional = m.cells.length >= leaves.length;
    const cells = positional ? m.cells : m.cells.filter((c) => c !== "");
    const values = cells.map((c) => parseNumber(c)).filter((v): v is number => v !== null);
    cells.forEach((cell, k) => {
      const col = positional ? k : scoreCols[k];
      // Maxima are points: "1.000" beside maxima of 200 is a thousand points, not one.
      const grouped = parseInteger(cell);
      const v = grouped !== null && /[.,]/u.test(cell) && values.length > 1 && values.every((x) => x === parseNumber(cell) || x >= 2) ? grouped : parseNumber(cell);
      if (col !== undefined && v !== null && !out.has(col)) out.set(col, v);
    });
  }
  return out;
}

function columnMax(leaf: Leaf, col: number, maxima: Map<number, number>): number | null {
  return parsePoints(leaf.printed) ?? maxima.get(col) ?? null;
}

/** The smallest conventional scale (1, 10, 100, 1000) that holds every total: used only when none is printed. */
function conventionalScale(totals: number[]): number | null {
  if (totals.length === 0) return null;
  const top = Math.max(...totals);
  return [1, 10, 100, 1000].find((s) => top <= s) ?? null;
}

function readScores(
  cells: string[],
  cols: { totalCol: number; componentCols: number[] },
  names: Map<number, string>,
  line: number,
  report: Report,
): { scores: Scores; decimals: number } {
  const components: Record<string, number> = {};
  let decimals = 0;
  for (const c of cols.componentCols) {
    const cell = cells[c] ?? "";
    const v = parseNumber(cell);
    if (v === null) report(line, `a number in column "${names.get(c)}"`, cell);
    else components[names.get(c)!] = v;
    decimals = Math.max(decimals, decimalsOf(cell));
  }
  if (cols.totalCol < 0) return { scores: { total: null, components }, decimals };
  const totalCell = cells[cols.totalCol] ?? "";
  const total = parseNumber(totalCell);
  if (total === null) report(line, `a total score in column "${names.get(cols.totalCol)}"`, totalCell);
  decimals = Math.max(decimals, decimalsOf(totalCell));
  return { scores: { total, components }, decimals };
}

/** Turn one table region into rows, columns and scale; report every cell that cannot be read. */
export function buildTable(region: Region, report: Report): ParsedTable | null {
  const rowWidths = region.rows.filter((r) => !r.cells.some(isNotEvaluated)).map((r) => trimEnd(r.cells).length);
  const headerWidth = region.layout === "row-per-line" && region.header.length === 1 ? region.header[0]!.length : 0;
  const width = headerWidth || mostCommon(rowWidths);
  if (region.rows.length === 0) {
    report(region.headerLine, "rows of units under the table header", region.header.flat().join(" | "));
    return null;
  }
  const expanded = expandHeader(region, width);
  if (typeof expanded === "string") {
    report(region.headerLine, expanded, `${region.header.flat().filter((c) => c !== "").length} header cells`);
    return null;
  }
  const { leaves } = expanded;
  const layout = resolveLayout(leaves, region.rows, region.keepOut ?? []);
  if (typeof layout === "string") {
    report(region.headerLine, layout, region.header.flat().join(" | "));
    return null;
  }
  const names = new Map<number, string>();
  const allScoreCols = [...layout.official.componentCols, layout.official.totalCol, ...(layout.self ? [...layout.self.componentCols, layout.self.totalCol] : [])];
  for (const c of allScoreCols) if (c >= 0) names.set(c, componentName(leaves[c]!.printed));

  leaves.forEach((leaf, i) => {
    const used = names.has(i) || [layout.nameCol, layout.orderCol, layout.rankCol, layout.gradeCol, layout.yearCol].includes(i);
    if (!used && leaf.printed !== "" && region.rows.some((r) => (r.cells[i] ?? "") !== ""))
      report(region.headerLine, `scores in column "${leaf.printed}"`, "text only: the column is kept out of the scores", "warning");
  });

  const rows: ParsedRow[] = [];
  const decimals: number[] = [];
  const selfDecimals: number[] = [];
  region.rows.forEach((raw, position) => {
    const cells = raw.cells;
    const name = cells[layout.nameCol] ?? "";
    if (!isNameCell(name)) {
      report(raw.line, `a unit name in column "${leaves[layout.nameCol]!.printed}"`, name);
      return;
    }
    const orderCell = layout.orderCol >= 0 ? (cells[layout.orderCol] ?? "") : "";
    const order = /^\d+\.?$/u.test(orderCell) ? Number.parseInt(orderCell, 10) : null;
    const statusCell = cells.find(isNotEvaluated);
    if (statusCell !== undefined) {
      rows.push({
        name,
        order,
        rank: null,
        total: null,
        grade: null,
        components: {},
        selfDeclared: null,
        notes: [{ kind: "not_evaluated", text: `Không xếp hạng: quyết định ghi "${normalizeText(statusCell)}".` }],
        line: raw.line,
      });
      return;
    }
    if (trimEnd(cells).length !== width && region.layout === "cell-per-line") {
      report(raw.line, `${width} cells in the row of "${name}"`, `${trimEnd(cells).length} cells`);
      return;
    }
    const rankCell = layout.rankCol >= 0 ? (cells[layout.rankCol] ?? "") : orderCell;
    const rank = /^\d+\.?$/u.test(rankCell) ? Number.parseInt(rankCell, 10) : layout.rankCol < 0 && layout.orderCol < 0 ? position + 1 : null;
    if (rank === null || rank < 1) report(raw.line, `a rank for "${name}"`, rankCell);
    const official = readScores(cells, layout.official, names, raw.line, report);
    const self = layout.self ? readScores(cells, layout.self, names, raw.line, report) : null;
    decimals.push(official.decimals);
    if (self) selfDecimals.push(self.decimals);
    const gradeCell = layout.gradeCol >= 0 ? normalizeText(cells[layout.gradeCol] ?? "") : "";
    rows.push({
      name,
      order,
      rank: rank !== null && rank >= 1 ? rank : null,
      total: official.scores.total,
      grade: gradeCell === "" ? null : (gradeOf(gradeCell) ?? gradeCell),
      components: official.scores.components,
      selfDeclared: self ? self.scores : null,
      notes: [],
      line: raw.line,
    });
  });

  const maxima = maximaByColumn(region.maxima, leaves);
  const columns: Column[] = layout.official.componentCols.map((c) => ({
    name: names.get(c)!,
    printed: leaves[c]!.printed,
    max: columnMax(leaves[c]!, c, maxima),
  }));
  const totalLeaf: Leaf | undefined = leaves[layout.official.totalCol];
  const totals = rows.map((r) => r.total).filter((t): t is number => t !== null);
  const componentMaxima = columns.map((c) => c.max);
  const maxTotal =
    (totalLeaf ? columnMax(totalLeaf, layout.official.totalCol, maxima) : null) ??
    (componentMaxima.length > 0 && componentMaxima.every((m) => m !== null)
      ? round((componentMaxima as number[]).reduce((a, b) => a + b, 0))
      : conventionalScale(totals));

  const average = readAverage(region, layout, names, leaves);
  addNotes(rows, columns, layout.self !== null, decimals, selfDecimals);
  return {
    columns,
    totalPrinted: totalLeaf?.printed ?? "",
    maxTotal,
    hasReview: layout.self !== null,
    rows,
    average,
    labels: [...region.labels, ...expanded.labels],
    headerText: region.header.flat().join(" "),
    year: tableYear(region.rows, layout.yearCol),
  };
}

function tableYear(rows: RawRow[], col: number): number | null {
  if (col < 0) return null;
  const years = new Set(rows.map((r) => parseInteger(r.cells[col] ?? "")).filter((y) => y !== null));
  return years.size === 1 ? [...years][0]! : null;
}

function readAverage(
  region: Region,
  layout: Layout,
  names: Map<number, string>,
  leaves: Leaf[],
): (Scores & { selfDeclared: Scores | null }) | null {
  const raw = region.averages[0];
  if (!raw) return null;
  const labelAt = raw.cells.findIndex(isAverageLabel);
  const scoreCols = leaves.map((_, i) => i).filter((i) => names.has(i));
  const numbers = raw.cells.slice(labelAt + 1).filter((c) => c !== "");
  // Positional when the row keeps its empty cells; otherwise the numbers follow the score columns in order.
  const valueAt = (col: number): number | null =>
    raw.cells.length >= leaves.length ? parseNumber(raw.cells[col] ?? "") : parseNumber(numbers[scoreCols.indexOf(col)] ?? "");
  const scores = (cols: { totalCol: number; componentCols: number[] }): Scores => {
    const components: Record<string, number> = {};
    for (const c of cols.componentCols) {
      const v = valueAt(c);
      if (v !== null) components[names.get(c)!] = v;
    }
    return { total: valueAt(cols.totalCol), components };
  };
  return { ...scores(layout.official), selfDeclared: layout.self ? scores(layout.self) : null };
}

/**
 * Data quality as a feature: where a row's components do not add up to its printed total (beyond
 * the rounding the printed decimals allow), or the order of the table disagrees with its totals,
 * the row gets a note. The published figures stand.
 */
function addNotes(rows: ParsedRow[], columns: Column[], hasReview: boolean, decimals: number[], selfDecimals: number[]): void {
  const evaluated = rows.filter((r) => r.rank !== null);
  const check = (get: (r: ParsedRow) => Scores | null, decs: number[], label: string) => {
    const diffs = evaluated.map((r, i) => {
      const s = get(r);
      if (!s || s.total === null || Object.keys(s.components).length < 2) return null;
      const sum = Object.values(s.components).reduce((a, b) => a + b, 0);
      const tolerance = 0.5 * 10 ** -(decs[i] ?? 0) * (Object.keys(s.components).length + 1) + 1e-9;
      return { r, sum: round(sum), diff: round(s.total - sum), ok: Math.abs(s.total - sum) <= tolerance };
    });
    const known = diffs.filter((d) => d !== null);
    // Only additive tables are checked: weighted indices (0–1) never add up, and that is by design.
    if (known.length < 2 || known.filter((d) => d.ok).length / known.length < 0.6) return;
    for (const d of known) {
      if (d.ok) continue;
      const s = get(d.r)!;
      d.r.notes.push({
        kind: "sum_mismatch",
        difference: d.diff,
        text: `Tổng điểm${label} in trong quyết định (${formatNumber(s.total!)}) khác tổng các chỉ số thành phần (${formatNumber(d.sum)}): chênh ${formatNumber(Math.abs(d.diff))} điểm.`,
      });
    }
  };
  if (columns.length >= 2) {
    check((r) => ({ total: r.total, components: r.components }), decimals, "");
    if (hasReview) check((r) => r.selfDeclared, selfDecimals, " tự khai báo");
  }
  const byRank = [...evaluated].sort((a, b) => a.rank! - b.rank!);
  for (let i = 1; i < byRank.length; i++) {
    const above = byRank[i - 1]!;
    const row = byRank[i]!;
    if (row.rank === above.rank) {
      row.notes.push({ kind: "rank_tie", text: `Đồng hạng ${row.rank} với ${above.name}.` });
      continue;
    }
    if (row.total !== null && above.total !== null && row.total > above.total) {
      row.notes.push({
        kind: "order_mismatch",
        text: `Tổng điểm (${formatNumber(row.total)}) cao hơn ${above.name} (${formatNumber(above.total)}, hạng ${above.rank}) nhưng xếp hạng thấp hơn.`,
      });
    }
  }
}
