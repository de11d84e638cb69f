/** Order the units of a scope by a measure, either direction, and take N (one for a singular question). */
import type { Block } from "../../domain/dataset.js";
import { summary } from "../lookup.js";
import type { Query } from "../query.js";
import type { AnswerResult } from "../types.js";
import { problem, provinceNotices, remember, result, type Ctx } from "./result.js";
import { measureName, orderedUnits, partialNotice, scopeTables } from "./scope.js";

export function orderUnits(ctx: Ctx, query: Query, direction: "desc" | "asc", take: number | null): AnswerResult {
  const kind = direction === "desc" ? "top" : "bottom";
  const scoped = scopeTables(ctx.k, query.scope, false, query.measure);
  if (!scoped.ok) return problem(ctx, scoped.reason, scoped.extra, kind);
  const { tables } = scoped;
  provinceNotices(ctx, query.scope.national ? null : query.scope.province);
  if (tables.length > 1) ctx.notices.push({ kind: "across_tables" });
  const ordered = orderedUnits(tables, query.measure);
  const partial = query.measure.kind === "component" || tables.length > 1 ? partialNotice(tables, query.measure) : null;
  if (partial) ctx.notices.push(partial);
  const list = direction === "desc" ? ordered : ordered.slice().reverse();
  const n = Math.min(take ?? list.length, list.length);
  const chosen = list.slice(0, n);
  const first = tables[0]!;
  const orderBy = measureName(first, query.measure) ?? "total";
  const year = first.decision.year;
  const otherTables = scoped.tables.length === 1 ? siblings(ctx, first.table.id, query) : [];
  return result(
    ctx,
    kind,
    "ok",
    {
      type: "list",
      direction: kind,
      n,
      table: summary(first),
      entries: chosen.map((r) => r.entry),
      otherTables,
      orderBy,
      values: chosen.map((r) => r.value),
      tables: tables.map(summary),
      outOf: ordered.length,
    },
    chosen.map((r) => r.entry),
    [],
    remember(
      { ...query, scope: { ...query.scope, years: [year] } },
      {
        ...(n === 1 && chosen[0] ? { unitId: chosen[0].entry.unitId } : {}),
        ...(query.scope.province ? { province: query.scope.province } : {}),
        year,
        index: first.table.index,
        intent: "top",
        kind,
        tableId: first.table.id,
        block: first.table.block as Block,
        n,
      },
    ),
  );
}

/** The other tables of the same province, year and index that the question may have meant. */
function siblings(ctx: Ctx, tableId: string, query: Query) {
  const all = scopeTables(ctx.k, { ...query.scope, block: null });
  return all.ok ? all.tables.filter((t) => t.table.id !== tableId).map(summary) : [];
}
