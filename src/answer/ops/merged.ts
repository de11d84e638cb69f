/** A 2025 department asked by its new name: every predecessor the data hold, side by side. */
import type { Entry } from "../../domain/answer.js";
import type { UnitInfo } from "../../search/index.js";
import type { DepartmentMerger } from "../../text/departments.js";
import { pickEntry } from "../lookup.js";
import type { AnswerResult } from "../types.js";
import { entryNotices, problem, result, type Ctx } from "./result.js";

export function mergedDepartment(ctx: Ctx, merger: DepartmentMerger, units: UnitInfo[], year: number | null): AnswerResult {
  const entries: Entry[] = [];
  for (const u of units) {
    const e = pickEntry(ctx.k, u.id, year, null).entry;
    if (e) entries.push(e);
  }
  if (entries.length === 0) return problem(ctx, "year_missing", { asked: merger.name, year, years: [...new Set(units.flatMap((u) => u.years))].sort() }, "rank");
  for (const e of entries) entryNotices(ctx, e);
  const first = entries[0]!;
  return result(
    ctx,
    "rank",
    entries.every((e) => e.rank === null) ? "not_evaluated" : "ok",
    { type: "merged", name: merger.name, date: merger.date, predecessors: [...merger.predecessors], entries },
    entries,
    [],
    { unitId: first.unitId, ...(first.province ? { province: first.province } : {}), year: first.year, index: first.index, intent: "rank", kind: "rank" },
  );
}
