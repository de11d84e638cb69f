/**
 * Facts the fresh-it question set expects, computed from data/dataset.json itself (read as plain JSON,
 * not through the product's read model), so no expected value is typed in by hand or taken from a reply.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const Row = z.looseObject({
  unitId: z.string(),
  rank: z.number().nullable(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  components: z.record(z.string(), z.number()),
  selfDeclared: z.looseObject({ total: z.number(), components: z.record(z.string(), z.number()) }).nullable(),
});
const Table = z.looseObject({
  id: z.string(),
  columns: z.array(z.looseObject({ name: z.string() })),
  rows: z.array(Row),
  average: z
    .looseObject({
      total: z.number(),
      components: z.record(z.string(), z.number()),
      selfDeclared: z.looseObject({ total: z.number(), components: z.record(z.string(), z.number()) }).optional(),
    })
    .nullable(),
});
const Dataset = z.looseObject({ decisions: z.array(z.looseObject({ tables: z.array(Table) })) });
export type Row = z.infer<typeof Row>;

const dataset = Dataset.parse(JSON.parse(readFileSync(new URL("../../data/dataset.json", import.meta.url), "utf8")));
const tables = new Map(dataset.decisions.flatMap((d) => d.tables).map((t) => [t.id, t]));

export function table(id: string) {
  const t = tables.get(id);
  if (t === undefined) throw new Error(`no table ${id} in data/dataset.json`);
  return t;
}

/** The ranked rows of a table, best first. */
export const ranked = (tableId: string): Row[] => table(tableId).rows.filter((r) => r.rank !== null);

export function row(tableId: string, unitId: string): Row {
  const r = table(tableId).rows.find((x) => x.unitId === unitId);
  if (r === undefined) throw new Error(`${unitId} is not in ${tableId}`);
  return r;
}

/** The printed component names of a table (not every table prints every component). */
export const columns = (tableId: string) => table(tableId).columns.map((c) => c.name);

export function score(tableId: string, unitId: string, component: string): number {
  if (!columns(tableId).includes(component)) throw new Error(`${tableId} prints no ${component}`);
  const v = row(tableId, unitId).components[component];
  if (v === undefined) throw new Error(`${unitId} has no ${component} in ${tableId}`);
  return v;
}

export const total = (tableId: string, unitId: string) => row(tableId, unitId).total!;
export const rankOf = (tableId: string, unitId: string) => row(tableId, unitId).rank!;

/** The ids best (desc) or worst (asc) on a component; several on a tie. */
export function extreme(tableId: string, component: string, direction: "desc" | "asc"): { ids: string[]; value: number } {
  const rows = ranked(tableId);
  const values = rows.map((r) => score(tableId, r.unitId, component));
  const value = direction === "desc" ? Math.max(...values) : Math.min(...values);
  return { ids: rows.filter((_, i) => values[i] === value).map((r) => r.unitId), value };
}

/** The ids ordered by a component (ties in rank order), best first in `direction`. */
export function orderedBy(tableId: string, component: string, direction: "desc" | "asc"): string[] {
  const sign = direction === "desc" ? -1 : 1;
  return [...ranked(tableId)].sort((a, b) => sign * (score(tableId, a.unitId, component) - score(tableId, b.unitId, component))).map((r) => r.unitId);
}

/** The mean of the ranked rows on a component, or on the total. */
export function mean(tableId: string, component: string | "total"): number {
  const rows = ranked(tableId);
  const values = rows.map((r) => (component === "total" ? r.total! : score(tableId, r.unitId, component)));
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The average the decision prints, when it prints one. */
export function printedMean(tableId: string, component: string | "total"): number {
  const a = table(tableId).average;
  if (a === null) throw new Error(`${tableId} prints no average`);
  const v = component === "total" ? a.total : a.components[component];
  if (v === undefined) throw new Error(`${tableId} prints no average of ${component}`);
  return v;
}

/** The self-declared average the decision prints. */
export function printedSelfMean(tableId: string): number {
  const v = table(tableId).average?.selfDeclared?.total;
  if (v === undefined) throw new Error(`${tableId} prints no self-declared average`);
  return v;
}

/** The ids whose component (or total) is above / below `threshold`. */
export function filtered(tableId: string, component: string | "total", test: (v: number) => boolean): string[] {
  return ranked(tableId)
    .filter((r) => test(component === "total" ? r.total! : score(tableId, r.unitId, component)))
    .map((r) => r.unitId);
}

export const withGrade = (tableId: string, grade: string) => ranked(tableId).filter((r) => r.grade === grade).map((r) => r.unitId);

/** Points lost in review: self-declared total minus the total after review (negative when gained). */
export function lost(tableId: string, unitId: string, component?: string): number {
  const r = row(tableId, unitId);
  if (r.selfDeclared === null) throw new Error(`${tableId} prints no self-declared score`);
  return component === undefined ? r.selfDeclared.total - r.total! : r.selfDeclared.components[component]! - r.components[component]!;
}

export const lostPoints = (tableId: string) => ranked(tableId).filter((r) => lost(tableId, r.unitId) > 0).map((r) => r.unitId);
export const gainedPoints = (tableId: string) => ranked(tableId).filter((r) => lost(tableId, r.unitId) < 0).map((r) => r.unitId);

/** The unit that lost the most (or the least) in review. */
export function mostLost(tableId: string, direction: "desc" | "asc" = "desc"): { id: string; value: number } {
  const rows = ranked(tableId).map((r) => ({ id: r.unitId, value: lost(tableId, r.unitId) }));
  rows.sort((a, b) => (direction === "desc" ? b.value - a.value : a.value - b.value));
  return rows[0]!;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
