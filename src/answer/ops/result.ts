/** Building an AnswerResult: what every operation ends with. */
import type { Candidate, Entry } from "../../domain/answer.js";
import type { Knowledge } from "../../search/index.js";
import { findProvince } from "../../text/provinces.js";
import { DEPARTMENT_MERGERS_2025 } from "../../text/departments.js";
import { foldKeyCached as nameKey } from "../../text/fold-cached.js";
import { isIctDepartment } from "../lookup.js";
import type { Query } from "../query.js";
import { contractIntent, type AnswerResult, type Conversation, type Details, type Lang, type Notice, type ProblemDetails, type ProblemReason, type QuestionKind } from "../types.js";

export interface Ctx {
  k: Knowledge;
  lang: Lang;
  conv: Conversation;
  notices: Notice[];
}

/** Provinces with data in Vietnamese alphabetical order, sorted once per knowledge (collation is slow). */
const availableSorted = new WeakMap<Knowledge, Array<{ province: string; years: number[] }>>();

export function available(k: Knowledge): Array<{ province: string; years: number[] }> {
  let sorted = availableSorted.get(k);
  if (!sorted) {
    sorted = [...k.provinces.values()]
      .filter((p) => findProvince(p.name) !== undefined)
      .map((p) => ({ province: p.name, years: p.years }))
      .sort((a, b) => a.province.localeCompare(b.province, "vi"));
    availableSorted.set(k, sorted);
  }
  return sorted.map((a) => ({ ...a }));
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

/** What the conversation keeps of an answer: the query it answered, and the older fields charts and buttons read. */
export function remember(query: Query, fields: Omit<Conversation, "query">): Conversation {
  return { ...fields, query };
}

export function result(
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

export function problem(ctx: Ctx, reason: ProblemReason, extra: Partial<ProblemDetails> = {}, kind: QuestionKind = "unknown"): AnswerResult {
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

export function provinceNotices(ctx: Ctx, province: string | null): void {
  if (province === null) return;
  const info = findProvince(province);
  if (info?.mergedInto) ctx.notices.push({ kind: "merged_province", province: info.name, into: info.mergedInto });
}

/** A 2025 department that kept this unit's name and took in others ("Sở Tài chính" + "Sở Kế hoạch và Đầu tư"). */
const KEPT_NAMES = new Map(DEPARTMENT_MERGERS_2025.filter((m) => m.predecessors.length > 1).map((m) => [nameKey(m.name), m]));

function mergerNotice(ctx: Ctx, unit: string): void {
  const m = KEPT_NAMES.get(nameKey(unit));
  if (m) ctx.notices.push({ kind: "department_merged", name: m.name, predecessors: [...m.predecessors], date: m.date });
}

export function entryNotices(ctx: Ctx, entry: Entry): void {
  provinceNotices(ctx, entry.province as string | null);
  if (isIctDepartment(entry.unit)) ctx.notices.push({ kind: "ict_department_merged" });
  else mergerNotice(ctx, entry.unit);
  for (const n of entry.notes)
    ctx.notices.push({ kind: "data_note", unit: entry.unit, text: n.text, noteKind: n.kind, difference: n.difference ?? null });
}
