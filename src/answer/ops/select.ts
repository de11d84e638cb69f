/** The units of a scope that pass a filter (a grade, a threshold, above/below the average): listed or counted. */
import type { Block } from "../../domain/dataset.js";
import { foldKeyCached as nameKey } from "../../text/fold-cached.js";
import { summary } from "../lookup.js";
import { GRADE_PHRASES } from "../phrases.js";
import type { Filter, Query } from "../query.js";
import type { AnswerResult, FilterView } from "../types.js";
import { problem, provinceNotices, remember, result, type Ctx } from "./result.js";
import { measureName, measureValue, orderedUnits, partialNotice, scopeTables, type Ranked } from "./scope.js";
import type { TableInfo } from "../../dataset/read-model.js";

function averageOf(t: TableInfo, query: Query): { value: number; printed: boolean } | null {
  const name = measureName(t, query.measure);
  if (name === null) return null;
  const value = name === "total" ? t.average.total : t.average.components[name] ?? null;
  return value === null ? null : { value, printed: t.average.printed };
}

/** The grades a grade filter accepts, best first as GRADE_PHRASES lists them. */
export function acceptedGrades(filter: Extract<Filter, { kind: "grade" }>): Set<string> {
  const order = GRADE_PHRASES.map(([g]) => nameKey(g));
  const at = order.indexOf(nameKey(filter.grade));
  const named = [filter.grade, ...(filter.also ?? [])].map(nameKey);
  if (at < 0 || filter.bound === undefined) return new Set(named);
  return new Set(filter.bound === "orBetter" ? order.slice(0, at + 1) : order.slice(at));
}

function passes(r: Ranked, filter: Filter, query: Query, grades: Set<string> | null): boolean {
  switch (filter.kind) {
    case "grade":
      return r.entry.grade !== null && grades !== null && grades.has(nameKey(r.entry.grade));
    case "range":
      return r.value !== null && r.value >= filter.min && r.value <= filter.max;
    case "unranked":
      return r.entry.rank === null;
    case "sign":
      return r.value !== null && (filter.sign === "positive" ? r.value > 0 : r.value < 0);
    case "full":
      return r.value !== null && r.max !== null && r.value >= r.max;
    case "threshold":
      return r.value !== null && (filter.op === "above" ? r.value >= filter.value : r.value < filter.value);
    case "average": {
      const avg = averageOf(r.table, query);
      return avg !== null && r.value !== null && (filter.op === "above" ? r.value > avg.value : r.value < avg.value);
    }
  }
}

/**
 * A threshold in points ("trên 700 điểm") asked of a table scored 0–1 (Bắc Giang 2023) means the same
 * share of the 1000 points most decisions use: 0.7.
 */
function onScale(filter: Filter | null, max: number | null): Filter | null {
  if (max !== 1) return filter;
  if (filter?.kind === "threshold" && filter.value > 1 && filter.value <= 1000) return { ...filter, value: filter.value / 1000 };
  if (filter?.kind === "range" && filter.max > 1 && filter.max <= 1000) return { ...filter, min: filter.min / 1000, max: filter.max / 1000 };
  return filter;
}

export function selectUnits(ctx: Ctx, query: Query, operation: "list" | "count", asked: Filter | null): AnswerResult {
  const scoped = scopeTables(ctx.k, query.scope, true, query.measure);
  if (!scoped.ok) return problem(ctx, scoped.reason, scoped.extra, operation);
  const { tables } = scoped;
  const scale = measureValue(tables[0]!, tables[0]!.entries[0]!, query.measure).max;
  const filter = onScale(asked, scale);
  if (filter !== asked && filter?.kind === "threshold" && asked?.kind === "threshold") ctx.notices.push({ kind: "scale_rescaled", asked: asked.value, used: filter.value });
  if (filter !== asked && filter?.kind === "range" && asked?.kind === "range") ctx.notices.push({ kind: "scale_rescaled", asked: asked.max, used: filter.max });
  provinceNotices(ctx, query.scope.national ? null : query.scope.province);
  // In rank order, table by table: the order the decisions print.
  const onOwnScale = query.measure.kind === "component" || (query.measure.kind === "total" && query.measure.basis !== undefined);
  const ranked = tables.flatMap((t) => orderedUnits([t], onOwnScale ? query.measure : { kind: "rank" }));
  // Units listed without a rank are outside `ranked`: only the "not evaluated" filter looks at them.
  const pool = filter?.kind === "unranked" ? tables.flatMap((t) => t.entries.filter((e) => e.rank === null).map((entry) => ({ entry, table: t, value: entry.total, max: t.table.maxTotal }))) : ranked;
  const grades = filter?.kind === "grade" ? acceptedGrades(filter) : null;
  // Full marks where the decision prints no scale for the measure: the best score any unit reached, said so.
  if (filter?.kind === "full")
    for (const t of tables) {
      const rows = ranked.filter((r) => r.table === t && r.value !== null);
      if (rows.length === 0 || rows.some((r) => r.max !== null)) continue;
      const best = Math.max(...rows.map((r) => r.value!));
      for (const r of rows) r.max = best;
      ctx.notices.push({ kind: "scale_from_best", best });
    }
  const chosen = filter ? pool.filter((r) => passes(r, filter, query, grades)) : ranked;
  const partial = filter && filter.kind !== "grade" ? partialNotice(tables, query.measure) : null;
  if (partial) ctx.notices.push(partial);
  const first = tables[0]!;
  const measure = measureName(first, query.measure) ?? "total";
  if (filter?.kind === "threshold") {
    const max = measureValue(first, first.entries[0]!, query.measure).max;
    if (max !== null && filter.value > max) ctx.notices.push({ kind: "scale_hint", value: filter.value, max });
  }
  const view: FilterView | null =
    filter === null
      ? null
      : filter.kind === "grade"
        ? { kind: "grade", grade: filter.grade, also: filter.also ?? [], bound: filter.bound ?? null }
        : filter.kind === "threshold"
          ? { kind: "threshold", op: filter.op, value: filter.value, measure }
          : filter.kind === "range"
            ? { kind: "range", min: filter.min, max: filter.max, measure }
            : filter.kind === "unranked"
              ? { kind: "unranked" }
              : filter.kind === "full"
                ? { kind: "full", measure }
                : filter.kind === "sign"
                  ? { kind: "sign", sign: filter.sign, measure }
              : {
              kind: "average",
              op: filter.op,
              measure,
              averages: tables.flatMap((t) => {
                const a = averageOf(t, query);
                return a ? [{ tableId: t.table.id, ...a }] : [];
              }),
            };
  const entries = chosen.map((r) => r.entry);
  return result(
    ctx,
    operation,
    "ok",
    { type: "selection", operation, province: query.scope.national ? null : query.scope.province, filter: view, entries, values: chosen.map((r) => (filter?.kind === "grade" ? null : r.value)), tables: tables.map(summary), outOf: filter?.kind === "unranked" ? ranked.length + pool.length : ranked.length },
    entries,
    [],
    remember(
      { ...query, scope: { ...query.scope, years: [first.decision.year] } },
      {
        ...(query.scope.province ? { province: query.scope.province } : {}),
        year: first.decision.year,
        index: first.table.index,
        kind: operation,
        tableId: first.table.id,
        block: first.table.block as Block,
      },
    ),
  );
}
