/**
 * The read model of the dataset that search, answer, render and alerts share: every entry, entries
 * by unit and by table, each table with its average (the printed one where the decision prints it,
 * else the mean of the ranked rows, flagged as computed), and the provinces with their years.
 * National tables (units are provinces or ministries, `province: null`) are kept under `NATIONAL`.
 */
import type { Entry } from "../domain/answer.js";
import { NATIONAL_PLACE, placeOf, type Dataset, type Decision, type Table } from "../domain/dataset.js";
import { allEntries } from "./entries.js";

/** The key national decisions and tables are filed under in `ReadModel.provinces`. */
export const NATIONAL = NATIONAL_PLACE;

export interface TableAverage {
  total: number | null;
  components: Record<string, number>;
  /** printed in the decision (otherwise computed from the ranked rows) */
  printed: boolean;
}

export interface TableInfo {
  decision: Decision;
  table: Table;
  /** entries in rank order, unranked ones last */
  entries: Entry[];
  average: TableAverage;
}

export interface ProvinceData {
  /** canonical province name, or `NATIONAL` */
  name: string;
  years: number[];
  tableIds: string[];
}

export interface ReadModel {
  dataset: Dataset;
  entries: Entry[];
  /** per unit, oldest year first */
  entriesByUnit: Map<string, Entry[]>;
  tables: Map<string, TableInfo>;
  /** provinces that have data, by canonical name (national tables under `NATIONAL`) */
  provinces: Map<string, ProvinceData>;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function tableAverage(table: Table, entries: Entry[]): TableAverage {
  if (table.average) return { total: table.average.total, components: table.average.components, printed: true };
  const ranked = entries.filter((e) => e.rank !== null);
  const components: Record<string, number> = {};
  for (const c of table.columns) {
    const m = mean(ranked.map((e) => e.components[c.name]).filter((v): v is number => v !== undefined));
    if (m !== null) components[c.name] = m;
  }
  return { total: mean(ranked.map((e) => e.total).filter((v): v is number => v !== null)), components, printed: false };
}

/** The key a decision's tables are filed under: its province, or `NATIONAL`. */
export function provinceKey(decision: Pick<Decision, "province">): string {
  return placeOf(decision);
}

export function buildReadModel(dataset: Dataset): ReadModel {
  const entries = allEntries(dataset);
  const entriesByUnit = new Map<string, Entry[]>();
  const byTable = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = entriesByUnit.get(e.unitId);
    if (list) list.push(e);
    else entriesByUnit.set(e.unitId, [e]);
    const rows = byTable.get(e.tableId);
    if (rows) rows.push(e);
    else byTable.set(e.tableId, [e]);
  }
  for (const list of entriesByUnit.values()) list.sort((a, b) => a.year - b.year);

  const tables = new Map<string, TableInfo>();
  const provinces = new Map<string, ProvinceData>();
  for (const decision of dataset.decisions) {
    const key = provinceKey(decision);
    const p = provinces.get(key) ?? { name: key, years: [], tableIds: [] };
    if (!p.years.includes(decision.year)) p.years.push(decision.year);
    p.years.sort((a, b) => a - b);
    for (const table of decision.tables) {
      const list = (byTable.get(table.id) ?? []).slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      tables.set(table.id, { decision, table, entries: list, average: tableAverage(table, list) });
      p.tableIds.push(table.id);
    }
    provinces.set(key, p);
  }
  return { dataset, entries, entriesByUnit, tables, provinces };
}
