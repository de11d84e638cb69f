/**
 * The knowledge the answers are built from: every entry of the dataset, lookups by unit, table and
 * province, and one MiniSearch index over unit names. `resolveUnit` turns the words of a question
 * into a unit: ok, ambiguous (same name in several provinces, or several close names) or not found.
 */
import MiniSearch from "minisearch";
import type { Entry } from "../domain/answer.js";
import type { Dataset, Decision, Table, UnitKind } from "../domain/dataset.js";
import { allEntries } from "../dataset/entries.js";
import { editDistance } from "../text/distance.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { findProvinces } from "./provinces.js";
import { distinctiveTokens, hasDiacritics, isGeneric, processTerm, tokenizeForSearch } from "./terms.js";

/** Bumped whenever term processing changes, so an index built by older code is never reused. */
export const SEARCH_INDEX_VERSION = 1;

interface Variant {
  tokens: string[];
  folded: string[];
  compact: string;
}

export interface UnitInfo {
  id: string;
  province: string;
  name: string;
  kind: UnitKind;
  /** one per spelling (canonical name and aliases) */
  variants: Variant[];
  /** folded distinctive words of the canonical name: equal keys = "the same unit" in different provinces */
  nameKey: string;
  years: number[];
}

export interface TableInfo {
  decision: Decision;
  table: Table;
  /** entries in rank order, unranked ones last */
  entries: Entry[];
  /** the printed average row, or the mean of the ranked rows */
  average: { total: number | null; components: Record<string, number>; printed: boolean };
}

export interface ProvinceData {
  name: string;
  years: number[];
  tableIds: string[];
}

export interface Knowledge {
  dataset: Dataset;
  entries: Entry[];
  units: UnitInfo[];
  unitById: Map<string, UnitInfo>;
  unitsByProvince: Map<string, UnitInfo[]>;
  /** per unit, oldest year first */
  entriesByUnit: Map<string, Entry[]>;
  tables: Map<string, TableInfo>;
  /** provinces that have data, by canonical name */
  provinces: Map<string, ProvinceData>;
  index: MiniSearch<IndexedUnit>;
  /** compact folded word windows of unit names: never mistaken for a misspelled province */
  vocabulary: Set<string>;
  version: number;
}

interface IndexedUnit {
  idx: number;
  name: string;
}

function variantOf(name: string): Variant {
  const tokens = distinctiveTokens(name);
  const folded = tokens.map(fold);
  return { tokens, folded, compact: folded.join("") };
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function tableAverage(table: Table, entries: Entry[]): TableInfo["average"] {
  if (table.average) return { total: table.average.total, components: table.average.components, printed: true };
  const ranked = entries.filter((e) => e.rank !== null);
  const components: Record<string, number> = {};
  for (const c of table.columns) {
    const m = mean(ranked.map((e) => e.components[c.name]).filter((v): v is number => v !== undefined));
    if (m !== null) components[c.name] = m;
  }
  return { total: mean(ranked.map((e) => e.total).filter((v): v is number => v !== null)), components, printed: false };
}

export function buildKnowledge(dataset: Dataset): Knowledge {
  const entries = allEntries(dataset);
  const entriesByUnit = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = entriesByUnit.get(e.unitId) ?? [];
    list.push(e);
    entriesByUnit.set(e.unitId, list);
  }
  for (const list of entriesByUnit.values()) list.sort((a, b) => a.year - b.year);

  const byTable = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byTable.get(e.tableId) ?? [];
    list.push(e);
    byTable.set(e.tableId, list);
  }
  const tables = new Map<string, TableInfo>();
  const provinces = new Map<string, ProvinceData>();
  for (const decision of dataset.decisions) {
    const p = provinces.get(decision.province) ?? { name: decision.province, years: [], tableIds: [] };
    if (!p.years.includes(decision.year)) p.years.push(decision.year);
    p.years.sort((a, b) => a - b);
    for (const table of decision.tables) {
      const list = (byTable.get(table.id) ?? []).slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      tables.set(table.id, { decision, table, entries: list, average: tableAverage(table, list) });
      p.tableIds.push(table.id);
    }
    provinces.set(decision.province, p);
  }

  const units: UnitInfo[] = dataset.units.map((u) => {
    const variants = [u.name, ...u.aliases.filter((a) => a !== u.name)].map(variantOf);
    const years = [...new Set((entriesByUnit.get(u.id) ?? []).map((e) => e.year))].sort((a, b) => a - b);
    return {
      id: u.id,
      province: u.province,
      name: u.name,
      kind: u.kind,
      variants,
      nameKey: variants[0]!.folded.join(" "),
      years,
    };
  });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitsByProvince = new Map<string, UnitInfo[]>();
  for (const u of units) unitsByProvince.set(u.province, [...(unitsByProvince.get(u.province) ?? []), u]);

  const index = new MiniSearch<IndexedUnit>({
    idField: "idx",
    fields: ["name"],
    tokenize: tokenizeForSearch,
    processTerm,
    searchOptions: {
      tokenize: tokenizeForSearch,
      processTerm,
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
      prefix: (term) => term.length >= 4,
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: "OR",
    },
  });
  index.addAll(
    dataset.units.map((u, idx) => ({ idx, name: [u.name, ...u.aliases].join(" \n ") })),
  );

  const vocabulary = new Set<string>();
  for (const u of units)
    for (const v of u.variants)
      for (let i = 0; i < v.folded.length; i++)
        for (let w = 1; w <= 3 && i + w <= v.folded.length; w++) vocabulary.add(v.folded.slice(i, i + w).join(""));

  return { dataset, entries, units, unitById, unitsByProvince, entriesByUnit, tables, provinces, index, vocabulary, version: SEARCH_INDEX_VERSION };
}

export interface ScoredUnit {
  unit: UnitInfo;
  /** 0..1: how much of the unit's distinctive name the words cover, exact spelling weighing most */
  coverage: number;
  /** how many distinctive words matched */
  matched: number;
  score: number;
}

export type Resolution =
  | { status: "ok"; unit: UnitInfo; best: ScoredUnit; others: ScoredUnit[] }
  | { status: "ambiguous"; candidates: UnitInfo[]; best: ScoredUnit[] }
  | { status: "not_found"; suggestions: UnitInfo[] };

export interface ResolveOptions {
  /** only units of this province */
  province?: string;
  /** among equally good units, those of this province win (the province of the conversation) */
  preferProvince?: string;
}

/** How well one query token stands for one name token. */
function tokenMatch(q: string, qf: string, u: string, uf: string): number {
  if (q === u) return 1;
  if (qf === uf) return hasDiacritics(q) ? 0.5 : 0.95;
  if (uf.length >= 3 && qf.length >= 3 && editDistance(qf, uf, 1) <= 1) return hasDiacritics(q) ? 0.45 : 0.7;
  if (uf.length >= 5 && qf.length >= 5 && editDistance(qf, uf, 2) <= 2) return 0.45;
  return 0;
}

function scoreVariant(v: Variant, tokens: string[], folded: string[], compact: string): { coverage: number; matched: number } {
  if (v.tokens.length === 0) return { coverage: 0, matched: 0 };
  let sum = 0;
  let matched = 0;
  for (let i = 0; i < v.tokens.length; i++) {
    let best = 0;
    for (let j = 0; j < tokens.length && best < 1; j++) best = Math.max(best, tokenMatch(tokens[j]!, folded[j]!, v.tokens[i]!, v.folded[i]!));
    sum += best;
    if (best > 0) matched++;
  }
  let coverage = sum / v.tokens.length;
  // Missing spaces ("Sởytế", "taichinh"): the whole name inside the glued question.
  if (coverage < 0.9 && v.compact.length >= 3 && compact.includes(v.compact)) {
    coverage = 0.9;
    matched = Math.max(matched, v.tokens.length);
  }
  return { coverage, matched };
}

export function scoreUnit(unit: UnitInfo, tokens: string[]): ScoredUnit {
  const folded = tokens.map(fold);
  const compact = folded.join("");
  let coverage = 0;
  let matched = 0;
  for (const v of unit.variants) {
    const s = scoreVariant(v, tokens, folded, compact);
    if (s.coverage > coverage || (s.coverage === coverage && s.matched > matched)) ({ coverage, matched } = s);
  }
  return { unit, coverage, matched, score: coverage + 0.02 * Math.min(matched, 5) };
}

/** A name is taken as meant when most of it is there, or at least two of its distinctive words. */
function acceptable(s: ScoredUnit): boolean {
  return s.coverage >= 0.6 || (s.matched >= 2 && s.coverage >= 0.25);
}

/** Kind words in the question ("sở", "huyện", "thành phố") favour units of that kind. */
function kindBonus(unit: UnitInfo, folded: ReadonlySet<string>): number {
  const dept = folded.has("so") || folded.has("ban");
  const district = folded.has("huyen") || folded.has("thanh") || folded.has("thi");
  if (unit.kind === "department" && dept && !district) return 0.01;
  if (unit.kind === "district" && district && !dept) return 0.01;
  return 0;
}

/** Resolve the unit named by tokens that no longer contain the province or the question words. */
export function resolveTokens(k: Knowledge, tokens: string[], opts: ResolveOptions = {}): Resolution {
  const meaningful = tokens.filter((t) => !isGeneric(t));
  if (meaningful.length === 0) return { status: "not_found", suggestions: [] };
  const inProvince = (u: UnitInfo) => opts.province === undefined || u.province === opts.province;
  const seen = new Set<string>();
  const scored: ScoredUnit[] = [];
  const foldedSet = new Set(tokens.map(fold));
  const consider = (u: UnitInfo) => {
    if (seen.has(u.id) || !inProvince(u)) return;
    seen.add(u.id);
    const s = scoreUnit(u, tokens);
    s.score += kindBonus(u, foldedSet) + (opts.preferProvince === u.province ? 0.005 : 0);
    if (s.matched > 0) scored.push(s);
  };
  // Within one province there are few units: score them all. Across provinces, MiniSearch narrows
  // the field first, queried with the folded distinctive words (the index holds both forms).
  const local = opts.province === undefined ? undefined : k.unitsByProvince.get(opts.province);
  if (local) for (const u of local) consider(u);
  else {
    const query = [...new Set(meaningful.map(fold))].join(" ");
    for (const h of k.index.search(query).slice(0, 60)) {
      const u = k.units[h.id as number];
      if (u) consider(u);
    }
  }
  if (!scored.some(acceptable)) for (const u of k.units) consider(u);
  scored.sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name));
  const accepted = scored.filter(acceptable);
  const top = accepted[0];
  if (!top) return { status: "not_found", suggestions: scored.slice(0, 5).map((s) => s.unit) };

  // Equally good: the same name in several provinces, or several close names.
  const ties = accepted.filter((s) => top.score - s.score < 0.004 || (s.unit.nameKey === top.unit.nameKey && s.coverage === top.coverage));
  const distinct = new Set(ties.map((s) => s.unit.id));
  if (distinct.size > 1) {
    const preferred = opts.preferProvince ? ties.filter((s) => s.unit.province === opts.preferProvince) : [];
    if (preferred.length === 1) return { status: "ok", unit: preferred[0]!.unit, best: preferred[0]!, others: accepted.slice(1) };
    return { status: "ambiguous", candidates: ties.map((s) => s.unit), best: ties };
  }
  return { status: "ok", unit: top.unit, best: top, others: accepted.slice(1) };
}

/** Resolve a unit from free text ("Sở Y tế Bắc Ninh", "so y te bac ninh", "Việt Yên"). */
export function resolveUnit(k: Knowledge, text: string, opts: ResolveOptions = {}): Resolution {
  const { tokens, mentions } = findProvinces(tokenizeForSearch(text), k.vocabulary);
  const named = mentions.find((m) => k.provinces.has(m.province.name));
  const keep = new Set<number>();
  for (let i = 0; i < tokens.length; i++) keep.add(i);
  for (const m of mentions) if (!m.asUnit) for (let i = m.start; i < m.end; i++) keep.delete(i);
  const rest = tokens.filter((_, i) => keep.has(i));
  const province = opts.province ?? named?.province.name;
  return resolveTokens(k, rest, province === undefined ? opts : { ...opts, province });
}
