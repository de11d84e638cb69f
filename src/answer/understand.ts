/**
 * Words → a plan: the typed query a question asks (see query.ts), or the reason it cannot be asked
 * of these data (a province, ministry or year they do not hold), or a question back (which unit?).
 * Pure. Names are resolved here, against the knowledge; nothing is evaluated.
 *
 * PRECEDENCE — the one place where signals that compete are ranked:
 *  1. Nothing but greetings, thanks or small talk → small talk; help words alone → help.
 *  2. A fragment that leans on the conversation ("còn khối huyện?", "năm 2021 thì sao?", "so với Quế
 *     Võ?", "Bắc Giang thì sao?") → the last query with the fragment's slots put in (`followUp`).
 *  2b. What the provincial data cannot answer: a ministry → not held; provinces named alone and
 *     compared, a province without provincial data, or "cả nước"/"tỉnh nào" → the national table
 *     (its row, its ordering, its overview) or, without one, "not held" with what exists.
 *     A 2025 department's new name → every predecessor the data hold.
 *  3. Two or three named units (segments that resolve to distinct units) → compare. One side that is
 *     only a year ("Việt Yên 2021 so với 2023") or two years at all → trend.
 *  4. A named unit → lookup of that unit (rank, total, grade or a component as the words ask), also
 *     when the words are superlative ("Sở KHĐT đứng cuối à?" asks about that unit).
 *  5. Without a named unit, over every unit in scope: count ("có bao nhiêu") › list by a filter (a
 *     grade, a threshold, above/below the average) › average › a position ("thứ 3", "áp chót") ›
 *     an ordering (superlative: take 1; "top"/plural: take N, default 5 or 3 from the bottom; "danh
 *     sách", "xếp theo": every unit) › overview (a province or the nation named alone).
 * The measure is independent of all that: a component if one is named, else the grade or the total
 * when asked ("xếp loại gì", "bao nhiêu điểm"), else the rank.
 */
import type { IndexKind } from "../domain/dataset.js";
import { NATIONAL } from "../dataset/read-model.js";
import { resolveTokens, type Knowledge, type Resolution, type Resolutions, type UnitInfo } from "../search/index.js";
import { isGeneric, tokenizeForSearch } from "../search/terms.js";
import type { ProvinceMention } from "../search/provinces.js";
import { DEPARTMENT_MERGERS_2025, type DepartmentMerger } from "../text/departments.js";
import { foldCached as fold, foldKeyCached as nameKey } from "../text/fold-cached.js";
import { PROVINCES } from "../text/provinces.js";
import type { ParsedQuestion, Side } from "./parse.js";
import type { Filter, Measure, Operation, Query, Scope, Subject } from "./query.js";
import type { Conversation, Notice, ProblemDetails, ProblemReason, QuestionKind } from "./types.js";

export type Plan =
  | { kind: "query"; query: Query; notices: Notice[] }
  | { kind: "help" }
  | { kind: "smalltalk"; which: "greeting" | "thanks" | "other" }
  | { kind: "problem"; reason: ProblemReason; extra: Partial<ProblemDetails>; questionKind: QuestionKind; notices: Notice[] }
  | { kind: "ambiguous"; units: UnitInfo[]; questionKind: QuestionKind; year: number | null; index: IndexKind | null; notices: Notice[] }
  | { kind: "merged"; merger: DepartmentMerger; units: UnitInfo[]; year: number | null; notices: Notice[] };

/** Question words that say nothing about what is asked. */
const OPERATION_KINDS = ["trend", "compare", "bottom", "top", "listing", "order", "count", "average", "above_average", "below_average", "overview", "rank", "score", "grade", "national", "unranked", "full_marks"] as const;
/** Leftovers that are no name ("à", "nhỉ") and make a question no harder to place. */
const PARTICLES = new Set(["a", "u", "ok", "ha", "ho", "nha", "di", "nhe", "the", "thi", "co", "khong", "vay", "ne", "nao", "ai", "la", "gi"]);

function problem(reason: ProblemReason, extra: Partial<ProblemDetails> = {}, questionKind: QuestionKind = "unknown", notices: Notice[] = []): Plan {
  return { kind: "problem", reason, extra, questionKind, notices };
}

function hasOperationWords(q: ParsedQuestion): boolean {
  return OPERATION_KINDS.some((k) => q.kinds.has(k)) || q.grade !== null || q.threshold !== null || q.range !== null || q.position !== null || q.n !== null;
}

/** Words that could be part of a unit name (not just particles). */
export function nameWords(tokens: string[]): string[] {
  return tokens.filter((t) => t.length >= 2 && !PARTICLES.has(fold(t)) && !isGeneric(t) && !GENERIC_FOLDED.has(fold(t)));
}

/** The words that only say what kind of unit is meant, typed without diacritics ("so", "huyen"). */
const GENERIC_FOLDED = new Set(["so", "huyen", "thi", "xa", "thanh", "pho", "tinh", "don", "vi", "co", "quan", "cac", "va", "hay", "hoac", "or", "vs", "versus"]);

function measureOf(q: ParsedQuestion): Measure {
  const basis = q.kinds.has("cut") || q.kinds.has("gain") ? { basis: "cut" as const } : q.kinds.has("declared") ? { basis: "declared" as const } : {};
  if (q.concept) return { kind: "component", concept: q.concept.id, ...basis };
  if ("basis" in basis) return { kind: "total", ...basis };
  if (q.grade !== null) return { kind: "grade" };
  if (q.kinds.has("grade") && q.grade === null) return { kind: "grade" };
  if (q.kinds.has("score") || q.kinds.has("full_marks") || q.threshold !== null || q.range !== null || q.kinds.has("average") || q.kinds.has("above_average") || q.kinds.has("below_average"))
    return { kind: "total" };
  return { kind: "rank" };
}

function filterOf(q: ParsedQuestion): Filter | null {
  if (q.kinds.has("unranked")) return { kind: "unranked" };
  if (q.kinds.has("full_marks")) return { kind: "full" };
  // "huyện nào bị mất điểm sau rà soát", "mấy huyện được cộng điểm": the sign of the review's cut.
  if ((q.kinds.has("cut") || q.kinds.has("gain")) && !q.kinds.has("top") && !q.kinds.has("bottom") && (q.kinds.has("count") || q.plural || q.singular))
    return { kind: "sign", sign: q.kinds.has("gain") ? "negative" : "positive" };
  if (q.grade !== null)
    return { kind: "grade", grade: q.grade, ...(q.grades.length > 1 ? { also: q.grades.slice(1) } : {}), ...(q.gradeBound ? { bound: q.gradeBound } : {}) };
  if (q.range) return { kind: "range", min: q.range.min, max: q.range.max };
  if (q.threshold) return { kind: "threshold", op: q.threshold.op, value: q.threshold.value };
  if (q.kinds.has("above_average")) return { kind: "average", op: "above" };
  if (q.kinds.has("below_average")) return { kind: "average", op: "below" };
  return null;
}

/** The ordering a question asks for, or null when it asks for none. */
function orderingOf(q: ParsedQuestion): Operation | null {
  const bottom = q.kinds.has("bottom") || q.kinds.has("ascending");
  const asked = q.kinds.has("top") || q.kinds.has("bottom") || q.kinds.has("listing") || q.kinds.has("order") || q.kinds.has("ascending") || q.n !== null;
  if (!asked) return null;
  const direction = bottom ? "asc" : "desc";
  if (q.n !== null) return { kind: "order", direction, take: q.n };
  if (q.kinds.has("order") && !q.kinds.has("top") && !q.kinds.has("bottom")) return { kind: "order", direction, take: null };
  if (q.singular && !q.plural) return { kind: "order", direction, take: 1 };
  return { kind: "order", direction, take: bottom ? 3 : 5 };
}

/**
 * Over the years, for every unit: plain, or the units that rose (fell) in rank, furthest first — all of
 * them ("những sở nào tụt hạng"), or the N furthest when a superlative asks ("tụt hạng nhiều nhất").
 */
function trendOperation(q: ParsedQuestion): Operation {
  const rise = q.kinds.has("rise");
  const fall = q.kinds.has("fall");
  const superlative = q.kinds.has("top") || q.kinds.has("bottom");
  if (!rise && !fall && !superlative) return { kind: "trend" };
  const direction = fall && !rise ? "fall" : rise && !fall ? "rise" : q.kinds.has("bottom") ? "fall" : "rise";
  const take = q.n ?? (superlative ? (q.singular && !q.plural ? 1 : 5) : null);
  return { kind: "trend", movers: { direction, take } };
}

/** The province a side of the question names: one with data, or the first one named at all. */
export function namedProvince(mentions: ProvinceMention[], k: Knowledge): { data: string | null; other: ProvinceMention | null } {
  const withData = mentions.find((m) => k.provinces.has(m.province.name));
  if (withData) return { data: withData.province.name, other: null };
  return { data: null, other: mentions.find((m) => !m.asUnit) ?? mentions[0] ?? null };
}

/** Provinces merged into `province` in 2025 that have data of their own (Bắc Giang for Bắc Ninh). */
function absorbed(k: Knowledge, province: string): string[] {
  return PROVINCES.filter((p) => p.mergedInto === province && k.provinces.has(p.name)).map((p) => p.name);
}

interface Resolved {
  resolution: Resolution;
  /** the unit was found in a province merged into the one named ("Lạng Giang tỉnh Bắc Ninh") */
  via: { province: string; into: string } | null;
}

/**
 * How exactly the words were read: a name found only through typos, or words left unplaced, make a
 * reading inexact — and worth checking against the keystrokes of a switched-off keyboard.
 */
export interface Reading {
  exact: boolean;
  /** resolutions already made for this question (sides of a comparison are read again as a whole) */
  resolved?: Map<string, Resolved>;
  /** the resolver's answers for this question, shared with the suggestions of a "not found" */
  resolutions?: Resolutions;
}

function resolveIn(k: Knowledge, tokens: string[], province: string | null, conv: Conversation, reading: Reading): Resolved {
  const key = `${province ?? ""}\u0000${tokens.join(" ")}`;
  const known = reading.resolved?.get(key);
  if (known) return note(known, tokens, reading);
  const r = resolveFresh(k, tokens, province, conv, reading);
  (reading.resolved ??= new Map()).set(key, r);
  return r;
}

function resolveFresh(k: Knowledge, tokens: string[], province: string | null, conv: Conversation, reading: Reading): Resolved {
  const prefer = conv.province ? { preferProvince: conv.province } : {};
  const first = resolveTokens(k, tokens, { ...(province ? { province } : {}), ...prefer }, (reading.resolutions ??= new Map()));
  const exact = (r: Resolution) => readsExactly(r, tokens);
  if (province === null || exact(first)) return note({ resolution: first, via: null }, tokens, reading);
  // "Hiệp Hòa, Bắc Ninh": today's province named, the unit found exactly in a province merged into it.
  let fallback: Resolved | null = null;
  for (const old of absorbed(k, province)) {
    const r = resolveTokens(k, tokens, { province: old });
    if (exact(r) || (first.status === "not_found" && r.status !== "not_found")) {
      fallback = { resolution: r, via: { province: old, into: province } };
      if (exact(r)) break;
    }
  }
  return note(fallback ?? { resolution: first, via: null }, tokens, reading);
}

/**
 * The name read with every word, or, when that names no unit exactly, without the fillers that are
 * also name words: "huyện Yên Thế" needs its "Thế", "cho em hỏi thế Sở Y tế" does not.
 */
function resolveWithFillers(k: Knowledge, hard: string[], all: string[], province: string | null, conv: Conversation, reading: Reading): Resolved {
  if (hard.length === all.length) return resolveIn(k, all, province, conv, reading);
  const exact = (r: Resolved, tokens: string[]) => readsExactly(r.resolution, tokens);
  const trial: Reading = { exact: true, resolved: (reading.resolved ??= new Map()), resolutions: (reading.resolutions ??= new Map()) };
  const whole = resolveIn(k, all, province, conv, trial);
  if (exact(whole, all)) return whole;
  const withoutFillers = resolveIn(k, hard, province, conv, { ...trial, exact: true });
  if (exact(withoutFillers, hard)) return withoutFillers;
  reading.exact = false;
  // Neither reads exactly ("Sở Tài nguyên … thế"): the one whose unit holds more of the words read.
  return heldShare(withoutFillers, hard) > heldShare(whole, all) ? withoutFillers : whole;
}

/** The share of the name words that the unit found carries (0 when none is found). */
function heldShare(r: Resolved, tokens: string[]): number {
  const unit = r.resolution.status === "ok" ? r.resolution.unit : r.resolution.status === "ambiguous" ? r.resolution.candidates[0] : undefined;
  const words = nameWords(tokens);
  if (!unit || words.length === 0) return 0;
  const names = new Set(unit.variants.flatMap((v) => v.folded));
  return words.filter((w) => names.has(fold(w))).length / words.length;
}

/** A whole name is 1 spelt exactly, 0.95 without diacritics; typos and missing words score less. */
const EXACT_COVERAGE = 0.9;

/** Every word of the question is a word of the unit's name (as spelt, or without diacritics). */
/** One unit, its whole name spelt near-exactly, and no word the name lacks. */
function readsExactly(r: Resolution, tokens: string[]): boolean {
  return r.status === "ok" && r.best.coverage >= EXACT_COVERAGE && coversAll(r.unit, tokens);
}

function coversAll(unit: UnitInfo, tokens: string[]): boolean {
  const words = new Set(unit.variants.flatMap((v) => v.folded));
  return tokens.every((t) => isGeneric(t) || words.has(fold(t)));
}

/** Exact when the words name one unit and nothing else. */
function note(r: Resolved, tokens: string[], reading: Reading): Resolved {
  if (r.resolution.status !== "ok" || !coversAll(r.resolution.unit, tokens)) reading.exact = false;
  return r;
}

/** A department's name without its "Sở"/"Ban", folded: how 2025 names and older ones are compared. */
function departmentKey(name: string): string {
  return nameKey(name)
    .replace(/^(so|ban) /u, "")
    .replace(/ va /gu, " ");
}

const MERGER_KEYS = DEPARTMENT_MERGERS_2025.map((m) => ({ merger: m, key: departmentKey(m.name), short: initials(departmentKey(m.name)) }));

/** "nông nghiệp môi trường" → "nn mt": how the new names are abbreviated ("Sở NN&MT", "DT&TG"). */
function initials(key: string): string {
  const words = key.split(" ");
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push(`${words[i]![0]}${words[i + 1]![0]}`);
  return words.length % 2 === 0 ? pairs.join(" ") : "";
}

/** Per knowledge, the department keys of its unit names and its national units by province, built once. */
const unitKeys = new WeakMap<Knowledge, { keys: Set<string>; national: Map<string, UnitInfo>; ministries: { key: string; unit: UnitInfo }[] }>();

function keysOf(k: Knowledge) {
  let known = unitKeys.get(k);
  if (!known) {
    const national = new Map<string, UnitInfo>();
    const ministries: { key: string; unit: UnitInfo }[] = [];
    for (const u of k.unitsByProvince.get(NATIONAL) ?? []) {
      if (u.kind === "province") national.set(nameKey(u.name).replace(/^(tinh|thanh pho|tp) /u, ""), u);
      else ministries.push({ key: ` ${nameKey(u.name)} `, unit: u });
    }
    // the longest name first, so "Bộ Khoa học và Công nghệ" is not taken for a shorter name inside it
    ministries.sort((a, b) => b.key.length - a.key.length);
    known = { keys: new Set(k.units.map((u) => departmentKey(u.name))), national, ministries };
    unitKeys.set(k, known);
  }
  return known;
}

/** A 2025 department named by its new name that no unit in the data carries ("Sở Nông nghiệp và Môi trường"). */
function mergerNamed(k: Knowledge, residual: string[]): DepartmentMerger | null {
  const asked = ` ${residual.map(fold).filter((t) => t !== "va").join(" ")} `;
  const glued = asked.replace(/ /gu, "");
  for (const m of MERGER_KEYS) {
    const named = asked.includes(` ${m.key} `) || (m.short !== "" && (asked.includes(` ${m.short} `) || glued.includes(m.short.replace(/ /gu, "") + "")) && m.short.length >= 5);
    if (named && !keysOf(k).keys.has(m.key)) return m.merger;
  }
  return null;
}

/** The units standing for a merger's predecessors, found as their names are read ("Sở Lao động và Thương binh xã hội" too). */
function predecessorsIn(k: Knowledge, m: DepartmentMerger, province: string | null): UnitInfo[] {
  // Six mergers × the provinces held: few enough to remember, and resolving each predecessor's name is the
  // dearest step of these questions.
  let known = predecessorCache.get(k);
  if (!known) predecessorCache.set(k, (known = new Map()));
  const key = `${m.name}\u0000${province ?? ""}`;
  let units = known.get(key);
  if (!units) known.set(key, (units = resolvePredecessors(k, m, province)));
  return units;
}

const predecessorCache = new WeakMap<Knowledge, Map<string, UnitInfo[]>>();

function resolvePredecessors(k: Knowledge, m: DepartmentMerger, province: string | null): UnitInfo[] {
  return m.predecessors.flatMap((p) => {
    const r = resolveTokens(k, tokenizeForSearch(p), province === null ? {} : { province });
    if (r.status === "ok") return r.best.coverage >= EXACT_COVERAGE ? [r.unit] : [];
    return r.status === "ambiguous" ? r.best.filter((b) => b.coverage >= EXACT_COVERAGE).map((b) => b.unit) : [];
  });
}

/** A block of a province's own tables (departments, districts) is asked, not the national one. */
function provincialBlockAsked(q: ParsedQuestion): boolean {
  return q.block !== null && q.block !== "provinces" && q.block !== "ministries";
}

function nationalHeld(k: Knowledge): boolean {
  return k.provinces.has(NATIONAL);
}

/**
 * A ministry (or other central agency) of a national table named in the question: its whole name ("Bộ Tài
 * chính"), or three or more of its words in a row ("Ngân hàng Nhà nước" for "… Việt Nam", whose last words
 * the question reads as the country).
 */
function ministryNamed(k: Knowledge, residual: string[]): UnitInfo | null {
  const ministries = keysOf(k).ministries;
  if (ministries.length === 0) return null;
  const asked = ` ${nameKey(residual.join(" "))} `;
  const whole = ministries.find((m) => asked.includes(m.key));
  if (whole) return whole.unit;
  if (asked.trim().split(" ").length < 3) return null;
  const within = ministries.filter((m) => m.key.includes(asked));
  return within.length === 1 ? within[0]!.unit : null;
}

/** Words that name the ministries' block ("bộ nào dẫn đầu", "top 3 bộ ngành"), not a ministry. */
const MINISTRY_BLOCK_WORDS = new Set(["bo", "nganh", "cac", "co", "quan"]);

/** The question's leftover words only say "the ministries" ("bộ nào dẫn đầu", "các bộ ngành"). */
function onlyMinistryWords(q: ParsedQuestion): boolean {
  const words = nameWords(q.residual);
  return words.length > 0 && words.every((w) => MINISTRY_BLOCK_WORDS.has(fold(w))) && words.some((w) => fold(w) === "bo");
}

/** The question asks of the ministries as a block, and the data rank some. */
function ministriesAsked(q: ParsedQuestion, k: Knowledge): boolean {
  return onlyMinistryWords(q) && keysOf(k).ministries.length > 0;
}

/** The national table's unit for a province ("Bắc Ninh xếp thứ mấy cả nước"), where the data hold one. */
export function nationalUnitOf(k: Knowledge, province: string): UnitInfo | null {
  return keysOf(k).national.get(nameKey(province)) ?? null;
}

function baseScope(q: ParsedQuestion, province: string | null, national: boolean): Scope {
  return { province, national, block: q.block, years: q.years.length === 1 ? [q.years[0]!] : [], index: q.index };
}

function queryPlan(scope: Scope, subject: Subject, measure: Measure, operation: Operation, notices: Notice[]): Plan {
  return { kind: "query", query: { scope, subject, measure, operation }, notices };
}

/** The operation a question asks of every unit in scope (precedence step 5), or null. */
function collectionOperation(q: ParsedQuestion): { subject: Subject; operation: Operation } | null {
  const filter = filterOf(q);
  if (q.kinds.has("count")) return { subject: { kind: "all" }, operation: { kind: "count", filter } };
  if (filter) return { subject: { kind: "all" }, operation: { kind: "list", filter } };
  if (q.kinds.has("average")) return { subject: { kind: "all" }, operation: { kind: "average" } };
  if (q.position) {
    if (q.position.n === 1) return { subject: { kind: "all" }, operation: { kind: "order", direction: q.position.fromEnd ? "asc" : "desc", take: 1 } };
    return { subject: { kind: "position", n: q.position.n, fromEnd: q.position.fromEnd }, operation: { kind: "lookup" } };
  }
  const ordering = orderingOf(q);
  if (ordering) return { subject: { kind: "all" }, operation: ordering };
  return null;
}

/** The query of the last answer, or one rebuilt from the older conversation fields. */
function previousQuery(conv: Conversation): Query | null {
  if (conv.query) return conv.query;
  if (!conv.unitId) return null;
  return {
    scope: { province: conv.province ?? null, national: false, block: null, years: conv.year !== undefined ? [conv.year] : [], index: conv.index ?? null },
    subject: { kind: "units", unitIds: [conv.unitId] },
    measure: { kind: "rank" },
    operation: conv.kind === "trend" ? { kind: "trend" } : { kind: "lookup" },
  };
}

/**
 * A fragment leans on the conversation: no name or only a "còn …" one, and no province of its own
 * unless it is only that ("Bắc Giang thì sao?").
 */
function isFragment(q: ParsedQuestion, prev: Query, namesTwoUnits: () => boolean): boolean {
  // "top 10 tỉnh" after a provincial question starts a national one.
  if (!prev.scope.national && (q.kinds.has("national") || q.block === "provinces" || q.block === "ministries")) return false;
  // "so với Sở Y tế Cao Bằng?" after a unit: one side named, the other the last answer's.
  if (q.kinds.has("compare") && prev.subject.kind === "units" && nameWords(q.residual).length > 0 && (q.segments.length <= 1 || !namesTwoUnits())) return true;
  if (q.provinces.some((m) => !m.asUnit)) return q.kinds.has("followup") && nameWords(q.residual).length === 0 && !hasOperationWords(q);
  // "compare it with the Department of Education": one side named, the other is the last answer's.
  return q.followUp || nameWords(q.residual).length === 0 || (q.kinds.has("compare") && (q.segments.length <= 1 || !namesTwoUnits()));
}

/** The last query with what the fragment says put in (precedence step 2). */
function followUp(q: ParsedQuestion, k: Knowledge, conv: Conversation, prev: Query, reading: Reading, all: string[] = q.residual): Plan {
  const scope: Scope = { ...prev.scope, ...(q.years.length === 1 ? { years: [q.years[0]!] } : {}), ...(q.index ? { index: q.index } : {}) };
  if (q.block) scope.block = q.block;
  let measure = q.concept || q.kinds.has("score") || q.kinds.has("grade") ? measureOf(q) : prev.measure;
  const words = nameWords(q.residual);
  const prevUnits = prev.subject.kind === "units" ? prev.subject.unitIds : conv.unitId ? [conv.unitId] : [];
  const province = namedProvince(q.provinces, k);
  // "so với Sở Y tế Cao Bằng?": the unit named there, beside the last one.
  if (q.kinds.has("compare") && words.length > 0 && prevUnits.length > 0 && province.data !== null) {
    const { resolution } = resolveWithFillers(k, q.residual, all, province.data, conv, reading);
    if (resolution.status === "ok" && !prevUnits.includes(resolution.unit.id))
      return queryPlan({ ...scope, province: resolution.unit.province, years: [], block: null }, { kind: "units", unitIds: [prevUnits[0]!, resolution.unit.id] }, measure, { kind: "compare" }, []);
  }
  if (province.data !== null || province.other !== null) {
    // "Bắc Giang thì sao?": the same question about another province (its unit of the same name).
    if (province.data === null) {
      const row = prev.scope.national ? nationalUnitOf(k, province.other!.province.name) : null;
      if (row) return queryPlan(scope, { kind: "units", unitIds: [row.id] }, measure, prev.operation, []);
      return problem("no_data_province", { province: province.other!.province.name }, "unknown");
    }
    // Units the last question named (not the winner of an ordering: that question asked of every unit).
    const others = (prev.subject.kind === "units" ? prev.subject.unitIds : []).map((id) => k.unitById.get(id)).filter((u) => u !== undefined);
    if (prev.scope.national) {
      const row = nationalUnitOf(k, province.data);
      if (row) return queryPlan(scope, { kind: "units", unitIds: [row.id] }, measure, prev.operation, []);
    }
    const moved = others.map((u) => (k.unitsByProvince.get(province.data!) ?? []).find((v) => v.nameKey === u.nameKey)).filter((u) => u !== undefined);
    if (others.length > 0 && moved.length === others.length)
      return queryPlan({ ...scope, province: province.data, years: [] }, { kind: "units", unitIds: moved.map((u) => u.id) }, measure, prev.operation, []);
    if (others.length > 0) return problem("unit_not_found", { province: province.data, asked: others[0]!.name, suggestions: [] }, "rank");
    return queryPlan({ ...scope, province: province.data, years: [] }, prev.subject, measure, prev.operation, []);
  }
  // "so với năm 2021 thì sao?" after a unit of another year: its years side by side.
  const prevYear = prev.scope.years[0];
  if (q.kinds.has("compare") && q.years.length === 1 && prevUnits.length === 1 && words.length === 0 && prevYear !== undefined && prevYear !== q.years[0])
    return queryPlan({ ...scope, years: [prevYear, q.years[0]!].sort((a, b) => a - b), index: q.index }, { kind: "units", unitIds: prevUnits }, measure, { kind: "trend" }, []);
  // "đứng trên nó là huyện nào?" after a unit: the units beside that one.
  if (q.relative && prevUnits.length === 1 && words.length === 0) {
    const take = q.relative.next || (q.singular && !q.plural) ? 1 : null;
    return queryPlan({ ...scope, block: null }, { kind: "relative", unitId: prevUnits[0]!, direction: q.relative.direction, take }, measure, { kind: "lookup" }, []);
  }
  if (q.years.length >= 2 || q.kinds.has("trend"))
    return queryPlan({ ...scope, years: q.years }, prev.subject, measure, prev.subject.kind === "all" ? trendOperation(q) : { kind: "trend" }, []);
  if (words.length > 0) {
    const { resolution, via } = resolveWithFillers(k, q.residual, all, null, conv, reading);
    const notices: Notice[] = via ? [{ kind: "merged_province", province: via.province, into: via.into }] : [];
    if (resolution.status === "ambiguous") {
      const same = resolution.candidates.filter((c) => c.province === conv.province);
      if (same.length !== 1) return { kind: "ambiguous", units: resolution.candidates, questionKind: "rank", year: scope.years[0] ?? null, index: scope.index, notices };
      return withUnit(same[0]!);
    }
    if (resolution.status === "ok") return withUnit(resolution.unit);
    return problem("unit_not_found", { asked: words.join(" "), suggestions: [] }, "rank");

    function withUnit(unit: UnitInfo): Plan {
      // "còn Sở Nội vụ?" after a 2021 question stays in 2021 when that unit has it.
      const years = scope.years.filter((y) => unit.years.includes(y));
      const unitScope = { ...scope, province: unit.province, years, block: null };
      // "thêm Tiên Du nữa" after a comparison: one more side.
      if (q.kinds.has("add") && prev.operation.kind === "compare" && prevUnits.length > 0 && !prevUnits.includes(unit.id))
        return queryPlan(unitScope, { kind: "units", unitIds: [...prevUnits, unit.id].slice(0, 3) }, measure, { kind: "compare" }, notices);
      if ((q.kinds.has("compare") || q.kinds.has("add")) && prevUnits.length > 0 && !prevUnits.includes(unit.id))
        return queryPlan(unitScope, { kind: "units", unitIds: [prevUnits[0]!, unit.id] }, measure, { kind: "compare" }, notices);
      const operation: Operation = prev.operation.kind === "trend" ? prev.operation : { kind: "lookup" };
      return queryPlan(unitScope, { kind: "units", unitIds: [unit.id] }, measure, operation, notices);
    }
  }
  // "đó là những sở nào?", "which ones?" after a count: the units counted.
  if (prev.operation.kind === "count" && filterOf(q) === null && (q.singular || q.plural || q.kinds.has("order")))
    return queryPlan(scope, { kind: "all" }, measure, prev.operation.filter ? { kind: "list", filter: prev.operation.filter } : { kind: "order", direction: "desc", take: null }, []);
  const collection = collectionOperation(q);
  if (collection) {
    if (q.concept === null && collection.operation.kind === "order" && prev.measure.kind === "component") measure = prev.measure;
    // "loại tốt thì sao?" after a count counts again, with the new filter.
    const operation: Operation = collection.operation.kind === "list" && prev.operation.kind === "count" ? { kind: "count", filter: collection.operation.filter } : collection.operation;
    return queryPlan(scope, collection.subject, measure, operation, []);
  }
  // A block asked after a unit: that block's ranking.
  if (q.block && prev.subject.kind === "units") return queryPlan(scope, { kind: "all" }, measure, { kind: "order", direction: "desc", take: null }, []);
  return queryPlan(scope, prev.subject, measure, prev.operation, []);
}

/** The sides of a comparison that name distinct units, or null when fewer than two do. */
function compareSubject(q: ParsedQuestion, k: Knowledge, conv: Conversation, globalProvince: string | null, reading: Reading): { units: UnitInfo[]; ambiguous: UnitInfo[] | null; notices: Notice[] } | null {
  // A side that is only a province ("Sở Y tế Bắc Ninh và Hưng Yên") means the same unit there.
  const segments: Side[] = [];
  // …or before it: "Bắc Ninh vs Hưng Yên vs Cao Bằng health departments".
  const named = q.segments.filter((s) => nameWords(s.residual).length > 0);
  const provinceOnly = (s: Side) => nameWords(s.residual).length === 0 && s.provinces.some((m) => !m.asUnit && k.provinces.has(m.province.name));
  const sharedName = named.length === 1 && q.segments.length >= 2 && q.segments.every((s) => s === named[0] || provinceOnly(s)) && named[0]!.provinces.length > 0 ? named[0]!.residual : null;
  for (const s of q.segments) {
    const before = segments[segments.length - 1];
    if (nameWords(s.residual).length > 0) segments.push(s);
    else if (sharedName && provinceOnly(s)) segments.push({ ...s, residual: sharedName });
    else if (before && provinceOnly(s) && before.provinces.length > 0) segments.push({ ...s, residual: before.residual });
  }
  if (segments.length < 2) return null;
  const explicit = q.kinds.has("compare") || segments.slice(1).some((s) => !s.weak);
  // Weak separators ("và", commas) also join the words of one name ("Sở Lao động - Thương binh và Xã
  // hội"): when one unit's name holds every word, the question is about that unit.
  const places = new Set(segments.flatMap((s) => s.provinces.filter((m) => !m.asUnit).map((m) => m.province.name)));
  if (!explicit && places.size < 2) {
    const whole = resolveIn(k, q.residual, globalProvince, conv, { exact: true, resolved: (reading.resolved ??= new Map()), resolutions: (reading.resolutions ??= new Map()) }).resolution;
    if (whole.status === "ok" && coversAll(whole.unit, q.residual)) return null;
  }
  // Sides are read on their own; they count towards the question's reading only if it is a comparison.
  const sides: Reading = { exact: true, resolved: (reading.resolved ??= new Map()), resolutions: (reading.resolutions ??= new Map()) };
  const groups: Side[] = [];
  const resolved: Array<Resolution> = [];
  const notices: Notice[] = [];
  for (const s of segments) {
    const own = namedProvince(s.provinces, k).data;
    const r = resolveIn(k, s.residual, own ?? globalProvince, conv, sides);
    if (r.via) notices.push({ kind: "merged_province", province: r.via.province, into: r.via.into });
    const last = resolved[resolved.length - 1];
    const sameAsLast = last?.status === "ok" && r.resolution.status === "ok" && last.unit.id === r.resolution.unit.id;
    if ((r.resolution.status === "not_found" || sameAsLast) && s.weak && groups.length > 0) {
      // "Tài nguyên | và Môi trường": the side belongs to the name before it.
      const merged: Side = { ...groups[groups.length - 1]!, residual: [...groups[groups.length - 1]!.residual, ...s.residual] };
      groups[groups.length - 1] = merged;
      resolved[resolved.length - 1] = resolveIn(k, merged.residual, namedProvince(merged.provinces, k).data ?? globalProvince, conv, sides).resolution;
      continue;
    }
    groups.push(s);
    resolved.push(r.resolution);
  }
  if (resolved.length < 2 || resolved.some((r) => r.status === "not_found")) return null;
  if (!explicit && resolved.some((r) => r.status === "ambiguous")) return null;
  const units: UnitInfo[] = [];
  const provinceOfOk = resolved.find((r) => r.status === "ok");
  const anchor = provinceOfOk?.status === "ok" ? provinceOfOk.unit.province : conv.province ?? null;
  for (const r of resolved) {
    if (r.status === "ok") units.push(r.unit);
    else if (r.status === "ambiguous") {
      const same = r.candidates.filter((c) => c.province === anchor);
      if (same.length === 1) units.push(same[0]!);
      else {
        reading.exact = false;
        return { units: [], ambiguous: r.candidates, notices };
      }
    }
  }
  const distinct = [...new Map(units.map((u) => [u.id, u])).values()];
  if (distinct.length < 2) return null;
  // Weak separators ("và", commas) also join the words of one name: without a compare word, every
  // side must read as a whole unit name, or the question is about one unit.
  if (!explicit && resolved.some((r) => r.status === "ok" && r.best.coverage < EXACT_COVERAGE)) return null;
  if (!sides.exact) reading.exact = false;
  return { units: distinct.slice(0, 3), ambiguous: null, notices };
}

export function understand(asked: ParsedQuestion, k: Knowledge, conv: Conversation, reading: Reading = { exact: true }): Plan {
  const whole = ministriesAsked(asked, k) ? { ...asked, block: "ministries" as const, residual: [], ministry: false } : asked;
  // Fillers that are also name words ("cho em hỏi thế…") are read as fillers first (see step 4).
  const hard = whole.residual.filter((t) => !whole.softFillers.has(fold(t)));
  // …unless the fillers are all the name has ("huyen an thi": "an" is also English).
  const q = hard.length < whole.residual.length && nameWords(hard).length > 0 ? { ...whole, residual: hard } : whole;
  const words = nameWords(q.residual);
  const operationWords = hasOperationWords(q);
  // 1. Small talk and help.
  // Words left beside a greeting or thanks that name no unit ("cảm ơn bạn nhiều lắm") are part of it.
  if (q.smallTalk && q.provinces.length === 0 && !operationWords && (nameWords(whole.residual).length === 0 || resolveTokens(k, whole.residual).status === "not_found"))
    return { kind: "smalltalk", which: q.smallTalk };
  if (q.kinds.has("help") && words.length === 0 && q.provinces.length === 0 && !operationWords) return { kind: "help" };
  // "bộ nào dẫn đầu" of data that rank no ministry: say so, not "which province?".
  if (onlyMinistryWords(q) && keysOf(k).ministries.length === 0 && q.provinces.length === 0) return problem("no_ministry", {}, "top");

  const named = namedProvince(q.provinces, k);
  const national = q.kinds.has("national") || q.block === "provinces" || q.block === "ministries";
  const year = q.years.length === 1 ? q.years[0]! : null;
  const measure = measureOf(q);

  // 2. Fragments continue the conversation.
  const prev = previousQuery(conv);
  const namesTwoUnits = () => compareSubject(q, k, conv, named.data, { exact: true, resolved: (reading.resolved ??= new Map()), resolutions: (reading.resolutions ??= new Map()) }) !== null;
  if (prev && isFragment(q, prev, namesTwoUnits) && !(q.smallTalk && !operationWords)) return followUp(q, k, conv, prev, reading, whole.residual);

  // A ministry the national data rank, named in full: its row. Asked by a ministry the data do not rank: say so.
  const ministry = words.length > 0 && named.data === null ? ministryNamed(k, q.residual) : null;
  if (ministry) return queryPlan(baseScope(q, null, true), { kind: "units", unitIds: [ministry.id] }, measure, q.kinds.has("trend") ? { kind: "trend" } : { kind: "lookup" }, []);
  if (q.ministry && words.length > 0) {
    if (keysOf(k).ministries.length === 0) return problem("no_ministry", { asked: q.residual.join(" ") }, "rank");
    return problem("unit_not_found", { province: null, asked: q.residual.join(" "), suggestions: [] }, "rank");
  }
  if (q.communes && words.length === 0) return problem("block_missing", { province: named.data ?? named.other?.province.name ?? null }, "top");

  // Provinces named alone and compared ("so sánh Đà Nẵng và Hà Nội"): their rows in the national table.
  const provincesNamed = q.provinces.filter((m) => !m.asUnit);
  // Asked of their departments or districts ("top 3 sở của Bắc Ninh và Hưng Yên"), the provinces are
  // answered one at a time: the first, with a line saying the others can be asked.
  const ofTheirUnits = provincialBlockAsked(q) || collectionOperation(q) !== null;
  const others = ofTheirUnits ? [...new Set(provincesNamed.map((m) => m.province.name))].filter((p) => p !== named.data && k.provinces.has(p)) : [];
  if (words.length === 0 && provincesNamed.length >= 2 && !ofTheirUnits && (q.kinds.has("compare") || q.segments.length >= 2)) {
    const rows = [...new Set(provincesNamed.map((m) => nationalUnitOf(k, m.province.name)?.id))].filter((id) => id !== undefined);
    if (rows.length >= 2) return queryPlan({ ...baseScope(q, null, true), block: null }, { kind: "units", unitIds: rows.slice(0, 3) }, measure, { kind: "compare" }, []);
    if (!nationalHeld(k)) return problem("no_national", {}, "compare");
  }
  // A province the provincial data do not hold, named alone: its row in the national table, if any —
  // unless its departments or districts are asked ("Ninh Bình top 3 huyện"), which no table here ranks.
  const provincialBlock = provincialBlockAsked(q);
  if (named.data === null && named.other && words.length === 0 && !provincialBlock) {
    const unit = nationalUnitOf(k, named.other.province.name);
    if (unit) return queryPlan(baseScope(q, null, true), { kind: "units", unitIds: [unit.id] }, measure, q.kinds.has("trend") ? { kind: "trend" } : { kind: "lookup" }, []);
    if (national && !nationalHeld(k)) return problem("no_national", { province: named.other.province.name }, "rank");
  }
  if (named.data === null && named.other) {
    const notices: Notice[] = named.other.province.mergedInto ? [{ kind: "merged_province", province: named.other.province.name, into: named.other.province.mergedInto }] : [];
    return problem("no_data_province", { province: named.other.province.name, asked: words.join(" ") || null }, "unknown", notices);
  }

  // National scope: a province named with "cả nước" is that province's row; otherwise the national table.
  if (national) {
    if (!nationalHeld(k)) return problem("no_national", { province: named.data }, "rank");
    if (named.data !== null && words.length === 0) {
      const unit = nationalUnitOf(k, named.data);
      if (!unit) return problem("no_national", { province: named.data }, "rank");
      return queryPlan(baseScope(q, null, true), { kind: "units", unitIds: [unit.id] }, measure, q.kinds.has("trend") ? { kind: "trend" } : { kind: "lookup" }, []);
    }
    if (words.length === 0) {
      const collection = collectionOperation(q);
      // "bộ nào dẫn đầu" keeps to the ministries' table; other blocks are the provincial tables' words
      const scope = { ...baseScope(q, null, true), block: q.block === "ministries" || q.block === "provinces" ? q.block : null };
      if (collection) return queryPlan(scope, collection.subject, measure, collection.operation, []);
      return queryPlan(scope, { kind: "all" }, measure, { kind: "overview" }, []);
    }
  }

  // 2025 departments asked by their new name.
  const merger = words.length > 0 ? mergerNamed(k, q.residual) : null;
  if (merger) {
    const province = named.data ?? null;
    let units = predecessorsIn(k, merger, province);
    const notices: Notice[] = [];
    // Today's Bắc Ninh holds Bắc Giang's departments too.
    for (const old of province !== null && units.length === 0 ? absorbed(k, province) : []) {
      units = predecessorsIn(k, merger, old);
      if (units.length > 0) {
        notices.push({ kind: "merged_province", province: old, into: province! });
        break;
      }
    }
    if (units.length === 0) return problem("unit_not_found", { province, asked: q.residual.join(" "), suggestions: [] }, "rank");
    if (province === null && new Set(units.map((u) => u.province)).size > 1)
      return { kind: "ambiguous", units, questionKind: "rank", year, index: q.index, notices: [{ kind: "department_merged", name: merger.name, predecessors: [...merger.predecessors], date: merger.date }] };
    return { kind: "merged", merger, units, year, notices };
  }

  // 3. Comparisons and trends.
  const sides = q.sides;
  const yearOnlySide = sides !== null && (sides[0].residual.length === 0 || sides[1].residual.length === 0) && sides[0].years.length + sides[1].years.length >= 2;
  if (!yearOnlySide && q.years.length < 2) {
    const compared = compareSubject(q, k, conv, named.data, reading);
    if (compared?.ambiguous) return { kind: "ambiguous", units: compared.ambiguous, questionKind: "compare", year, index: q.index, notices: compared.notices };
    if (compared) {
      const years = year !== null ? [year] : [];
      return queryPlan({ ...baseScope(q, compared.units[0]!.province, false), years, block: null }, { kind: "units", unitIds: compared.units.map((u) => u.id) }, measure, { kind: "compare" }, compared.notices);
    }
  }
  const trend = q.kinds.has("trend") || q.years.length >= 2;

  // 4. A named unit.
  if (words.length > 0) {
    const resolved = resolveWithFillers(k, q.residual, whole.residual, named.data, conv, reading);
    const { via } = resolved;
    let { resolution } = resolved;
    const notices: Notice[] = via ? [{ kind: "merged_province", province: via.province, into: via.into }] : [];
    const collection = collectionOperation(q);
    const questionKind: QuestionKind = trend ? "trend" : collection ? "rank" : measure.kind === "total" ? "score" : measure.kind === "grade" ? "grade" : "rank";
    // More words that no name holds than words it does ("Trường Đại học Bách khoa", "UBND quận Hoàn
    // Kiếm"): a unit the data do not have, not the one that shares a word with it.
    const heldBy = (u: UnitInfo) => words.filter((w) => u.variants.some((v) => v.folded.includes(fold(w)) || (fold(w).length >= 5 && v.compact.includes(fold(w))))).length;
    const candidates = resolution.status === "ok" ? [resolution.unit] : resolution.status === "ambiguous" ? resolution.candidates : [];
    let held = Math.max(0, ...candidates.map(heldBy));
    const candidate = candidates[0] ?? null;
    // …unless the words hold a unit's whole name ("Huyện Yên Mỹ … sếp đang cần gấp"): the rest is chatter, reported.
    const asked = new Set(words.map(fold));
    const wholeName =
      candidates.some((u) => u.variants.some((v) => v.folded.length > 0 && v.folded.every((w) => asked.has(w)))) &&
      words.every((w) => candidates.some((u) => u.variants.some((v) => v.folded.includes(fold(w)))) || !k.vocabulary.has(fold(w)));
    if (candidate && !collection && !wholeName && words.length - held >= 2 && words.length - held > held) {
      // The search ranked a shorter name first ("Văn phòng UBND" for "văn phòng HĐND"): the one unit
      // of the province whose name holds the most of the words, if it holds more.
      const pool = named.data !== null ? (k.unitsByProvince.get(named.data) ?? []) : [];
      const counts = pool.map((u) => ({ u, n: heldBy(u) })).sort((a, b) => b.n - a.n);
      const best = counts[0];
      if (!best || best.n <= held || best.n === counts[1]?.n || words.length - best.n > best.n)
        return problem("unit_not_found", { province: named.data, asked: whole.residual.join(" "), suggestions: [] }, "rank", notices);
      const scored = { unit: best.u, coverage: best.n / words.length, matched: best.n, score: best.n };
      resolution = { status: "ok", unit: best.u, best: scored };
      held = best.n;
      reading.exact = false;
    }
    // A stray word only a typo away from some name ("cao" in "… cao thứ 2"): no unit, when the question asks of every unit.
    const stray = candidate !== null && held === 0 && collection !== null;
    if (stray) reading.exact = false;
    // "Sở Y tế tỉnh nào cao điểm nhất?": the same name in several provinces, ordered against each other.
    const ordering = orderingOf(q);
    if (resolution.status === "ambiguous" && named.data === null && ordering?.kind === "order" && new Set(resolution.candidates.map((c) => c.province)).size === resolution.candidates.length)
      return queryPlan({ ...baseScope(q, null, false), block: null }, { kind: "namesakes", unitIds: resolution.candidates.slice(0, 100).map((c) => c.id) }, measure, ordering, notices);
    if (stray) reading.exact = false;
    else if (resolution.status === "ambiguous") {
      // "Sở Y tế Bắc Ninh" has one; words that read as several units in a collection question are no subject.
      if (!(collection && named.data !== null)) return { kind: "ambiguous", units: resolution.candidates, questionKind, year, index: q.index, notices };
    }
    if (resolution.status === "ok" && !stray) {
      const unit = resolution.unit;
      // "đứng sau Quế Võ là ai", "sở nào điểm cao hơn Sở Y tế": the units on one side of it.
      const side = q.relative ?? (q.kinds.has("compare") && !trend && (q.singular || q.plural) ? { direction: q.kinds.has("bottom") || q.comparesDown ? ("below" as const) : ("above" as const), next: false } : null);
      if (side) {
        const take = side.next || (q.singular && !q.plural && q.relative !== null) ? 1 : null;
        const scope: Scope = { ...baseScope(q, unit.province, false), block: null, years: year !== null ? [year] : [] };
        return queryPlan(scope, { kind: "relative", unitId: unit.id, direction: side.direction, take }, measure, { kind: "lookup" }, notices);
      }
      // Words beside the name that nothing placed ("Sở Y tế Bắc Ninh có bao nhiêu cán bộ"): say what was understood.
      const names = new Set(unit.variants.flatMap((v) => v.folded));
      const unplaced = words.filter((w) => !names.has(fold(w)) && !unit.variants.some((v) => v.compact.includes(fold(w)) || fold(w).includes(v.compact)));
      if (unplaced.length > 0) notices.push({ kind: "ignored_words", words: unplaced.join(" ") });
      // "Sở Xây dựng Bắc Ninh hiện nay": the department as it is today, made of every predecessor the data hold.
      const name = nameKey(unit.name);
      const today = q.kinds.has("today")
        ? MERGER_KEYS.find((m) => m.merger.predecessors.length > 1 && (nameKey(m.merger.name) === name || m.merger.predecessors.some((p) => nameKey(p) === name)))
        : undefined;
      if (today) {
        const units = predecessorsIn(k, today.merger, unit.province);
        if (units.length > 1) return { kind: "merged", merger: today.merger, units, year, notices };
      }
      const scope: Scope = { ...baseScope(q, unit.province, false), block: null, years: trend ? q.years : year !== null ? [year] : [] };
      // A unit named with a count or filter is still the subject: "Sở Y tế có trên 800 điểm không" asks about it.
      return queryPlan(scope, { kind: "units", unitIds: [unit.id] }, measure, trend ? { kind: "trend" } : { kind: "lookup" }, notices);
    }
    if (!collection && !(q.kinds.has("overview") && named.data !== null) && !(trend && named.data !== null)) {
      const asked = whole.residual.join(" ");
      return problem("unit_not_found", { province: named.data, asked, suggestions: [] }, questionKind === "trend" ? "trend" : "rank", notices);
    }
  }

  // 5. Every unit in scope.
  const province = named.data ?? conv.province ?? null;
  const ignored: Notice[] = words.length > 0 ? [{ kind: "ignored_words", words: words.join(" ") }] : [];
  if (words.length > 0) reading.exact = false;
  if (trend) {
    if (!province) return problem("need_province", {}, "trend");
    return queryPlan({ ...baseScope(q, province, false), years: q.years }, { kind: "all" }, measure, trendOperation(q), ignored);
  }
  if (others.length > 0) ignored.push({ kind: "other_provinces", provinces: others });
  const collection = collectionOperation(q);
  if (collection) {
    if (!province && q.provinceNoun && nationalHeld(k)) return queryPlan({ ...baseScope(q, null, true), block: "provinces" }, collection.subject, measure, collection.operation, ignored);
    if (!province) return problem("need_province", {}, collection.operation.kind === "order" ? "top" : "unknown");
    return queryPlan(baseScope(q, province, false), collection.subject, measure, collection.operation, ignored);
  }
  if (named.data !== null) {
    // A province with a block and nothing else: that block's ranking.
    if (!q.kinds.has("overview") && q.block)
      return queryPlan(baseScope(q, named.data, false), { kind: "all" }, measure, { kind: "order", direction: "desc", take: null }, ignored);
    return queryPlan(baseScope(q, named.data, false), { kind: "all" }, measure, { kind: "overview" }, ignored);
  }
  if (q.kinds.has("help")) return { kind: "help" };
  if (q.smallTalk) return { kind: "smalltalk", which: q.smallTalk };
  if (q.kinds.has("top") || q.kinds.has("bottom") || q.kinds.has("listing")) return problem("need_province", {}, "top");
  return problem("not_understood");
}
