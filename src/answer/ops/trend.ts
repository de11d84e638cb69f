/** Over the years: one unit's history, or every unit of a province present in its first and last years. */
import type { Block } from "../../domain/dataset.js";
import type { UnitInfo } from "../../search/index.js";
import type { Query } from "../query.js";
import { trendForProvince, trendForUnit } from "../trend.js";
import type { AnswerResult, TrendDetails } from "../types.js";
import { problem, provinceNotices, remember, result, type Ctx } from "./result.js";

export function unitTrend(ctx: Ctx, query: Query, unit: UnitInfo): AnswerResult {
  const t = trendForUnit(ctx.k, unit, query.scope.index);
  provinceNotices(ctx, unit.province);
  // "Sở Y tế Bắc Ninh 2021 và 2023": the years asked that the unit has no ranking for are said.
  const missing = query.scope.years.filter((y) => !t.history.some((h) => h.year === y));
  if (missing.length > 0) ctx.notices.push({ kind: "years_missing", years: missing, held: t.history.map((h) => h.year) });
  if (t.methodologyChanged) ctx.notices.push({ kind: "methodology_changed", fromYear: t.history[0]!.year, toYear: t.history[t.history.length - 1]!.year });
  const last = t.history[t.history.length - 1];
  return result(
    ctx,
    "trend",
    "ok",
    t,
    t.history,
    [],
    remember(query, {
      unitId: unit.id,
      province: unit.province,
      intent: "trend",
      kind: "trend",
      ...(last ? { year: last.year, tableId: last.tableId, index: last.index, block: last.block as Block } : {}),
    }),
  );
}

export function provinceTrend(ctx: Ctx, query: Query): AnswerResult {
  const province = query.scope.province;
  if (province === null) return problem(ctx, "need_province", {}, "trend");
  const block = query.scope.block === "provinces" || query.scope.block === "ministries" ? null : query.scope.block;
  const all = trendForProvince(ctx.k, province, block);
  provinceNotices(ctx, province);
  if (all.rows.length === 0) return problem(ctx, "year_missing", { province, years: ctx.k.provinces.get(province)?.years ?? [] }, "trend");
  const movers = query.operation.kind === "trend" ? query.operation.movers : undefined;
  const t = movers ? moversOf(all, movers.direction, movers.take) : all;
  if (t.methodologyChanged) ctx.notices.push({ kind: "methodology_changed", fromYear: t.rows[0]!.from.year, toYear: t.rows[0]!.to.year });
  return result(
    ctx,
    "trend",
    "ok",
    t,
    movers ? t.rows.flatMap((r) => [r.from, r.to]) : t.rows.flatMap((r) => [r.from, r.to]).sort((a, b) => a.year - b.year),
    [],
    remember(query, { province, intent: "trend", kind: "trend", ...(block ? { block } : {}) }),
  );
}

/** The units that moved in `direction` (`t` has rows), furthest first (ties: the better new rank first), at most `take`. */
export function moversOf(t: TrendDetails, direction: "rise" | "fall", take: number | null): TrendDetails {
  const sign = direction === "rise" ? 1 : -1;
  const rows = t.rows
    .filter((r) => r.rankChange !== null && r.rankChange * sign > 0)
    .sort((a, b) => b.rankChange! * sign - a.rankChange! * sign || (a.to.rank ?? 999) - (b.to.rank ?? 999));
  const span = t.rows[0]!;
  return { ...t, rows: take === null ? rows : rows.slice(0, take), movers: { direction, fromYear: span.from.year, toYear: span.to.year } };
}
