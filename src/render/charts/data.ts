import type { Entry } from "../../domain/answer.js";
import { placeOf, type Dataset, type Table } from "../../domain/dataset.js";

/** What a chart needs to know about the data: `Knowledge` from src/search satisfies it. */
export interface ChartSource {
  dataset: Dataset;
  entries: Entry[];
}

/** One block's rows in rank order; unranked rows ("Không đánh giá") last, by name. */
export function tableEntries(entries: readonly Entry[], tableId: string): Entry[] {
  return entries
    .filter((e) => e.tableId === tableId)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit, "vi"));
}

export function findTable(dataset: Dataset, tableId: string): Table | undefined {
  for (const d of dataset.decisions) for (const t of d.tables) if (t.id === tableId) return t;
  return undefined;
}

export interface ComponentScore {
  name: string;
  /** the unit's score; null when its row leaves the component blank */
  score: number | null;
  average: number | null;
  max: number;
  /** where `max` comes from: printed in the decision, the 0–1 scale, or the block's best score */
  maxSource: MaxSource;
  /** score / max, so components on different scales compare */
  share: number | null;
  averageShare: number | null;
}

export type MaxSource = "printed" | "scale" | "best";

/**
 * The maximum of a component: the decision's own figure where it prints one; otherwise 1 when the
 * column is a 0–1 index, else the highest score anyone in the block reached.
 */
export function componentMaximum(block: readonly Entry[], name: string): { max: number; source: MaxSource } {
  for (const e of block) {
    const max = e.componentMax[name];
    if (max !== undefined && max > 0) return { max, source: "printed" };
  }
  const values = block.map((e) => e.components[name]).filter((v): v is number => v !== undefined);
  const highest = Math.max(0, ...values);
  return highest <= 1 ? { max: 1, source: "scale" } : { max: highest, source: "best" };
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Component names in the table's column order (falling back to the order the rows give them). */
function componentNames(block: readonly Entry[], table: Table | undefined): string[] {
  const names = new Set<string>(table?.columns.map((c) => c.name) ?? []);
  for (const e of block) for (const name of Object.keys(e.components)) names.add(name);
  return [...names].filter((n) => block.some((e) => e.components[n] !== undefined));
}

/**
 * A unit's components against the block average. The average is the one the decision prints where it
 * prints one, otherwise the mean over the block's rows.
 */
export function componentScores(source: ChartSource, tableId: string, unitId: string): ComponentScore[] | null {
  const block = tableEntries(source.entries, tableId);
  const unit = block.find((e) => e.unitId === unitId);
  if (!unit) return null;
  const table = findTable(source.dataset, tableId);
  return componentNames(block, table).map((name) => {
    const { max, source } = componentMaximum(block, name);
    const score = unit.components[name] ?? null;
    const printed = table?.average?.components[name];
    const average =
      printed ?? mean(block.map((e) => e.components[name]).filter((v): v is number => v !== undefined));
    return {
      name,
      score,
      average,
      max,
      maxSource: source,
      share: score === null ? null : score / max,
      averageShare: average === null ? null : average / max,
    };
  });
}

export interface SlopeRow {
  unitId: string;
  unit: string;
  fromRank: number | null;
  toRank: number | null;
}

/** Every unit of either table with its rank in each (null where it is absent or unranked). */
export function slopeRows(entries: readonly Entry[], fromTableId: string, toTableId: string): SlopeRow[] {
  const rows = new Map<string, SlopeRow>();
  for (const e of tableEntries(entries, fromTableId))
    rows.set(e.unitId, { unitId: e.unitId, unit: e.unit, fromRank: e.rank, toRank: null });
  for (const e of tableEntries(entries, toTableId)) {
    const row = rows.get(e.unitId);
    if (row) {
      row.toRank = e.rank;
      row.unit = e.unit;
    } else rows.set(e.unitId, { unitId: e.unitId, unit: e.unit, fromRank: null, toRank: e.rank });
  }
  return [...rows.values()];
}

/**
 * The same block of the same province in another year, for a year-over-year chart: prefer the same
 * index, then any ranking index over the web-portal rating.
 */
export function matchingTable(dataset: Dataset, tableId: string, year: number): Table | undefined {
  let province: string | undefined;
  let target: Table | undefined;
  for (const d of dataset.decisions)
    for (const t of d.tables)
      if (t.id === tableId) {
        province = placeOf(d);
        target = t;
      }
  if (!target || province === undefined) return undefined;
  const candidates = dataset.decisions
    .filter((d) => d.province === province && d.year === year)
    .flatMap((d) => d.tables)
    .filter((t) => t.block === target.block && t.id !== tableId);
  const score = (t: Table): number => (t.index === target.index ? 0 : t.index === "PORTAL" ? 2 : 1);
  return candidates.sort((a, b) => score(a) - score(b))[0];
}
