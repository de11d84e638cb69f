/**
 * One ranking table as a sheet: what the Excel export writes, in a shape that knows nothing of Excel.
 * Scores stay numbers; each numeric column carries the decimals the decision prints, so a 0–1 index
 * shows "0,9029" and a 1000-point scale "875,83", whatever the reader's locale.
 */
import type { Decision, Table } from "../../domain/dataset.js";
import type { Lang } from "../../answer/types.js";
import { decisionRef } from "../../dataset/entries.js";
import { EXPORT_COPY } from "../copy/export.js";
import { citation, decimalsOf } from "../format.js";
import { blockName, blockTitle, capitalize, gradeText, indexName, indexTag, placeName } from "../names.js";

export type Cell = string | number | null;

export interface SheetColumn {
  header: string;
  kind: "text" | "number";
  /** decimals shown for a number column: the most any of its printed values has */
  decimals: number;
  /** in characters: the longest of the header and the column's cells */
  width: number;
}

export interface SheetModel {
  /** at most 31 characters, none of \ / ? * [ ] : (Excel's rules) */
  name: string;
  /** what the sheet is, then where it comes from: the first rows, above the header */
  heading: string[];
  columns: SheetColumn[];
  rows: Cell[][];
  /** the decision's own average row, where it prints one */
  average: Cell[] | null;
}

/** A number the way the reader writes it, for headings: "1000", "0,5" / "0.5". */
function plain(value: number, lang: Lang): string {
  return lang === "vi" ? String(value).replace(".", ",") : String(value);
}

interface ColumnSpec {
  header: string;
  kind: SheetColumn["kind"];
  cell: (row: Table["rows"][number]) => Cell;
  average?: Cell;
}

/**
 * The table's component columns in the decision's order, then any component a row carries that the
 * header did not name, so no score of a row is left out of the file.
 */
export function componentColumns(table: Pick<Table, "columns" | "rows">): { name: string; max: number | null }[] {
  const known = new Set(table.columns.map((c) => c.name));
  const extra = [...new Set(table.rows.flatMap((r) => Object.keys(r.components)))].filter((n) => !known.has(n));
  return [...table.columns.map((c) => ({ name: c.name, max: c.max })), ...extra.map((name) => ({ name, max: null }))];
}

function columnSpecs(table: Table, lang: Lang): ColumnSpec[] {
  const components = componentColumns(table);
  const t = EXPORT_COPY[lang];
  const componentHeader = (name: string, max: number | null) => (max === null ? name : t.componentMax(name, plain(max, lang)));
  const specs: ColumnSpec[] = [
    { header: t.order, kind: "number", cell: (r) => r.order },
    { header: t.unit, kind: "text", cell: (r) => r.name, average: t.average },
    { header: t.rank, kind: "number", cell: (r) => r.rank ?? t.notRanked },
    {
      header: table.maxTotal === null ? t.total : t.outOf(plain(table.maxTotal, lang)),
      kind: "number",
      cell: (r) => r.total,
      average: table.average?.total ?? null,
    },
    { header: t.grade, kind: "text", cell: (r) => (r.grade === null ? null : gradeText(r.grade, lang)) },
    ...components.map(
      (c): ColumnSpec => ({
        header: componentHeader(c.name, c.max),
        kind: "number",
        cell: (r) => r.components[c.name] ?? null,
        average: table.average?.components[c.name] ?? null,
      }),
    ),
  ];
  if (table.hasReview)
    specs.push(
      {
        header: t.selfDeclaredTotal,
        kind: "number",
        cell: (r) => r.selfDeclared?.total ?? null,
        average: table.average?.selfDeclared?.total ?? null,
      },
      ...components.map(
        (c): ColumnSpec => ({
          header: t.selfDeclared(c.name),
          kind: "number",
          cell: (r) => r.selfDeclared?.components[c.name] ?? null,
          average: table.average?.selfDeclared?.components[c.name] ?? null,
        }),
      ),
    );
  specs.push({ header: t.notes, kind: "text", cell: (r) => (r.notes.length === 0 ? null : r.notes.map((n) => n.text).join("; ")) });
  return specs;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function widthOf(cells: readonly Cell[]): number {
  const longest = Math.max(0, ...cells.map((c) => (c === null ? 0 : [...String(c)].length)));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/gu;

/** "DTI — Khối sở, ban, ngành", cut to Excel's 31 characters. */
function sheetName(table: Table, lang: Lang): string {
  const name = `${indexTag(table.index, lang)} — ${capitalize(blockName(table.group, table.block, lang))}`.replace(FORBIDDEN_IN_SHEET_NAME, " ");
  const chars = [...name];
  return chars.length <= 31 ? name : chars.slice(0, 30).join("").trimEnd() + "…";
}

export function tableSheet(decision: Decision, table: Table, lang: Lang): SheetModel {
  const t = EXPORT_COPY[lang];
  const specs = columnSpecs(table, lang);
  const rows = table.rows.map((r) => specs.map((s) => s.cell(r)));
  const average = table.average ? specs.map((s) => s.average ?? null) : null;
  const all = average ? [...rows, average] : rows;
  const columns = specs.map((s, i): SheetColumn => {
    const cells = all.map((r) => r[i] ?? null);
    const numbers = cells.filter((c): c is number => typeof c === "number");
    return {
      header: s.header,
      kind: s.kind,
      decimals: Math.max(0, ...numbers.map(decimalsOf)),
      width: widthOf([s.header, ...cells]),
    };
  });
  const block = blockTitle(table.group, table.block, lang);
  const heading = [
    t.sheetTitle(placeName(decision.province, lang), indexName(table.index, lang), decision.year, block),
    t.source(citation(decisionRef(decision), lang)),
    table.title,
    ...(table.hasReview ? [t.rankRule] : []),
  ];
  return { name: sheetName(table, lang), heading, columns, rows, average };
}

/** Sheet names made unique within a workbook (Excel refuses two sheets of one name). */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    if (count === 1) return n;
    const suffix = ` (${count})`;
    return [...n].slice(0, 31 - suffix.length).join("") + suffix;
  });
}
