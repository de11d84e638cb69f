/** Picking entries and tables out of the knowledge: by unit, year, index and block. */
import type { Candidate, Entry } from "../domain/answer.js";
import type { IndexKind } from "../domain/dataset.js";
import type { TableInfo } from "../dataset/read-model.js";
import type { Knowledge, UnitInfo } from "../search/index.js";
import { foldCached as fold } from "../text/fold-cached.js";
import type { ComponentLine, TableSummary } from "./types.js";

/** The rating index of a year comes after the ranking indices when the question names none. */
export const INDEX_ORDER: Record<IndexKind, number> = { DTI: 0, ICT: 1, PORTAL: 2 };

export interface Picked {
  entry: Entry | null;
  /** the index the question asked for but that year does not have */
  indexFallback: IndexKind | null;
}

/** The unit's entry for a year (default: its latest) and index (default: the ranking index of that year). */
export function pickEntry(k: Knowledge, unitId: string, year: number | null, index: IndexKind | null): Picked {
  const all = k.entriesByUnit.get(unitId) ?? [];
  const inYear = year === null ? all.filter((e) => e.year === all[all.length - 1]?.year) : all.filter((e) => e.year === year);
  if (inYear.length === 0) return { entry: null, indexFallback: null };
  const sorted = inYear.slice().sort((a, b) => INDEX_ORDER[a.index] - INDEX_ORDER[b.index]);
  if (index === null) return { entry: sorted[0]!, indexFallback: null };
  const exact = sorted.find((e) => e.index === index);
  return exact ? { entry: exact, indexFallback: null } : { entry: sorted[0]!, indexFallback: index };
}

export function summary(t: TableInfo): TableSummary {
  return {
    tableId: t.table.id,
    group: t.table.group,
    block: t.table.block,
    index: t.table.index,
    year: t.decision.year,
    outOf: t.table.outOf,
    maxTotal: t.table.maxTotal,
    average: t.average.total,
    averagePrinted: t.average.printed,
  };
}

/** The nearest units ranked better and worse (ties share a rank, so "above" is the nearest better rank). */
export function neighbours(t: TableInfo, entry: Entry): { above: Entry | null; below: Entry | null } {
  if (entry.rank === null) return { above: null, below: null };
  const rank = entry.rank;
  const ranked = t.entries.filter((e) => e.rank !== null && e.unitId !== entry.unitId);
  const better = ranked.filter((e) => e.rank! < rank);
  const worse = ranked.filter((e) => e.rank! > rank);
  return { above: better[better.length - 1] ?? null, below: worse[0] ?? null };
}

export function componentLines(t: TableInfo, entry: Entry): ComponentLine[] {
  return t.table.columns.map((c) => ({
    name: c.name,
    score: entry.components[c.name] ?? null,
    max: c.max,
    average: t.average.components[c.name] ?? null,
  }));
}


/** Rank of a unit on one component within its block (1 = best; ties share). */
export function componentRank(t: TableInfo, entry: Entry, name: string): { rank: number; outOf: number } | null {
  const mine = entry.components[name];
  if (mine === undefined) return null;
  const scores = t.entries.map((e) => e.components[name]).filter((v): v is number => v !== undefined);
  return { rank: scores.filter((s) => s > mine).length + 1, outOf: scores.length };
}



export function candidateOf(u: UnitInfo): Candidate {
  return { province: u.province, unit: u.name, unitId: u.id };
}

export function isIctDepartment(name: string): boolean {
  return fold(name).includes("thong tin va truyen thong");
}
