/**
 * A question (and what the conversation remembers) → an AnswerResult: intent, status, the entries it
 * is about and everything the renderers need. Pure and total: any string gets an answer, never an
 * exception.
 */
import type { Candidate, Entry } from "../domain/answer.js";
import type { Block, IndexKind } from "../domain/dataset.js";
import type { TableInfo } from "../dataset/read-model.js";
import { resolveTokens, type Knowledge, type Resolution, type UnitInfo } from "../search/index.js";
import type { ProvinceMention } from "../search/provinces.js";
import { findProvince } from "../text/provinces.js";
import { parseQuestion, type ParsedQuestion } from "./parse.js";
import {
  blockMatches,
  candidateOf,
  componentLines,
  componentRank,
  findComponent,
  isIctDepartment,
  neighbours,
  pickEntry,
  provinceTables,
  summary,
} from "./lookup.js";
import { trendForProvince, trendForUnit } from "./trend.js";
import {
  ConversationSchema,
  contractIntent,
  type AnswerResult,
  type Conversation,
  type Details,
  type Lang,
  type Notice,
  type ProblemDetails,
  type ProblemReason,
  type QuestionKind,
} from "./types.js";

export * from "./types.js";
export { parseQuestion } from "./parse.js";

/** Longer messages are not questions; the reply says so instead of searching them. */
export const MAX_QUESTION_LENGTH = 500;

interface Ctx {
  k: Knowledge;
  q: ParsedQuestion;
  lang: Lang;
  conv: Conversation;
  notices: Notice[];
}

/** Provinces with data in Vietnamese alphabetical order, sorted once per knowledge (collation is slow). */
const availableSorted = new WeakMap<Knowledge, Array<{ province: string; years: number[] }>>();

function available(k: Knowledge): Array<{ province: string; years: number[] }> {
  let sorted = availableSorted.get(k);
  if (!sorted) {
    sorted = [...k.provinces.values()].map((p) => ({ province: p.name, years: p.years })).sort((a, b) => a.province.localeCompare(b.province, "vi"));
    availableSorted.set(k, sorted);
  }
  return sorted.map((a) => ({ ...a }));
}

function result(
  ctx: Ctx,
  kind: QuestionKind,
  status: AnswerResult["status"],
  details: Details,
  matches: Entry[] = [],
  candidates: Candidate[] = [],
  conversation: Conversation = ctx.conv,
): AnswerResult {
  return { intent: contractIntent(kind), kind, status, matches, candidates, lang: ctx.lang, conversation, details, notices: dedupe(ctx.notices) };
}

function dedupe(notices: Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problem(ctx: Ctx, reason: ProblemReason, extra: Partial<ProblemDetails> = {}, kind: QuestionKind = "unknown"): AnswerResult {
  const details: ProblemDetails = {
    type: "problem",
    reason,
    province: null,
    asked: null,
    year: null,
    years: [],
    suggestions: [],
    available: available(ctx.k),
    length: 0,
    ...extra,
  };
  return result(ctx, kind, "not_found", details);
}

/** The kind a question asks for, strongest words first. */
function kindOf(q: ParsedQuestion): QuestionKind | null {
  const kinds = q.kinds;
  if (kinds.has("trend") || new Set(q.years).size >= 2) return "trend";
  if (kinds.has("compare")) return "compare";
  if (kinds.has("bottom")) return "bottom";
  if (kinds.has("top")) return "top";
  if (q.concept) return "component";
  if (kinds.has("grade")) return "grade";
  if (kinds.has("score")) return "score";
  if (kinds.has("rank")) return "rank";
  if (kinds.has("overview")) return "overview";
  if (kinds.has("help")) return "help";
  return null;
}

function provinceNotices(ctx: Ctx, province: string): void {
  const info = findProvince(province);
  if (info?.mergedInto) ctx.notices.push({ kind: "merged_province", province: info.name, into: info.mergedInto });
}

function entryNotices(ctx: Ctx, entry: Entry): void {
  provinceNotices(ctx, entry.province);
  if (isIctDepartment(entry.unit)) ctx.notices.push({ kind: "ict_department_merged" });
  for (const n of entry.notes)
    ctx.notices.push({ kind: "data_note", unit: entry.unit, text: n.text, noteKind: n.kind, difference: n.difference ?? null });
}

/** The province a side of the question names: one with data, or the first one named at all. */
function namedProvince(mentions: ProvinceMention[], k: Knowledge): { data: string | null; other: ProvinceMention | null } {
  const withData = mentions.find((m) => k.provinces.has(m.province.name));
  if (withData) return { data: withData.province.name, other: null };
  return { data: null, other: mentions.find((m) => !m.asUnit) ?? mentions[0] ?? null };
}

function noDataProvince(ctx: Ctx, m: ProvinceMention, asked: string | null): AnswerResult {
  const into = m.province.mergedInto;
  if (into) ctx.notices.push({ kind: "merged_province", province: m.province.name, into });
  return problem(ctx, "no_data_province", { province: m.province.name, asked });
}

function resolve(ctx: Ctx, residual: string[], province: string | null): Resolution {
  return resolveTokens(ctx.k, residual, {
    ...(province ? { province } : {}),
    ...(ctx.conv.province ? { preferProvince: ctx.conv.province } : {}),
  });
}

function ambiguous(ctx: Ctx, kind: QuestionKind, units: UnitInfo[], year: number | null, index: IndexKind | null): AnswerResult {
  const rows = units.map((u) => ({ candidate: candidateOf(u), entry: pickEntry(ctx.k, u.id, year, index).entry ?? pickEntry(ctx.k, u.id, null, index).entry }));
  return result(ctx, kind, "ambiguous", { type: "ambiguous", rows }, [], rows.map((r) => r.candidate), { ...ctx.conv, kind });
}

/**
 * How many answers each knowledge remembers unless told otherwise (`rememberAnswers`): about 5 KB
 * each with its rendered message, so some 5 MB when full.
 */
export const DEFAULT_REMEMBERED_ANSWERS = 1_000;

interface Memo {
  size: number;
  /** least recently used first */
  answers: Map<string, AnswerResult>;
}

const memos = new WeakMap<Knowledge, Memo>();

function memoOf(k: Knowledge): Memo {
  let memo = memos.get(k);
  if (!memo) {
    memo = { size: DEFAULT_REMEMBERED_ANSWERS, answers: new Map() };
    memos.set(k, memo);
  }
  return memo;
}

/**
 * How many answers to remember for this knowledge, least recently asked forgotten first (0: none).
 * An answer depends only on the question, the conversation and the knowledge, and the same few
 * questions come back all the time ("Sở Y tế Bắc Ninh xếp thứ mấy?"), so remembering them is exact.
 */
export function rememberAnswers(k: Knowledge, size: number): void {
  const memo = memoOf(k);
  memo.size = Math.max(0, Math.floor(size));
  memo.answers.clear();
}

/**
 * The answer to a question, given what the conversation remembers. Pure; the same question in the
 * same conversation may return the very same object as before, so callers must not modify it.
 */
export function answerQuestion(question: string, k: Knowledge, conversation?: Conversation): AnswerResult {
  const text = typeof question === "string" ? question : "";
  const conv = conversation === undefined ? {} : ConversationSchema.safeParse(conversation).data ?? {};
  const memo = memoOf(k);
  if (memo.size === 0 || text.length > MAX_QUESTION_LENGTH) return answerNow(text, k, conv);
  const key = `${JSON.stringify(conv)}\u0000${text}`;
  const known = memo.answers.get(key);
  if (known) {
    memo.answers.delete(key);
    memo.answers.set(key, known);
    return known;
  }
  const answer = answerNow(text, k, conv);
  if (memo.answers.size >= memo.size) memo.answers.delete(memo.answers.keys().next().value!);
  memo.answers.set(key, answer);
  return answer;
}

function answerNow(text: string, k: Knowledge, conv: Conversation): AnswerResult {
  const ctx: Ctx = { k, q: undefined as unknown as ParsedQuestion, lang: "vi", conv, notices: [] };
  if (text.length > MAX_QUESTION_LENGTH) {
    ctx.q = parseQuestion(text.slice(0, 200), k.vocabulary);
    ctx.lang = ctx.q.lang;
    return problem(ctx, "too_long", { length: text.length });
  }
  ctx.q = parseQuestion(text, k.vocabulary);
  ctx.lang = ctx.q.lang;
  if (text.trim() === "" || ctx.q.residual.length + ctx.q.provinces.length + ctx.q.years.length + ctx.q.kinds.size === 0)
    return problem(ctx, "empty");
  return route(ctx);
}

function route(ctx: Ctx): AnswerResult {
  const { q, k, conv } = ctx;
  const kind = kindOf(q);
  if (kind === "help" && q.residual.length === 0 && q.provinces.length === 0)
    return result(ctx, "help", "ok", { type: "help", available: available(k) });

  if (kind === "compare" || (q.sides && kind !== "trend")) {
    const compared = compare(ctx);
    if (compared) return compared;
  }

  const named = namedProvince(q.provinces, k);
  const year = q.years.length === 1 ? q.years[0]! : null;

  // The unit the question names, if any.
  const resolution = q.residual.length > 0 ? resolve(ctx, q.residual, named.data) : null;
  if (named.data === null && named.other) {
    const asked = resolution && resolution.status !== "not_found" ? null : q.residual.join(" ") || null;
    return noDataProvince(ctx, named.other, asked);
  }
  if (resolution?.status === "ambiguous") return ambiguous(ctx, kind ?? "rank", resolution.candidates, year, q.index);

  let unit: UnitInfo | null = resolution?.status === "ok" ? resolution.unit : null;
  const conversationUnit = conv.unitId ? k.unitById.get(conv.unitId) ?? null : null;
  const listKind = kind === "top" || kind === "bottom" || kind === "overview";
  // A fragment such as "còn năm 2021?" or "an toàn thông tin thì sao?" continues the last unit.
  if (!unit && !listKind && conversationUnit && named.data === null && (resolution === null || isFragment(q)))
    unit = conversationUnit;

  const effectiveKind: QuestionKind =
    kind ?? (unit && conversationUnit && unit.id === conversationUnit.id && isUnitKind(conv.kind) ? conv.kind! : unit ? "rank" : named.data ? "overview" : conv.kind ?? "unknown");

  if (effectiveKind === "trend") {
    if (unit) return unitTrend(ctx, unit);
    const province = named.data ?? conv.province ?? null;
    if (province) return provinceTrend(ctx, province, q.block ?? conv.block ?? null);
    return problem(ctx, "need_province", {}, "trend");
  }
  // "Sở KHĐT Bắc Ninh đứng cuối à?" asks about the unit, not for a list.
  const namedUnit = resolution?.status === "ok" && unit === resolution.unit;
  if ((effectiveKind === "top" || effectiveKind === "bottom") && namedUnit && q.n === null && unit)
    return unitAnswer(ctx, "rank", unit, year);
  if (effectiveKind === "top" || effectiveKind === "bottom") {
    const province = named.data ?? unit?.province ?? conv.province ?? null;
    if (!province) return problem(ctx, "need_province", {}, effectiveKind);
    const convBlock = conv.tableId ? k.tables.get(conv.tableId)?.table.block ?? null : conv.block ?? null;
    const unitBlock = unit ? pickEntry(k, unit.id, year, q.index).entry?.block ?? null : null;
    return list(ctx, effectiveKind, province, (q.block ?? unitBlock ?? (named.data ? null : convBlock)) as Block | null, year ?? (named.data ? null : conv.year ?? null));
  }
  // "còn Sở Nội vụ?" after a 2021 question stays in 2021 when that unit has it.
  const followYear = year ?? (q.followUp && conv.year !== undefined && unit?.years.includes(conv.year) ? conv.year : null);
  if (unit && (effectiveKind === "rank" || effectiveKind === "score" || effectiveKind === "grade" || effectiveKind === "component" || effectiveKind === "compare"))
    return unitAnswer(ctx, effectiveKind === "compare" ? "rank" : effectiveKind, unit, followYear);
  if (unit && effectiveKind === "overview") return unitAnswer(ctx, "rank", unit, followYear);

  if (resolution?.status === "not_found" && hasNameWords(q)) {
    const asked = q.residual.join(" ");
    const suggestions = (named.data ? resolve(ctx, q.residual, null) : resolution);
    const alike = suggestions.status === "ok" ? [suggestions.unit] : suggestions.status === "ambiguous" ? suggestions.candidates : suggestions.suggestions;
    return problem(ctx, "unit_not_found", { province: named.data, asked, suggestions: alike.slice(0, 6).map(candidateOf) }, effectiveKind === "unknown" ? "rank" : effectiveKind);
  }
  const province = named.data ?? null;
  if (province) {
    if (kind !== "overview" && (q.block || q.kinds.has("rank"))) return list(ctx, "top", province, q.block, year);
    return overview(ctx, province, year);
  }
  if (kind === "help") return result(ctx, "help", "ok", { type: "help", available: available(k) });
  if (q.kinds.has("top") || q.kinds.has("bottom")) return problem(ctx, "need_province", {}, kind ?? "top");
  return problem(ctx, "not_understood");
}

function isUnitKind(kind: QuestionKind | undefined): boolean {
  return kind === "rank" || kind === "score" || kind === "grade" || kind === "component";
}

/** Words that could be part of a unit name (not just leftovers such as "thì", "à"). */
function hasNameWords(q: ParsedQuestion): boolean {
  return q.residual.some((t) => t.length >= 2 && !["à", "ừ", "ok", "hả", "hở", "nhá", "đi"].includes(t));
}

function isFragment(q: ParsedQuestion): boolean {
  return q.followUp || q.years.length > 0 || q.concept !== null || q.index !== null || q.kinds.size > 0;
}

function unitAnswer(ctx: Ctx, kind: "rank" | "score" | "grade" | "component", unit: UnitInfo, year: number | null): AnswerResult {
  const { k, q } = ctx;
  const picked = pickEntry(k, unit.id, year, q.index);
  if (!picked.entry) {
    provinceNotices(ctx, unit.province);
    return problem(ctx, "year_missing", { province: unit.province, asked: unit.name, year, years: unit.years, suggestions: [candidateOf(unit)] }, kind);
  }
  const entry = picked.entry;
  if (picked.indexFallback) ctx.notices.push({ kind: "index_fallback", asked: picked.indexFallback, used: entry.index, year: entry.year });
  entryNotices(ctx, entry);
  const table = k.tables.get(entry.tableId)!;
  const { above, below } = neighbours(table, entry);
  const componentName = q.concept ? findComponent(entry, q.concept) : null;
  const lines = componentLines(table, entry);
  const line = componentName ? lines.find((l) => l.name === componentName) ?? null : null;
  const crank = componentName ? componentRank(table, entry, componentName) : null;
  const sameYear = (k.entriesByUnit.get(unit.id) ?? []).filter((e) => e.year === entry.year && e.tableId !== entry.tableId);
  const focus = kind === "component" && !line ? "rank" : kind;
  const status = entry.rank === null ? "not_evaluated" : "ok";
  const conversation: Conversation = {
    unitId: unit.id,
    province: unit.province,
    year: entry.year,
    index: entry.index,
    intent: "rank",
    kind: focus,
    tableId: entry.tableId,
    block: entry.block as Block,
    ...(componentName ? { component: componentName } : {}),
  };
  return result(
    ctx,
    focus,
    status,
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
      years: unit.years,
    },
    [entry],
    [],
    conversation,
  );
}

function list(ctx: Ctx, kind: "top" | "bottom", province: string, block: Block | null, year: number | null): AnswerResult {
  const { k, q } = ctx;
  let tables = provinceTables(k, province, year, q.index);
  if (tables.length === 0 && year !== null) {
    const latest = provinceTables(k, province, null, q.index);
    if (latest[0]) ctx.notices.push({ kind: "year_fallback", asked: year, used: latest[0].decision.year });
    tables = latest;
  }
  const matching = tables.filter((t) => blockMatches(t.table.block as Block, block));
  const table: TableInfo | undefined = matching[0] ?? tables[0];
  if (!table) return problem(ctx, "year_missing", { province, year, years: k.provinces.get(province)?.years ?? [] }, kind);
  provinceNotices(ctx, province);
  const ranked = table.entries.filter((e) => e.rank !== null);
  const n = Math.min(q.n ?? (q.kinds.has("top") || q.kinds.has("bottom") ? (kind === "bottom" ? 3 : 5) : ranked.length), ranked.length);
  const chosen = kind === "top" ? ranked.slice(0, n) : ranked.slice(-n).reverse();
  const otherTables = tables.filter((t) => t !== table).map(summary);
  return result(
    ctx,
    kind,
    "ok",
    { type: "list", direction: kind, n, table: summary(table), entries: chosen, otherTables },
    chosen,
    [],
    { province, year: table.decision.year, index: table.table.index, intent: "top", kind, tableId: table.table.id, block: table.table.block as Block, n },
  );
}

function overview(ctx: Ctx, province: string, year: number | null): AnswerResult {
  const { k, q } = ctx;
  let tables = provinceTables(k, province, year, q.index);
  if (tables.length === 0) {
    const latest = provinceTables(k, province, null, q.index);
    if (year !== null && latest[0]) ctx.notices.push({ kind: "year_fallback", asked: year, used: latest[0].decision.year });
    tables = latest;
  }
  const first = tables[0];
  if (!first) return problem(ctx, "year_missing", { province, year, years: k.provinces.get(province)?.years ?? [] }, "overview");
  provinceNotices(ctx, province);
  const y = first.decision.year;
  const rows = tables.map((t) => {
    const ranked = t.entries.filter((e) => e.rank !== null);
    return { ...summary(t), first: ranked.slice(0, 3), last: ranked[ranked.length - 1] ?? null, notEvaluated: t.entries.filter((e) => e.rank === null) };
  });
  const otherYears = (k.provinces.get(province)?.years ?? []).filter((v) => v !== y);
  return result(
    ctx,
    "overview",
    "ok",
    { type: "overview", province, year: y, tables: rows, otherYears },
    rows.flatMap((r) => r.first.slice(0, 1)),
    [],
    { province, year: y, intent: "overview", kind: "overview" },
  );
}

function unitTrend(ctx: Ctx, unit: UnitInfo): AnswerResult {
  const t = trendForUnit(ctx.k, unit, ctx.q.index);
  provinceNotices(ctx, unit.province);
  if (t.methodologyChanged) ctx.notices.push({ kind: "methodology_changed", fromYear: t.history[0]!.year, toYear: t.history[t.history.length - 1]!.year });
  const last = t.history[t.history.length - 1];
  return result(ctx, "trend", "ok", t, t.history, [], {
    unitId: unit.id,
    province: unit.province,
    intent: "trend",
    kind: "trend",
    ...(last ? { year: last.year, tableId: last.tableId, index: last.index, block: last.block as Block } : {}),
  });
}

function provinceTrend(ctx: Ctx, province: string, block: Block | null): AnswerResult {
  const t = trendForProvince(ctx.k, province, block);
  provinceNotices(ctx, province);
  if (t.rows.length === 0) return problem(ctx, "year_missing", { province, years: ctx.k.provinces.get(province)?.years ?? [] }, "trend");
  if (t.methodologyChanged) ctx.notices.push({ kind: "methodology_changed", fromYear: t.rows[0]!.from.year, toYear: t.rows[0]!.to.year });
  return result(ctx, "trend", "ok", t, t.rows.flatMap((r) => [r.from, r.to]).sort((a, b) => a.year - b.year), [], {
    province,
    intent: "trend",
    kind: "trend",
    ...(block ? { block } : {}),
  });
}

/** "A so với B", "so sánh A và B", "so với Sở Tài chính?" (A from the conversation). */
function compare(ctx: Ctx): AnswerResult | null {
  const { q, k, conv } = ctx;
  const sides = q.sides;
  if (!sides) return null;
  const [left, right] = sides;
  // "Việt Yên 2021 so với 2023": one side only a year → a year-over-year question.
  if ((left.residual.length === 0 || right.residual.length === 0) && left.years.length + right.years.length >= 2) return null;
  const globalProvince = namedProvince(q.provinces, k).data;
  const leftOwn = namedProvince(left.provinces, k).data;
  const rightOwn = namedProvince(right.provinces, k).data;
  const a = left.residual.length === 0 ? null : resolve(ctx, left.residual, leftOwn ?? rightOwn ?? globalProvince);
  const b = right.residual.length === 0 ? null : resolve(ctx, right.residual, rightOwn ?? leftOwn ?? globalProvince);
  const convUnit = conv.unitId ? k.unitById.get(conv.unitId) ?? null : null;
  const unitA = a?.status === "ok" ? a.unit : a === null ? convUnit : null;
  const unitB = b?.status === "ok" ? b.unit : null;
  if (a?.status === "ambiguous") return ambiguous(ctx, "compare", a.candidates, null, q.index);
  if (b?.status === "ambiguous") {
    // "so với Sở Tài chính?" after a Bắc Ninh question: the conversation's province decides.
    const same = unitA ? b.candidates.filter((c) => c.province === unitA.province) : [];
    if (same.length === 1 && unitA) return compareUnits(ctx, unitA, same[0]!, left.years[0] ?? null, right.years[0] ?? null);
    return ambiguous(ctx, "compare", b.candidates, null, q.index);
  }
  if (!unitA || !unitB) return null;
  return compareUnits(ctx, unitA, unitB, left.years[0] ?? null, right.years[0] ?? null);
}

function compareUnits(ctx: Ctx, ua: UnitInfo, ub: UnitInfo, yearA: number | null, yearB: number | null): AnswerResult {
  const { k, q, conv } = ctx;
  const shared = q.years.length === 1 ? q.years[0]! : null;
  const convYear = conv.unitId === ua.id ? conv.year ?? null : null;
  const pa = pickEntry(k, ua.id, yearA ?? shared ?? convYear, q.index).entry ?? pickEntry(k, ua.id, null, q.index).entry;
  const pbYear = yearB ?? shared ?? pa?.year ?? null;
  const pb = pickEntry(k, ub.id, pbYear, q.index).entry ?? pickEntry(k, ub.id, null, q.index).entry;
  if (!pa || !pb) return problem(ctx, "year_missing", { asked: (pa ? ub : ua).name, years: (pa ? ub : ua).years }, "compare");
  entryNotices(ctx, pa);
  entryNotices(ctx, pb);
  const sameScale = pa.maxTotal === pb.maxTotal && pa.index === pb.index;
  if (!sameScale) ctx.notices.push({ kind: "scales_differ" });
  const names = [...new Set([...Object.keys(pa.components), ...Object.keys(pb.components)])];
  const components = names.map((name) => ({
    name,
    a: pa.components[name] ?? null,
    b: pb.components[name] ?? null,
    max: pa.componentMax[name] ?? pb.componentMax[name] ?? null,
  }));
  return result(
    ctx,
    "compare",
    pa.rank === null || pb.rank === null ? "not_evaluated" : "ok",
    { type: "compare", a: pa, b: pb, components, sameTable: pa.tableId === pb.tableId, sameScale },
    [pa, pb],
    [],
    { unitId: ua.id, province: ua.province, year: pa.year, index: pa.index, intent: "compare", kind: "compare", tableId: pa.tableId, block: pa.block as Block },
  );
}
