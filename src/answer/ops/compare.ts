/** Two or three units side by side: who leads on the total (or rank) and on each component. */
import type { Entry } from "../../domain/answer.js";
import type { Block } from "../../domain/dataset.js";
import type { UnitInfo } from "../../search/index.js";
import { pickEntry } from "../lookup.js";
import type { Query } from "../query.js";
import type { AnswerResult, CompareDetails } from "../types.js";
import { entryNotices, problem, remember, result, type Ctx } from "./result.js";

/** The index of the single highest value, or null on a tie or when a value is missing. */
function leaderOf(values: Array<number | null>): number | null {
  if (values.some((v) => v === null)) return null;
  const best = Math.max(...(values as number[]));
  const at = values.flatMap((v, i) => (v === best ? [i] : []));
  return at.length === 1 ? at[0]! : null;
}

export function compareUnits(ctx: Ctx, query: Query, units: UnitInfo[]): AnswerResult {
  const { k } = ctx;
  const shared = query.scope.years[0] ?? null;
  const entries: Entry[] = [];
  let year: number | null = shared;
  for (const u of units) {
    // A year asked is that year for every side; without one, the first side's latest year where the others have it.
    const e = pickEntry(k, u.id, year, query.scope.index).entry ?? (shared === null ? pickEntry(k, u.id, null, query.scope.index).entry : null);
    if (!e) return problem(ctx, "year_missing", { province: u.province, asked: u.name, years: u.years, year: shared }, "compare");
    // The first unit's year is the comparison's, where the others have it.
    year ??= e.year;
    entries.push(e);
  }
  for (const e of entries) entryNotices(ctx, e);
  const sameScale = entries.every((e) => e.maxTotal === entries[0]!.maxTotal && e.index === entries[0]!.index);
  if (!sameScale) ctx.notices.push({ kind: "scales_differ" });
  const sameTable = entries.every((e) => e.tableId === entries[0]!.tableId);
  const names = [...new Set(entries.flatMap((e) => Object.keys(e.components)))];
  const rows = names.map((name) => {
    const values = entries.map((e) => e.components[name] ?? null);
    return { name, values, max: entries.map((e) => e.componentMax[name]).find((m) => m !== undefined) ?? null, leader: leaderOf(values) };
  });
  const shares = entries.map((e) => (e.total === null ? null : sameScale || !e.maxTotal ? e.total : e.total / e.maxTotal));
  const ranks = entries.map((e) => (e.rank === null ? null : -e.rank));
  const [a, b] = entries as [Entry, Entry];
  const details: CompareDetails = {
    type: "compare",
    a,
    b,
    components: rows.map((r) => ({ name: r.name, a: r.values[0] ?? null, b: r.values[1] ?? null, max: r.max })),
    sameTable,
    sameScale,
    entries,
    rows,
    leader: leaderOf(shares),
    rankLeader: sameTable ? leaderOf(ranks) : null,
  };
  return result(
    ctx,
    "compare",
    entries.some((e) => e.rank === null) ? "not_evaluated" : "ok",
    details,
    entries,
    [],
    remember(
      { ...query, subject: { kind: "units", unitIds: entries.map((e) => e.unitId) } },
      {
        unitId: a.unitId,
        ...(a.province ? { province: a.province } : {}),
        year: a.year,
        index: a.index,
        intent: "compare",
        kind: "compare",
        tableId: a.tableId,
        block: a.block as Block,
      },
    ),
  );
}
