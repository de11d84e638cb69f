/**
 * The facts the fresh held-out question sets (test/golden/fresh-*.ts) state, computed from
 * data/dataset.json alone — never from what the engine answers. `npx tsx test/support/fresh-facts.ts
 * <table id> [component] [threshold]` prints a table's ranking, its grade groups, its mean (printed or
 * computed over the ranked rows), the units above / below a threshold and the ordering by a component,
 * so that every literal value in a question set can be re-derived and checked against the decision text.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const Row = z.looseObject({
  unitId: z.string(),
  name: z.string(),
  rank: z.number().nullable(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  components: z.record(z.string(), z.number()),
});
const Table = z.looseObject({
  id: z.string(),
  group: z.string(),
  maxTotal: z.number().nullable(),
  rows: z.array(Row),
  average: z.looseObject({ total: z.number() }).nullable(),
});
const Dataset = z.looseObject({ decisions: z.array(z.looseObject({ tables: z.array(Table) })) });
export type Table = z.infer<typeof Table>;
export type Row = z.infer<typeof Row>;

export function loadTables(path = "data/dataset.json"): Map<string, Table> {
  const data = Dataset.parse(JSON.parse(readFileSync(path, "utf8")));
  return new Map(data.decisions.flatMap((d) => d.tables).map((t) => [t.id, t]));
}

const ranked = (t: Table) => t.rows.filter((r): r is Row & { rank: number; total: number } => r.rank !== null && r.total !== null);

/** The printed mean when the decision prints one, else the mean of the ranked rows' totals. */
export function mean(t: Table): { value: number; printed: boolean } {
  if (t.average) return { value: t.average.total, printed: true };
  const rows = ranked(t);
  return { value: rows.reduce((s, r) => s + r.total, 0) / rows.length, printed: false };
}

export const byGrade = (t: Table, grade: string) => ranked(t).filter((r) => r.grade === grade).map((r) => r.unitId);
export const above = (t: Table, threshold: number) => ranked(t).filter((r) => r.total > threshold).map((r) => r.unitId);
export const below = (t: Table, threshold: number) => ranked(t).filter((r) => r.total < threshold).map((r) => r.unitId);

export function orderedBy(t: Table, component: string, direction: "desc" | "asc"): { id: string; value: number }[] {
  const rows = ranked(t).flatMap((r) => (r.components[component] === undefined ? [] : [{ id: r.unitId, value: r.components[component]! }]));
  return rows.sort((a, b) => (direction === "desc" ? b.value - a.value : a.value - b.value));
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/gu, "/"));
if (isMain) {
  const [id, component, threshold] = process.argv.slice(2);
  const tables = loadTables();
  const t = id === undefined ? undefined : tables.get(id);
  if (t === undefined) {
    process.stdout.write(`tables: ${[...tables.keys()].join(", ")}\n`);
  } else {
    for (const r of t.rows) process.stdout.write(`${r.rank ?? "-"}\t${r.total ?? "-"}\t${r.grade ?? ""}\t${r.unitId}\n`);
    const grades = [...new Set(ranked(t).map((r) => r.grade).filter((g) => g !== null))];
    for (const g of grades) process.stdout.write(`grade ${g}: ${byGrade(t, g!).length} ${JSON.stringify(byGrade(t, g!))}\n`);
    process.stdout.write(`mean ${JSON.stringify(mean(t))}\n`);
    const m = mean(t).value;
    process.stdout.write(`above mean: ${above(t, m).length} ${JSON.stringify(above(t, m))}\n`);
    if (threshold !== undefined) {
      process.stdout.write(`above ${threshold}: ${JSON.stringify(above(t, Number(threshold)))}\n`);
      process.stdout.write(`below ${threshold}: ${JSON.stringify(below(t, Number(threshold)))}\n`);
    }
    if (component !== undefined && component !== "-") {
      process.stdout.write(`by ${component} desc: ${JSON.stringify(orderedBy(t, component, "desc"))}\n`);
    }
  }
}
