/**
 * A question (and what the conversation remembers) → an AnswerResult: intent, status, the entries it
 * is about and everything the renderers need. Pure and total: any string gets an answer, never an
 * exception.
 *
 * The path is text → parse (words and slots, parse.ts) → understand (a typed Query, or why none can
 * be asked; the precedence rules live there) → evaluate (one file per operation in ./ops) → result.
 */
import { NATIONAL } from "../dataset/read-model.js";
import type { Knowledge, Resolutions } from "../search/index.js";
import { provinceInitials } from "../text/provinces.js";
import { tokenize } from "../text/vietnamese.js";
import { decodeKeyboardTyping, looksKeyboardTyped } from "../text/keyboard.js";
import { candidateOf, pickEntry } from "./lookup.js";
import { averageOf } from "./ops/average.js";
import { compareUnits } from "./ops/compare.js";
import { lookupPosition, lookupRelative, lookupUnit } from "./ops/lookup.js";
import { mergedDepartment } from "./ops/merged.js";
import { orderNamesakes } from "./ops/namesakes.js";
import { orderUnits } from "./ops/order.js";
import { overview } from "./ops/overview.js";
import { available, problem, result, type Ctx } from "./ops/result.js";
import { selectUnits } from "./ops/select.js";
import { provinceTrend, unitTrend } from "./ops/trend.js";
import { parseQuestion } from "./parse.js";
import type { Query } from "./query.js";
import { suggestionsFor } from "./suggest.js";
import { understand, type Plan, type Reading } from "./understand.js";
import { ConversationSchema, type AnswerResult, type Conversation, type Lang } from "./types.js";

export * from "./types.js";
export { parseQuestion } from "./parse.js";
export { QuerySchema, type Query } from "./query.js";

/** Longer messages are not questions; the reply says so instead of searching them. */
export const MAX_QUESTION_LENGTH = 500;

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
  if (text.length > MAX_QUESTION_LENGTH) {
    const q = parseQuestion(text.slice(0, 200), k.vocabulary);
    return problem({ k, lang: q.lang, conv, notices: [] }, "too_long", { length: text.length });
  }
  // Most words carry keystrokes ("Sowr Y tees Bawcs Ninh"): the decoded reading is tried first, and
  // kept when it reads exactly — the plain reading of such text is the dearest there is (typos everywhere).
  let decodings = looksKeyboardTyped(text) ? decodeKeyboardTyping(text) : null;
  if (decodings !== null && decodings.length > 0) {
    const decodedReading: Reading = { exact: true };
    const first = answerText(decodings[0]!, k, conv, decodedReading);
    if (decodedReading.exact && first.status !== "not_found" && first.status !== "ambiguous")
      return { ...first, notices: [...first.notices, { kind: "keyboard_decoded", text: decodings[0]! }] };
  }
  const reading: Reading = { exact: true };
  const plain = answerText(text, k, conv, reading);
  const unplaced = isUnplaced(plain);
  if (!unplaced && plain.status !== "ambiguous" && reading.exact) return plain;
  // Keystrokes of a switched-off Vietnamese keyboard ("Sowr Y tees"): read only when the plain reading
  // finds nothing exactly — no unit, too many ("Sowr Y tees Bawcs Ninh": "Sở Y tế" of which province?),
  // or one only through typos ("Huwng Yeen" is one edit from "Hưng Yên" per word).
  for (const decoded of (decodings ??= decodeKeyboardTyping(text))) {
    const decodedReading: Reading = { exact: true };
    const again = answerText(decoded, k, conv, decodedReading);
    const better = unplaced ? !isUnplaced(again) : decodedReading.exact && again.status !== "not_found" && again.status !== "ambiguous";
    if (better) return { ...again, notices: [...again.notices, { kind: "keyboard_decoded", text: decoded }] };
  }
  return plain;
}

function isUnplaced(r: AnswerResult): boolean {
  return r.details.type === "problem" && (r.details.reason === "unit_not_found" || r.details.reason === "not_understood" || r.details.reason === "no_data_province");
}

/** Per knowledge: the initials of the provinces it holds ("bn" → Bắc Ninh), as name tokens. */
const initialsByKnowledge = new WeakMap<Knowledge, ReadonlyMap<string, readonly string[]>>();

export function initialsOf(k: Knowledge): ReadonlyMap<string, readonly string[]> {
  let known = initialsByKnowledge.get(k);
  if (!known) {
    const held = [...k.provinces.keys()].filter((p) => p !== NATIONAL);
    known = new Map([...provinceInitials(held)].map(([initials, name]) => [initials, tokenize(name)]));
    initialsByKnowledge.set(k, known);
  }
  return known;
}

function answerText(text: string, k: Knowledge, conv: Conversation, reading: Reading): AnswerResult {
  const q = parseQuestion(text, k.vocabulary, initialsOf(k));
  const ctx: Ctx = { k, lang: q.lang, conv, notices: [] };
  if (text.trim() === "") return problem(ctx, "empty");
  // Only emoji or punctuation ("👍", "?"): a reaction, answered as small talk.
  if (!/[\p{L}\p{N}]/u.test(text)) return result(ctx, "smalltalk", "ok", { type: "smalltalk", kind: "other" });
  const plan = understand(q, k, conv, reading);
  return evaluate(ctx, plan, q.residual, reading.resolutions);
}

/** A plan → its answer. */
export function evaluate(ctx: Ctx, plan: Plan, residual: string[] = [], made?: Resolutions): AnswerResult {
  switch (plan.kind) {
    case "help":
      return result(ctx, "help", "ok", { type: "help", available: available(ctx.k) });
    case "smalltalk":
      return result(ctx, "smalltalk", "ok", { type: "smalltalk", kind: plan.which });
    case "problem": {
      ctx.notices.push(...plan.notices);
      const extra = plan.reason === "unit_not_found" ? { ...plan.extra, suggestions: suggestionsFor(ctx.k, residual, plan.extra.province ?? null, made) } : plan.extra;
      return problem(ctx, plan.reason, extra, plan.questionKind);
    }
    case "ambiguous": {
      ctx.notices.push(...plan.notices);
      const rows = plan.units.map((u) => ({ candidate: candidateOf(u), entry: pickEntry(ctx.k, u.id, plan.year, plan.index).entry ?? pickEntry(ctx.k, u.id, null, plan.index).entry }));
      return result(ctx, plan.questionKind, "ambiguous", { type: "ambiguous", rows }, [], rows.map((r) => r.candidate), { ...ctx.conv, kind: plan.questionKind });
    }
    case "merged":
      ctx.notices.push(...plan.notices);
      return mergedDepartment(ctx, plan.merger, plan.units, plan.year);
    case "query":
      ctx.notices.push(...plan.notices);
      return evaluateQuery(ctx, plan.query);
  }
}

/** The answer to a query (a button's), in the chat's language, given what the conversation remembers. */
export function answerQuery(query: Query, k: Knowledge, conversation: Conversation | undefined, lang: Lang): AnswerResult {
  const conv = conversation === undefined ? {} : ConversationSchema.safeParse(conversation).data ?? {};
  return evaluateQuery({ k, lang, conv, notices: [] }, query);
}

/**
 * "Cao Bằng 2023" where Cao Bằng's 2023 decision assesses 2022: the year a province has no assessment
 * of, but issued the decision of another year in — that year, said so. Null when the year is held or
 * no decision was issued in it.
 */
function issuedIn(ctx: Ctx, query: Query): number | null {
  const asked = query.scope.years.length === 1 ? query.scope.years[0]! : null;
  if (asked === null || query.scope.national || query.operation.kind === "trend") return null;
  const unit = query.subject.kind === "units" || query.subject.kind === "relative" ? ctx.k.unitById.get(query.subject.kind === "units" ? query.subject.unitIds[0]! : query.subject.unitId) : undefined;
  const province = query.scope.province ?? unit?.province ?? null;
  const p = province === null ? undefined : ctx.k.provinces.get(province);
  if (!p || p.years.includes(asked)) return null;
  const issued = p.tableIds
    .map((id) => ctx.k.tables.get(id)?.decision)
    .filter((d) => d !== undefined && d.date?.startsWith(String(asked)) === true && d.year !== asked)
    .map((d) => d!.year);
  return issued.length > 0 && new Set(issued).size === 1 ? issued[0]! : null;
}

/** A query → its answer: one evaluator per operation. */
export function evaluateQuery(ctx: Ctx, asked: Query): AnswerResult {
  const assessed = issuedIn(ctx, asked);
  if (assessed !== null) ctx.notices.push({ kind: "issued_year", asked: asked.scope.years[0]!, assessed });
  const query = assessed === null ? asked : { ...asked, scope: { ...asked.scope, years: [assessed] } };
  const units = query.subject.kind === "units" ? query.subject.unitIds.map((id) => ctx.k.unitById.get(id)).filter((u) => u !== undefined) : [];
  const op = query.operation;
  switch (op.kind) {
    case "lookup":
      if (query.subject.kind === "position") return lookupPosition(ctx, query, query.subject.n, query.subject.fromEnd);
      if (query.subject.kind === "relative") {
        const { unitId, direction, take } = query.subject;
        const unit = ctx.k.unitById.get(unitId);
        return unit ? lookupRelative(ctx, query, unit, direction, take) : problem(ctx, "unit_not_found", {}, "rank");
      }
      if (units[0]) return lookupUnit(ctx, query, units[0]);
      return orderUnits(ctx, query, "desc", null);
    case "compare":
      if (units.length >= 2) return compareUnits(ctx, query, units);
      if (units[0]) return lookupUnit(ctx, query, units[0]);
      return problem(ctx, "not_understood", {}, "compare");
    case "trend":
      if (units[0]) return unitTrend(ctx, query, units[0]);
      return provinceTrend(ctx, query);
    case "order":
      if (query.subject.kind === "namesakes") return orderNamesakes(ctx, query, query.subject.unitIds, op.direction, op.take);
      return orderUnits(ctx, query, op.direction, op.take);
    case "list":
      return selectUnits(ctx, query, "list", op.filter);
    case "count":
      return selectUnits(ctx, query, "count", op.filter);
    case "average":
      return averageOf(ctx, query);
    case "overview":
      return overview(ctx, query);
  }
}
