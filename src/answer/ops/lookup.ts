/** Look up one unit: its rank, total, grade or one component, with its neighbours and block average. */
import type { Entry } from "../../domain/answer.js";
import type { Block } from "../../domain/dataset.js";
import type { UnitInfo } from "../../search/index.js";
import { candidateOf, componentLines, componentRank, neighbours, pickEntry, summary } from "../lookup.js";
import { COMPONENT_CONCEPTS } from "../phrases.js";
import type { Query } from "../query.js";
import type { AnswerResult, Conversation } from "../types.js";
import { entryNotices, problem, provinceNotices, remember, result, type Ctx } from "./result.js";
import { componentName, orderedUnits, scopeTables } from "./scope.js";

type Focus = "rank" | "score" | "grade" | "component";

function focusOf(query: Query): Focus {
  switch (query.measure.kind) {
    case "total":
      return "score";
    case "grade":
      return "grade";
    case "component":
      return "component";
    case "rank":
      return "rank";
  }
}

/** The answer about one entry of the knowledge. */
export function entryAnswer(ctx: Ctx, query: Query, entry: Entry): AnswerResult {
  const { k } = ctx;
  entryNotices(ctx, entry);
  const table = k.tables.get(entry.tableId)!;
  const { above, below } = neighbours(table, entry);
  const name = query.measure.kind === "component" ? componentName(table, query.measure.concept) : null;
  const lines = componentLines(table, entry);
  const line = name ? lines.find((l) => l.name === name) ?? null : null;
  const crank = name ? componentRank(table, entry, name) : null;
  const unit = k.unitById.get(entry.unitId);
  const sameYear = (k.entriesByUnit.get(entry.unitId) ?? []).filter((e) => e.year === entry.year && e.tableId !== entry.tableId);
  const asked = focusOf(query);
  const focus = asked === "component" && !line ? "rank" : asked;
  // "điểm hạ tầng số của Sở Y tế Cao Bằng": a component this unit's table does not score is said, not skipped.
  if (asked === "component" && !line && query.measure.kind === "component") {
    const concept = query.measure.concept;
    ctx.notices.push({ kind: "component_not_scored", component: COMPONENT_CONCEPTS.find((c) => c.id === concept)?.phrases[0] ?? concept, group: table.table.group });
  }
  const conversation: Conversation = remember(
    { ...query, scope: { ...query.scope, years: [entry.year], index: entry.index }, subject: { kind: "units", unitIds: [entry.unitId] } },
    {
      unitId: entry.unitId,
      ...(entry.province ? { province: entry.province } : {}),
      year: entry.year,
      index: entry.index,
      intent: "rank",
      kind: focus,
      tableId: entry.tableId,
      block: entry.block as Block,
      ...(name ? { component: name } : {}),
    },
  );
  return result(
    ctx,
    focus,
    entry.rank === null ? "not_evaluated" : "ok",
    {
      type: "unit",
      focus,
      entry,
      table: summary(table),
      above,
      below,
      components: lines,
      component: line && crank ? { ...line, ...crank } : null,
      sameYear,
      years: unit?.years ?? [entry.year],
    },
    [entry],
    [],
    conversation,
  );
}

/** A named unit in the year asked (default: its latest). */
export function lookupUnit(ctx: Ctx, query: Query, unit: UnitInfo): AnswerResult {
  const year = query.scope.years[0] ?? null;
  const picked = pickEntry(ctx.k, unit.id, year, query.scope.index);
  if (!picked.entry) {
    provinceNotices(ctx, unit.province);
    return problem(ctx, "year_missing", { province: unit.province, asked: unit.name, year, years: unit.years, suggestions: [candidateOf(unit)] }, "rank");
  }
  if (picked.indexFallback) ctx.notices.push({ kind: "index_fallback", asked: picked.indexFallback, used: picked.entry.index, year: picked.entry.year });
  return entryAnswer(ctx, query, picked.entry);
}

/**
 * The units ranked above (below) a unit in its table, by the measure: the next one ("đứng sau Quế Võ
 * là ai") or all of them, in rank order ("những sở xếp trên Sở Y tế").
 */
export function lookupRelative(ctx: Ctx, query: Query, unit: UnitInfo, direction: "above" | "below", take: number | null): AnswerResult {
  const picked = pickEntry(ctx.k, unit.id, query.scope.years[0] ?? null, query.scope.index);
  if (!picked.entry) {
    provinceNotices(ctx, unit.province);
    return problem(ctx, "year_missing", { province: unit.province, asked: unit.name, year: query.scope.years[0] ?? null, years: unit.years, suggestions: [candidateOf(unit)] }, "rank");
  }
  const table = ctx.k.tables.get(picked.entry.tableId)!;
  const ordered = orderedUnits([table], query.measure);
  const at = ordered.findIndex((r) => r.entry.unitId === unit.id);
  if (at < 0) return entryAnswer(ctx, query, picked.entry);
  const side = direction === "above" ? ordered.slice(0, at) : ordered.slice(at + 1);
  const chosen = take === null ? side : direction === "above" ? side.slice(-take) : side.slice(0, take);
  provinceNotices(ctx, unit.province);
  if (chosen.length === 0)
    return problem(ctx, "no_neighbour", { province: unit.province, asked: unit.name, position: { n: at + 1, outOf: ordered.length }, direction }, "rank");
  if (take === 1) {
    ctx.notices.push({ kind: "relative_to", unit: unit.name, direction });
    return entryAnswer(ctx, query, chosen[0]!.entry);
  }
  const entries = chosen.map((r) => r.entry);
  return result(
    ctx,
    "list",
    "ok",
    {
      type: "selection",
      operation: "list",
      province: unit.province,
      filter: { kind: "relative", unit: unit.name, direction },
      entries,
      values: chosen.map((r) => r.value),
      tables: [summary(table)],
      outOf: ordered.length,
    },
    entries,
    [],
    remember(query, { ...(unit.province ? { province: unit.province } : {}), year: table.decision.year, index: table.table.index, kind: "list", tableId: table.table.id, block: table.table.block as Block }),
  );
}

/** "Who is #N": the unit at that place of the scope's ordering by the measure (ties: the first). */
export function lookupPosition(ctx: Ctx, query: Query, n: number, fromEnd: boolean): AnswerResult {
  const scoped = scopeTables(ctx.k, query.scope, false, query.measure);
  if (!scoped.ok) return problem(ctx, scoped.reason, scoped.extra, "rank");
  if (scoped.tables.length > 1) ctx.notices.push({ kind: "across_tables" });
  const ordered = orderedUnits(scoped.tables, query.measure);
  const list = fromEnd ? ordered.slice().reverse() : ordered;
  // Ranks printed with ties (15, 15, 17): "thứ 15" is both, "thứ 16" is nobody.
  const official = scoped.tables.length === 1 && query.measure.kind !== "component" && !fromEnd;
  const hit = official ? list.find((r) => r.entry.rank === n) : list[n - 1];
  if (!hit) return problem(ctx, "position_missing", { province: query.scope.province, position: { n, outOf: ordered.length } }, "rank");
  // Every unit sharing that printed rank answers the question, the first as the decision lists them.
  const tied = official ? list.filter((r) => r.entry.rank === n && r !== hit) : [];
  if (tied.length > 0) ctx.notices.push({ kind: "tied", rank: n, units: tied.map((r) => r.entry.unit) });
  const answer = entryAnswer(ctx, query, hit.entry);
  return tied.length > 0 ? { ...answer, matches: [...answer.matches, ...tied.map((r) => r.entry)] } : answer;
}
