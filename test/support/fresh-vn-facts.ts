/**
 * The facts the fresh-vn question set expects, computed from data/dataset.json (the committed dataset)
 * rather than written by hand: a rank, a winner, the units above a threshold, a computed mean. The
 * questions name tables and units; this module says what the data hold for them, so a value in the set
 * is never copied from what the engine answers. The values were checked by eye against the decision
 * texts in shared/decisions.
 */
import { fileURLToPath } from "node:url";
import { loadDataset } from "../../src/dataset/store.js";
import type { Row, Table } from "../../src/domain/dataset.js";
import type { Ref } from "../golden/natural.js";

const dataset = loadDataset(fileURLToPath(new URL("../../data", import.meta.url)));

interface Located {
  table: Table;
  year: number;
}

const tables = new Map<string, Located>(dataset.decisions.flatMap((d) => d.tables.map((t): [string, Located] => [t.id, { table: t, year: d.year }])));

/** The tables the set asks about, by a short name: province, year, block. */
export const T = {
  bgIct: "bac-giang-2021-ict#1",
  bgIctDistricts: "bac-giang-2021-ict#2",
  bgPortal: "bac-giang-2021-ict#3",
  bgPortalDistricts: "bac-giang-2021-ict#4",
  bgDept: "bac-giang-2023-dti#1",
  bgDist: "bac-giang-2023-dti#2",
  bnDept: "bac-ninh-2023-dti#1",
  bnDist: "bac-ninh-2023-dti#2",
  cbDept: "cao-bang-2022-dti#1",
  cbDist: "cao-bang-2022-dti#2",
  hyDeptPublic: "hung-yen-2023-dti#1",
  hyDeptOther: "hung-yen-2023-dti#2",
  hyDist: "hung-yen-2023-dti#3",
  national: "viet-nam-2022-dti#1",
} as const;
export type TableName = keyof typeof T;

function located(name: TableName): Located {
  const found = tables.get(T[name]);
  if (found === undefined) throw new Error(`the dataset has no table ${T[name]}`);
  return found;
}

const unitNames = new Map(dataset.units.map((u) => [u.id, u.name]));
const unitName = (id: string): string => unitNames.get(id) ?? id;

const ranked = (name: TableName): Row[] => located(name).table.rows.filter((r) => r.rank !== null);

function refOf(name: TableName, row: Row): Ref {
  const { table, year } = located(name);
  if (name !== "national") return { id: row.unitId, year, rank: row.rank, index: table.index };
  return { national: unitName(row.unitId), year, rank: row.rank };
}

function rowOf(name: TableName, unitId: string): Row {
  const id = name === "national" ? `viet-nam/${unitId}` : unitId;
  const row = located(name).table.rows.find((r) => r.unitId === id);
  if (row === undefined) throw new Error(`${T[name]} has no row ${id}`);
  return row;
}

/** The entry of `unitId` (or, nationally, the province slug) in a table, with its rank. */
export function entry(name: TableName, unitId: string): Ref {
  return refOf(name, rowOf(name, unitId));
}

/** The official total of a unit in a table. */
export function totalOf(name: TableName, unitId: string): number {
  const total = rowOf(name, unitId).total;
  if (total === null) throw new Error(`${unitId} has no total in ${T[name]}`);
  return total;
}

/** A component score, named as the table prints it. */
export function componentOf(name: TableName, unitId: string, component: string): number {
  const value = rowOf(name, unitId).components[component];
  if (value === undefined) throw new Error(`${unitId} has no component ${component} in ${T[name]}`);
  return value;
}

export function gradeOf(name: TableName, unitId: string): string {
  const grade = rowOf(name, unitId).grade;
  if (grade === null) throw new Error(`${unitId} has no grade in ${T[name]}`);
  return grade;
}

/** The entries at rank `n` (several on a tie); n < 0 counts from the bottom (-1 = last ranked). */
export function atRank(name: TableName, n: number): Ref[] {
  const rows = ranked(name);
  const rank = n > 0 ? n : rows[rows.length + n]!.rank;
  return rows.filter((r) => r.rank === rank).map((r) => refOf(name, r));
}

/** The ranked entries in rank order, the first `n` (or the last `n` with n < 0, still in rank order). */
export function topN(name: TableName, n: number): Ref[] {
  const rows = ranked(name);
  return (n > 0 ? rows.slice(0, n) : rows.slice(rows.length + n)).map((r) => refOf(name, r));
}

/** Every ranked entry satisfying `keep`, in rank order. */
export function where(name: TableName, keep: (row: Row) => boolean): Ref[] {
  return ranked(name)
    .filter(keep)
    .map((r) => refOf(name, r));
}

export const gradeIs = (grade: string) => (row: Row) => row.grade === grade;
export const totalAbove = (x: number) => (row: Row) => row.total !== null && row.total > x;
export const totalBelow = (x: number) => (row: Row) => row.total !== null && row.total < x;
export const totalBetween = (lo: number, hi: number) => (row: Row) => row.total !== null && row.total >= lo && row.total <= hi;

/** The exact mean total of the ranked units (the scorer allows a reply's rounding). */
export function computedMean(name: TableName): number {
  const totals = ranked(name).map((r) => r.total!);
  return totals.reduce((a, b) => a + b, 0) / totals.length;
}

/** The average the decision prints, when it prints one. */
export function printedMean(name: TableName): number {
  const printed = located(name).table.average?.total;
  if (printed === undefined || printed === null) throw new Error(`${T[name]} prints no average total`);
  return printed;
}

/** The best (or worst) score on a component and the entries holding it. */
export function bestOn(name: TableName, component: string, direction: "desc" | "asc"): { best: number; holders: Ref[] } {
  const rows = ranked(name).filter((r) => r.components[component] !== undefined);
  if (rows.length === 0) throw new Error(`${T[name]} has no component ${component}`);
  const values = rows.map((r) => r.components[component]!);
  const best = direction === "desc" ? Math.max(...values) : Math.min(...values);
  return { best, holders: rows.filter((r) => r.components[component] === best).map((r) => refOf(name, r)) };
}

/** The number of ranked entries of a table. */
export const sizeOf = (name: TableName): number => ranked(name).length;
