/**
 * What every operation over a scope shares: the tables a scope covers (never another year than the
 * one asked), the value of a measure for an entry, and the units of the scope ordered by it.
 */
import type { Entry } from "../../domain/answer.js";
import { NATIONAL, type TableInfo } from "../../dataset/read-model.js";
import type { Knowledge } from "../../search/index.js";
import { foldCached as fold } from "../../text/fold-cached.js";
import { INDEX_ORDER } from "../lookup.js";
import { COMPONENT_CONCEPTS } from "../phrases.js";
import type { Measure, Scope, ScopeBlock } from "../query.js";
import type { ProblemDetails, ProblemReason } from "../types.js";

export type ScopeTables = { ok: true; tables: TableInfo[]; key: string } | { ok: false; reason: ProblemReason; extra: Partial<ProblemDetails> };

export function blockMatches(table: string, wanted: ScopeBlock | null): boolean {
  if (wanted === null) return true;
  if (wanted === "departments") return table.startsWith("departments");
  return table === wanted;
}

/** The tables of a scope: its province (or the nation), its year (default: the latest), index and block. */
export function scopeTables(k: Knowledge, scope: Scope, every = false, measure: Measure | null = null): ScopeTables {
  const key = scope.national ? NATIONAL : scope.province;
  if (key === null) return { ok: false, reason: "need_province", extra: {} };
  const p = k.provinces.get(key);
  if (!p) return { ok: false, reason: scope.national ? "no_national" : "no_data_province", extra: { province: scope.national ? null : key } };
  const all = p.tableIds.map((id) => k.tables.get(id)).filter((t): t is TableInfo => t !== undefined);
  const asked = scope.years.length === 1 ? scope.years[0]! : null;
  const ranking = all.filter((t) => t.table.index !== "PORTAL");
  // the latest year that has the block asked: the ministries' table may be older than the provinces'
  const inBlock = ranking.filter((t) => blockMatches(t.table.block, scope.block));
  const pool = inBlock.length > 0 ? inBlock : ranking.length > 0 ? ranking : all;
  const year = asked ?? Math.max(...pool.map((t) => t.decision.year));
  const inYear = all.filter((t) => t.decision.year === year);
  const label = scope.national ? null : key;
  if (inYear.length === 0) return { ok: false, reason: "year_missing", extra: { province: label, year, years: p.years } };
  const wanted = scope.index ?? (inYear.some((t) => t.table.index !== "PORTAL") ? null : "PORTAL");
  const byIndex = inYear
    .filter((t) => (wanted === null ? t.table.index !== "PORTAL" : t.table.index === wanted))
    .sort((a, b) => INDEX_ORDER[a.table.index] - INDEX_ORDER[b.table.index]);
  const inBlockOfYear = byIndex.filter((t) => blockMatches(t.table.block, scope.block));
  if (inBlockOfYear.length === 0) return { ok: false, reason: byIndex.length === 0 ? "year_missing" : "block_missing", extra: { province: label, year, years: p.years } };
  // A component only some tables score ("kinh tế số": the districts' table, not the departments'): those tables.
  const concept = measure?.kind === "component" ? measure.concept : null;
  const tables = concept === null ? inBlockOfYear : inBlockOfYear.filter((t) => componentName(t, concept) !== null);
  if (tables.length === 0) {
    const elsewhere = byIndex.filter((t) => componentName(t, concept!) !== null);
    const name = elsewhere[0] ? componentName(elsewhere[0], concept!) : (COMPONENT_CONCEPTS.find((c) => c.id === concept)?.phrases[0] ?? concept);
    return { ok: false, reason: "component_missing", extra: { province: label, year, years: p.years, asked: name, groups: elsewhere.map((t) => t.table.group) } };
  }
  // A ranking index beside the e-portal rating: one index at a time, the ranking one first. A block
  // named that several tables share ("sở" in Hưng Yên: with and without public services) means the
  // first of them, as the decision lists them, for an ordering (the others are offered beside it);
  // a selection or an average (`every`) takes all of them.
  const first = tables[0]!.table.index;
  const sameIndex = tables.filter((t) => t.table.index === first);
  return { ok: true, tables: scope.block === null || every ? sameIndex : sameIndex.slice(0, 1), key };
}

/** The printed name of a component concept in a table ("an toàn thông tin" → "An toàn thông tin mạng"). */
export function componentName(t: TableInfo, concept: string): string | null {
  const c = COMPONENT_CONCEPTS.find((x) => x.id === concept);
  if (!c) return null;
  const names = t.table.columns.map((col) => col.name);
  for (const key of c.keys) {
    const hit = names.find((n) => fold(n).includes(key));
    if (hit) return hit;
  }
  return null;
}

/** What a measure is called in a table: "total" or the component's printed name. */
export function measureName(t: TableInfo, measure: Measure): string | null {
  const name = measure.kind === "component" ? componentName(t, measure.concept) : "total";
  const basis = measure.kind === "total" || measure.kind === "component" ? measure.basis : undefined;
  if (name === null || basis === undefined) return name;
  return `${name === "total" ? "Tổng điểm" : name} (${basis === "declared" ? "tự đánh giá" : "điểm bị trừ khi rà soát"})`;
}

/** The number a measure gives an entry, and the scale it is on. */
export function measureValue(t: TableInfo, e: Entry, measure: Measure): { value: number | null; max: number | null } {
  const basis = measure.kind === "total" || measure.kind === "component" ? measure.basis : undefined;
  if (measure.kind !== "component") return { value: onBasis(e.total, e.selfDeclared?.total ?? null, basis), max: basis === "cut" ? null : t.table.maxTotal };
  const name = componentName(t, measure.concept);
  if (name === null) return { value: null, max: null };
  const col = t.table.columns.find((c) => c.name === name);
  const value = onBasis(e.components[name] ?? null, e.selfDeclared?.components[name] ?? null, basis);
  return { value, max: basis === "cut" ? null : col?.max ?? (t.table.maxTotal === 1 ? 1 : null) };
}

/** The reviewed score, the declared one, or what the review took off (null where the decision prints no declaration). */
function onBasis(reviewed: number | null, declared: number | null, basis: "declared" | "cut" | undefined): number | null {
  if (basis === undefined) return reviewed;
  if (declared === null) return null;
  if (basis === "declared") return declared;
  return reviewed === null ? null : Math.round((declared - reviewed) * 1e6) / 1e6;
}

export interface Ranked {
  entry: Entry;
  table: TableInfo;
  value: number | null;
  max: number | null;
}

/**
 * The ranked units of the tables, best first by the measure. One table by rank or total keeps the
 * official order (ties included); a component, or several tables, order by the value — across
 * tables as a share of each table's scale, since the scales differ (830 and 1000 points).
 */
export function orderedUnits(tables: TableInfo[], measure: Measure): Ranked[] {
  const rows: Ranked[] = [];
  for (const t of tables)
    for (const e of t.entries) {
      if (e.rank === null) continue;
      const { value, max } = measureValue(t, e, measure);
      if (measure.kind === "component" && value === null) continue;
      rows.push({ entry: e, table: t, value, max });
    }
  if (tables.length === 1 && measure.kind !== "component" && !(measure.kind === "total" && measure.basis)) return rows;
  const share = (r: Ranked) => (r.value === null ? -Infinity : tables.length > 1 && r.max ? r.value / r.max : r.value);
  return rows.sort((a, b) => share(b) - share(a) || (a.entry.rank ?? 0) - (b.entry.rank ?? 0));
}

/** How many units the tables rank. */
export function rankedCount(tables: TableInfo[]): number {
  return tables.reduce((n, t) => n + t.entries.filter((e) => e.rank !== null).length, 0);
}

/** When the source prints the measure for only some ranked units (the national page: the first five), say so. */
export function partialNotice(tables: TableInfo[], measure: Measure): { kind: "partial_scores"; have: number; of: number } | null {
  let have = 0;
  let of = 0;
  for (const t of tables)
    for (const e of t.entries) {
      if (e.rank === null) continue;
      of++;
      if (measureValue(t, e, measure).value !== null) have++;
    }
  return have < of ? { kind: "partial_scores", have, of } : null;
}
