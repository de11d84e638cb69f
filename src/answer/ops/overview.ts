/** A province's (or the nation's) tables of a year: leaders, last, average, who was not evaluated. */
import type { Entry } from "../../domain/answer.js";
import { summary } from "../lookup.js";
import type { Query } from "../query.js";
import type { AnswerResult } from "../types.js";
import { nationalUnitOf } from "../understand.js";
import { problem, provinceNotices, remember, result, type Ctx } from "./result.js";
import { scopeTables } from "./scope.js";

export function overview(ctx: Ctx, query: Query): AnswerResult {
  const { k } = ctx;
  const scoped = scopeTables(k, { ...query.scope, block: query.scope.block });
  if (!scoped.ok) return problem(ctx, scoped.reason, scoped.extra, "overview");
  const province = query.scope.national ? null : query.scope.province;
  provinceNotices(ctx, province);
  const first = scoped.tables[0]!;
  const y = first.decision.year;
  const rows = scoped.tables.map((t) => {
    const ranked = t.entries.filter((e) => e.rank !== null);
    return { ...summary(t), first: ranked.slice(0, 3), last: ranked[ranked.length - 1] ?? null, notEvaluated: t.entries.filter((e) => e.rank === null) };
  });
  const otherYears = (k.provinces.get(scoped.key)?.years ?? []).filter((v) => v !== y);
  const nationalUnit = province ? nationalUnitOf(k, province) : null;
  const national: Entry | null = nationalUnit ? (k.entriesByUnit.get(nationalUnit.id) ?? []).at(-1) ?? null : null;
  return result(
    ctx,
    "overview",
    "ok",
    { type: "overview", province, year: y, tables: rows, otherYears, national },
    rows.flatMap((r) => r.first.slice(0, 1)),
    [],
    remember({ ...query, scope: { ...query.scope, years: [y] } }, { ...(province ? { province } : {}), year: y, intent: "overview", kind: "overview" }),
  );
}
