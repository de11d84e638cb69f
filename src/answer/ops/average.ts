/** A table's average of a measure: the printed one where the decision prints it, else computed and said so. */
import type { Block } from "../../domain/dataset.js";
import { summary } from "../lookup.js";
import type { Query } from "../query.js";
import type { AnswerResult } from "../types.js";
import { problem, provinceNotices, remember, result, type Ctx } from "./result.js";
import { measureName, measureValue, partialNotice, scopeTables } from "./scope.js";

export function averageOf(ctx: Ctx, query: Query): AnswerResult {
  const scoped = scopeTables(ctx.k, query.scope, true, query.measure);
  if (!scoped.ok) return problem(ctx, scoped.reason, scoped.extra, "average");
  provinceNotices(ctx, query.scope.national ? null : query.scope.province);
  const rows = scoped.tables.map((t) => {
    const name = measureName(t, query.measure);
    const basis = query.measure.kind === "total" || query.measure.kind === "component" ? query.measure.basis : undefined;
    // The decisions print averages of reviewed scores only: those of declarations (or of cuts) are computed.
    const values = basis === undefined ? [] : t.entries.filter((e) => e.rank !== null).map((e) => measureValue(t, e, query.measure).value).filter((v): v is number => v !== null);
    const value =
      basis !== undefined
        ? values.length === 0
          ? null
          : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1e6) / 1e6
        : name === null
          ? null
          : name === "total"
            ? t.average.total
            : t.average.components[name] ?? null;
    const sample = t.entries[0];
    const max = sample ? measureValue(t, sample, query.measure).max : t.table.maxTotal;
    const units = t.entries.filter((e) => e.rank !== null && measureValue(t, e, query.measure).value !== null).length;
    return { table: summary(t), value, max, printed: basis === undefined && t.average.printed, units };
  });
  const partial = partialNotice(scoped.tables, query.measure);
  if (partial) ctx.notices.push(partial);
  const first = scoped.tables[0]!;
  const measure = measureName(first, query.measure) ?? "total";
  return result(
    ctx,
    "average",
    "ok",
    { type: "average", province: query.scope.national ? null : query.scope.province, measure, rows },
    first.entries.filter((e) => e.rank !== null),
    [],
    remember(
      { ...query, scope: { ...query.scope, years: [first.decision.year] } },
      {
        ...(query.scope.province ? { province: query.scope.province } : {}),
        year: first.decision.year,
        index: first.table.index,
        kind: "average",
        tableId: first.table.id,
        block: first.table.block as Block,
      },
    ),
  );
}
