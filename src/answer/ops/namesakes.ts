/**
 * The units of one name across provinces ("Sở Y tế tỉnh nào cao điểm nhất?"), ordered by the measure
 * as a share of each table's scale: the provinces print 0–1 and 0–1000 totals, so shares compare.
 */
import type { Block } from "../../domain/dataset.js";
import { pickEntry, summary } from "../lookup.js";
import type { Query } from "../query.js";
import type { AnswerResult } from "../types.js";
import { problem, remember, result, type Ctx } from "./result.js";
import { measureName, measureValue } from "./scope.js";

export function orderNamesakes(ctx: Ctx, query: Query, unitIds: readonly string[], direction: "desc" | "asc", take: number | null): AnswerResult {
  const kind = direction === "desc" ? "top" : "bottom";
  const { k } = ctx;
  const units = unitIds.map((id) => k.unitById.get(id)).filter((u) => u !== undefined);
  const named = units[0];
  if (!named) return problem(ctx, "unit_not_found", {}, kind);
  const year = query.scope.years[0] ?? null;
  const rows = units
    .flatMap((u) => {
      const entry = pickEntry(k, u.id, year, query.scope.index).entry;
      const table = entry ? k.tables.get(entry.tableId) : undefined;
      if (!entry || !table || entry.rank === null) return [];
      const { value, max } = measureValue(table, entry, query.measure);
      if (value === null) return [];
      return [{ entry, table, value, share: max ? value / max : value }];
    })
    .sort((a, b) => (direction === "desc" ? b.share - a.share : a.share - b.share));
  if (rows.length === 0) return problem(ctx, "unit_not_found", { asked: named.name }, kind);
  const chosen = take === null ? rows : rows.slice(0, take);
  const first = chosen[0]!;
  return result(
    ctx,
    kind,
    "ok",
    {
      type: "list",
      direction: kind,
      n: chosen.length,
      table: summary(first.table),
      entries: chosen.map((r) => r.entry),
      otherTables: [],
      orderBy: measureName(first.table, query.measure) ?? "total",
      values: chosen.map((r) => r.value),
      tables: [...new Map(chosen.map((r) => [r.table.table.id, summary(r.table)])).values()],
      outOf: rows.length,
      namesake: named.name,
    },
    chosen.map((r) => r.entry),
    [],
    remember(query, { kind, intent: "top", year: first.entry.year, index: first.entry.index, tableId: first.table.table.id, block: first.table.table.block as Block, n: chosen.length }),
  );
}
