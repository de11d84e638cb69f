import type { Entry } from "../domain/answer.js";
import { placeOf, type Dataset, type Decision, type Table } from "../domain/dataset.js";
import { allEntries } from "../dataset/entries.js";
import type {
  AlertRowView,
  AlertTableView,
  AlertView,
  PreviousRankView,
  TableDetailView,
  UnitDetailView,
} from "../render/alerts.js";
import { coversProvince } from "./detect.js";
import type { Subscription } from "./subscriptions.js";

/** How many rows of each block every alert shows. */
export const TOP_PER_BLOCK = 3;

/** Entries by unit id, across every decision (for "change since the previous year"). */
export type EntriesByUnit = Map<string, Entry[]>;

export function entriesByUnit(dataset: Dataset): EntriesByUnit {
  const map: EntriesByUnit = new Map();
  for (const e of allEntries(dataset)) {
    const list = map.get(e.unitId) ?? [];
    list.push(e);
    map.set(e.unitId, list);
  }
  return map;
}

/**
 * The unit's most recent result assessed before `year`: the same block and index where it exists,
 * else the same index, else any ranked table (Bắc Giang 2021 measured IT application, not DTI:
 * the view says so).
 */
export function previousResult(byUnit: EntriesByUnit, unitId: string, year: number, table: Pick<Table, "index" | "block">): PreviousRankView | null {
  const earlier = (byUnit.get(unitId) ?? []).filter((e) => e.year < year);
  if (earlier.length === 0) return null;
  const latestYear = Math.max(...earlier.map((e) => e.year));
  const sameYear = earlier.filter((e) => e.year === latestYear);
  const pick =
    sameYear.find((e) => e.index === table.index && e.block === table.block) ??
    sameYear.find((e) => e.index === table.index) ??
    sameYear.find((e) => e.index !== "PORTAL") ??
    sameYear[0];
  if (!pick) return null;
  return { year: pick.year, rank: pick.rank, outOf: pick.outOf, index: pick.index, sameIndex: pick.index === table.index };
}

function rowView(table: Table, row: Table["rows"][number], names: Map<string, string>, previous: PreviousRankView | null): AlertRowView {
  return {
    unitId: row.unitId,
    unit: names.get(row.unitId) ?? row.name,
    rank: row.rank,
    total: row.total,
    maxTotal: table.maxTotal,
    grade: row.grade,
    previous,
  };
}

function byRank<T extends { rank: number | null }>(a: T, b: T): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
}

/** Which units of the decision a chat's subscriptions follow: named units, or all of a followed province. */
export function followedUnits(decision: Decision, subs: readonly Pick<Subscription, "kind" | "target">[]): Set<string> {
  const followed = new Set<string>();
  const wholeProvince = subs.some((s) => s.kind === "province" && coversProvince(s.target, decision));
  const units = new Set(subs.filter((s) => s.kind === "unit").map((s) => s.target));
  for (const t of decision.tables) for (const r of t.rows) if (wholeProvince || units.has(r.unitId)) followed.add(r.unitId);
  return followed;
}

/** What one chat's alert about a new decision says, before any wording. */
export function composeAlert(
  dataset: Dataset,
  decision: Decision,
  subs: readonly Pick<Subscription, "kind" | "target">[],
  byUnit: EntriesByUnit = entriesByUnit(dataset),
): AlertView {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const followed = followedUnits(decision, subs);
  const tables: AlertTableView[] = decision.tables.map((t) => {
    const ranked = [...t.rows].sort(byRank);
    return {
      tableId: t.id,
      index: t.index,
      block: t.block,
      group: t.group,
      outOf: t.outOf,
      maxTotal: t.maxTotal,
      top: ranked.filter((r) => r.rank !== null && r.rank <= TOP_PER_BLOCK).map((r) => rowView(t, r, names, null)),
      followed: ranked
        .filter((r) => followed.has(r.unitId))
        .map((r) => rowView(t, r, names, previousResult(byUnit, r.unitId, decision.year, t))),
    };
  });
  return {
    decision: {
      id: decision.id,
      province: placeOf(decision),
      year: decision.year,
      kind: decision.kind,
      number: decision.number,
      date: decision.date,
      title: decision.title,
    },
    tables,
  };
}

/** A whole table, for the alert's "see the whole block" button. */
export function composeTableDetail(dataset: Dataset, tableId: string, byUnit: EntriesByUnit = entriesByUnit(dataset)): TableDetailView | null {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  for (const d of dataset.decisions)
    for (const t of d.tables)
      if (t.id === tableId)
        return {
          province: placeOf(d),
          year: d.year,
          decisionNumber: d.number,
          index: t.index,
          group: t.group,
          outOf: t.outOf,
          maxTotal: t.maxTotal,
          rows: [...t.rows].sort(byRank).map((r) => rowView(t, r, names, previousResult(byUnit, r.unitId, d.year, t))),
        };
  return null;
}

/** One unit's full row in one table, for the alert's per-unit button. */
export function composeUnitDetail(dataset: Dataset, tableId: string, unitId: string, byUnit: EntriesByUnit = entriesByUnit(dataset)): UnitDetailView | null {
  const entry = byUnit.get(unitId)?.find((e) => e.tableId === tableId);
  if (!entry) return null;
  return {
    entry,
    previous: previousResult(byUnit, unitId, entry.year, { index: entry.index, block: entry.block as Table["block"] }),
  };
}
