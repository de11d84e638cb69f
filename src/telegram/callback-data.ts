import { createHash } from "node:crypto";
import { z } from "zod";
import { COMPONENT_CONCEPTS, GRADE_PHRASES } from "../answer/phrases.js";
import type { Filter, Measure, Operation, Query, ScopeBlock } from "../answer/query.js";
import type { Dataset, IndexKind } from "../domain/dataset.js";
import { PROVINCES } from "../text/provinces.js";

/**
 * Callback data of inline buttons. Telegram allows 64 bytes and unit ids can be longer, so buttons carry a short
 * stable handle of the unit (11 base64url characters of its id's SHA-256) and the few facts the action needs.
 * Everything read back from Telegram is validated: a forged or outdated button decodes to `null`.
 *
 *   q:<op>:<measure>:<subject>:<province>:<block>:<year>:<idx>
 *                                a question as a query (answer/query.ts): a follow-up under an answer
 *                                (see `encodeQuery`); "qp:" the same for a candidate of an ambiguous question
 *   p:<unit>:<intent>:<year>     pick a candidate (buttons sent before queries; still answered)
 *   a:<kind>:<unit>:<year>:<idx> follow-up under an answer (likewise)
 *   ch:<unit>:<year>:<idx>       chart of that answer (handled by the charts feature)
 *   xl:<unit>:<year>:<idx>       Excel export of that answer's decision (handled by the charts feature)
 *   ex:<n>                       an example question from /start
 */
export const MAX_CALLBACK_BYTES = 64;

const HANDLE = /^[A-Za-z0-9_-]{11}$/;
const handle = z.string().regex(HANDLE);
const year = z.coerce.number().int().min(0).max(2100);
const INDEX_CODES = { D: "DTI", I: "ICT", P: "PORTAL" } as const satisfies Record<string, IndexKind>;
const indexCode = z.enum(["D", "I", "P"]).transform((c) => INDEX_CODES[c]);
const INTENT_CODES = { r: "rank", t: "trend", o: "top", c: "compare", v: "overview" } as const;
export type PickIntent = (typeof INTENT_CODES)[keyof typeof INTENT_CODES];
const intentCode = z.enum(["r", "t", "o", "c", "v"]).transform((c) => INTENT_CODES[c]);
export const FOLLOW_UPS = { p: "previousYear", y: "yearOverYear", b: "wholeBlock" } as const;
export type FollowUp = (typeof FOLLOW_UPS)[keyof typeof FOLLOW_UPS];
const followUp = z.enum(["p", "y", "b"]).transform((c) => FOLLOW_UPS[c]);

/**
 * A query written compactly: units by handle, the province by its place in `PROVINCES`, one letter per
 * choice. Every field is validated on the way back; the handler turns handles into units.
 *   op       l lookup · o<d|a><N|*> order · s<filter> list · n<filter|*> count · v average · c compare · t trend · t<r|f><N|*> rank risers/fallers · w overview
 *   filter   g<grade letters>[+|-] grades (or better/worse) · t<a|b><number> threshold · r<min>_<max> range · u unranked · f full marks · a<a|b> against the average
 *   measure  r rank · s total · g grade · c<n> the n-th component concept; s/c<n> + d declared, x cut by the review
 *   subject  * every unit · p<n>[e] position (e: from the end) · <a|b><N|*>~handle the units above/below one · s~handles the units of one name · handles joined by "."
 */
const GRADE_LETTERS = ["X", "T", "K", "B", "Y", "M"] as const;
const GRADES = Object.fromEntries(GRADE_PHRASES.map(([grade], i) => [GRADE_LETTERS[i]!, grade])) as Record<string, string>;
const BLOCK_CODES = {
  D: "departments",
  W: "departments_with_public_services",
  O: "departments_without_public_services",
  H: "districts",
  P: "provinces",
  M: "ministries",
} as const satisfies Record<string, ScopeBlock>;
const BLOCK_LETTERS = Object.fromEntries(Object.entries(BLOCK_CODES).map(([l, b]) => [b, l])) as Record<ScopeBlock, string>;

const filterCode = z.string().transform((c, ctx): Filter => {
  const grade = /^g([A-Z]{1,6})([+-]?)$/u.exec(c);
  const letters = grade ? [...grade[1]!].map((l) => GRADES[l]) : [];
  if (grade && letters.length > 0 && letters.every((g) => g !== undefined)) {
    const [first, ...also] = letters as string[];
    return { kind: "grade", grade: first!, ...(also.length > 0 ? { also } : {}), ...(grade[2] ? { bound: grade[2] === "+" ? "orBetter" : "orWorse" } : {}) };
  }
  const range = /^r(\d{1,5}(?:\.\d{1,4})?)_(\d{1,5}(?:\.\d{1,4})?)$/u.exec(c);
  if (range) return { kind: "range", min: Number(range[1]), max: Number(range[2]) };
  if (c === "u") return { kind: "unranked" };
  if (c === "f") return { kind: "full" };
  if (c === "p+" || c === "p-") return { kind: "sign", sign: c === "p+" ? "positive" : "negative" };
  const threshold = /^t([ab])(\d{1,5}(?:\.\d{1,4})?)$/u.exec(c);
  if (threshold) return { kind: "threshold", op: threshold[1] === "a" ? "above" : "below", value: Number(threshold[2]) };
  const average = /^a([ab])$/u.exec(c);
  if (average) return { kind: "average", op: average[1] === "a" ? "above" : "below" };
  ctx.addIssue({ code: "custom", message: "filter" });
  return z.NEVER;
});

const opCode = z.string().transform((c, ctx): Operation => {
  const simple: Record<string, Operation> = { l: { kind: "lookup" }, v: { kind: "average" }, c: { kind: "compare" }, t: { kind: "trend" }, w: { kind: "overview" } };
  if (simple[c]) return simple[c]!;
  const movers = /^t([rf])(\d{1,3}|\*)$/u.exec(c);
  if (movers) return { kind: "trend", movers: { direction: movers[1] === "r" ? "rise" : "fall", take: movers[2] === "*" ? null : Number(movers[2]) } };
  const order = /^o([da])(\d{1,3}|\*)$/u.exec(c);
  if (order) return { kind: "order", direction: order[1] === "d" ? "desc" : "asc", take: order[2] === "*" ? null : Number(order[2]) };
  if (c === "n*") return { kind: "count", filter: null };
  if (c[0] === "s" || c[0] === "n") {
    const filter = filterCode.safeParse(c.slice(1));
    if (filter.success) return c[0] === "s" ? { kind: "list", filter: filter.data } : { kind: "count", filter: filter.data };
  }
  ctx.addIssue({ code: "custom", message: "operation" });
  return z.NEVER;
});

const BASES = { d: "declared", x: "cut" } as const;
const basisOf = (letter: string | undefined) => (letter === "d" || letter === "x" ? { basis: BASES[letter] } : {});

const measureCode = z.string().transform((c, ctx): Measure => {
  if (c === "r") return { kind: "rank" };
  const total = /^s([dx]?)$/u.exec(c);
  if (total) return { kind: "total", ...basisOf(total[1]) };
  if (c === "g") return { kind: "grade" };
  const concept = /^c(\d{1,2})([dx]?)$/u.exec(c);
  const found = concept ? COMPONENT_CONCEPTS[Number(concept[1])] : undefined;
  if (found) return { kind: "component", concept: found.id, ...basisOf(concept![2]) };
  ctx.addIssue({ code: "custom", message: "measure" });
  return z.NEVER;
});

/** Units stay handles here: which unit a handle is depends on the dataset (`resolveUnitHandle`). */
export type CompactSubject =
  | { kind: "units"; handles: string[] }
  | { kind: "position"; n: number; fromEnd: boolean }
  | { kind: "all" }
  | { kind: "relative"; handle: string; direction: "above" | "below"; take: number | null }
  | { kind: "namesakes"; handles: string[] };
const subjectCode = z.string().transform((c, ctx): CompactSubject => {
  if (c === "*") return { kind: "all" };
  const position = /^p(\d{1,3})(e?)$/u.exec(c);
  if (position && Number(position[1]) > 0) return { kind: "position", n: Number(position[1]), fromEnd: position[2] === "e" };
  const namesakes = /^s~(.+)$/u.exec(c);
  const named = namesakes ? namesakes[1]!.split(".") : [];
  if (named.length >= 2 && named.every((h) => HANDLE.test(h))) return { kind: "namesakes", handles: named };
  const relative = /^([ab])(\d{1,3}|\*)~(.+)$/u.exec(c);
  if (relative && HANDLE.test(relative[3]!))
    return { kind: "relative", handle: relative[3]!, direction: relative[1] === "a" ? "above" : "below", take: relative[2] === "*" ? null : Number(relative[2]) };
  const handles = c.split(".");
  if (handles.length >= 1 && handles.length <= 3 && handles.every((h) => HANDLE.test(h))) return { kind: "units", handles };
  ctx.addIssue({ code: "custom", message: "subject" });
  return z.NEVER;
});

const provinceCode = z.string().transform((c, ctx): { province: string | null; national: boolean } => {
  if (c === "-") return { province: null, national: false };
  if (c === "N") return { province: null, national: true };
  const p = /^\d{1,2}$/u.test(c) ? PROVINCES[Number(c)] : undefined;
  if (p) return { province: p.name, national: false };
  ctx.addIssue({ code: "custom", message: "province" });
  return z.NEVER;
});

const blockCode = z.union([z.literal("-").transform(() => null), z.enum(["D", "W", "O", "H", "P", "M"]).transform((c) => BLOCK_CODES[c])]);
const yearCode = z.union([z.literal("-").transform(() => null), z.coerce.number().int().min(1900).max(2100)]);
const optionalIndex = z.union([z.literal("-").transform(() => null), indexCode]);

export interface CompactQuery extends Omit<Query, "subject"> {
  subject: CompactSubject;
}

const QueryCallback = z
  .tuple([z.enum(["q", "qp"]), opCode, measureCode, subjectCode, provinceCode, blockCode, yearCode, optionalIndex])
  .transform(([prefix, operation, measure, subject, place, block, y, index]) => ({
    action: "query" as const,
    /** a candidate picked for an ambiguous question: the answer replaces the question back */
    pick: prefix === "qp",
    query: { operation, measure, subject, scope: { ...place, block, years: y === null ? [] : [y], index } } satisfies CompactQuery,
  }));

export const CallbackSchema = z.union([
  QueryCallback,
  z.tuple([z.literal("p"), handle, intentCode, year]).transform(([, unit, intent, y]) => ({ action: "pick" as const, unit, intent, year: y || undefined })),
  z
    .tuple([z.literal("a"), followUp, handle, year, indexCode])
    .transform(([, kind, unit, y, index]) => ({ action: "followUp" as const, kind, unit, year: y, index })),
  z.tuple([z.literal("ch"), handle, year, indexCode]).transform(([, unit, y, index]) => ({ action: "chart" as const, unit, year: y, index })),
  z.tuple([z.literal("xl"), handle, year, indexCode]).transform(([, unit, y, index]) => ({ action: "export" as const, unit, year: y, index })),
  z.tuple([z.literal("ex"), z.coerce.number().int().min(0).max(20)]).transform(([, n]) => ({ action: "example" as const, n })),
]);
export type CallbackAction = z.infer<typeof CallbackSchema>;

/** Decode callback data; `null` for anything this bot did not write (or wrote in an older format). */
export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (data === undefined || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
  const parsed = CallbackSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : null;
}

function checked(data: string): string {
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

/** The letter each value is written as: the code tables read backwards. */
function lettersOf<V extends string>(codes: Record<string, V>): Record<V, string> {
  return Object.fromEntries(Object.entries(codes).map(([letter, value]) => [value, letter])) as Record<V, string>;
}
const INDEX_LETTERS = lettersOf(INDEX_CODES);
const INTENT_LETTERS = lettersOf(INTENT_CODES);
const FOLLOW_UP_LETTERS = lettersOf(FOLLOW_UPS);

export const encodePick = (unitId: string, intent: PickIntent, y?: number): string =>
  checked(`p:${unitHandle(unitId)}:${INTENT_LETTERS[intent]}:${y ?? 0}`);
export const encodeFollowUp = (kind: FollowUp, unitId: string, y: number, index: IndexKind): string =>
  checked(`a:${FOLLOW_UP_LETTERS[kind]}:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeChart = (unitId: string, y: number, index: IndexKind): string =>
  checked(`ch:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeExport = (unitId: string, y: number, index: IndexKind): string =>
  checked(`xl:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeExample = (n: number): string => checked(`ex:${n}`);

function filterLetters(f: Filter): string | null {
  switch (f.kind) {
    case "grade": {
      const at = [f.grade, ...(f.also ?? [])].map((grade) => GRADE_PHRASES.findIndex(([g]) => g === grade));
      if (at.some((i) => i < 0)) return null;
      return `g${at.map((i) => GRADE_LETTERS[i]).join("")}${f.bound === "orBetter" ? "+" : f.bound === "orWorse" ? "-" : ""}`;
    }
    case "range":
      return [f.min, f.max].every((v) => Number.isFinite(v) && v >= 0 && v < 100_000) ? `r${Math.round(f.min * 10_000) / 10_000}_${Math.round(f.max * 10_000) / 10_000}` : null;
    case "unranked":
      return "u";
    case "full":
      return "f";
    case "sign":
      return f.sign === "positive" ? "p+" : "p-";
    case "threshold":
      return Number.isFinite(f.value) && f.value >= 0 && f.value < 100_000 ? `t${f.op === "above" ? "a" : "b"}${Math.round(f.value * 10_000) / 10_000}` : null;
    case "average":
      return `a${f.op === "above" ? "a" : "b"}`;
  }
}

function opLetters(op: Operation): string | null {
  switch (op.kind) {
    case "lookup":
      return "l";
    case "average":
      return "v";
    case "compare":
      return "c";
    case "trend":
      return op.movers ? `t${op.movers.direction === "rise" ? "r" : "f"}${op.movers.take ?? "*"}` : "t";
    case "overview":
      return "w";
    case "order":
      return `o${op.direction === "desc" ? "d" : "a"}${op.take ?? "*"}`;
    case "list": {
      const f = filterLetters(op.filter);
      return f && `s${f}`;
    }
    case "count": {
      const f = op.filter ? filterLetters(op.filter) : "*";
      return f && `n${f}`;
    }
  }
}

function measureLetters(m: Measure): string | null {
  const basis = (m.kind === "total" || m.kind === "component") && m.basis ? (m.basis === "declared" ? "d" : "x") : "";
  if (m.kind !== "component") return m.kind === "rank" ? "r" : m.kind === "total" ? `s${basis}` : "g";
  const at = COMPONENT_CONCEPTS.findIndex((c) => c.id === m.concept);
  return at < 0 ? null : `c${at}${basis}`;
}

/**
 * A query as callback data, or null when it cannot be written within 64 bytes (a year range, a
 * province outside the list): the caller then offers no button rather than a wrong one.
 */
export function encodeQuery(q: Query, pick = false): string | null {
  const op = opLetters(q.operation);
  const measure = measureLetters(q.measure);
  const s = q.subject;
  const subject =
    s.kind === "all"
      ? "*"
      : s.kind === "position"
        ? `p${s.n}${s.fromEnd ? "e" : ""}`
        : s.kind === "relative"
          ? `${s.direction === "above" ? "a" : "b"}${s.take ?? "*"}~${unitHandle(s.unitId)}`
          : s.kind === "namesakes"
            ? `s~${s.unitIds.map(unitHandle).join(".")}`
          : s.unitIds.map(unitHandle).join(".");
  const at = q.scope.province === null ? -1 : PROVINCES.findIndex((p) => p.name === q.scope.province);
  const province = q.scope.national ? "N" : q.scope.province === null ? "-" : at >= 0 ? String(at) : null;
  if (op === null || measure === null || province === null || q.scope.years.length > 1) return null;
  const block = q.scope.block === null ? "-" : BLOCK_LETTERS[q.scope.block];
  const data = `${pick ? "qp" : "q"}:${op}:${measure}:${subject}:${province}:${block}:${q.scope.years[0] ?? "-"}:${q.scope.index === null ? "-" : INDEX_LETTERS[q.scope.index]}`;
  return Buffer.byteLength(data) <= MAX_CALLBACK_BYTES ? data : null;
}

/** Handles already computed: every answer's buttons name units, and a SHA-256 costs more than the rest of a keyboard. */
const handles = new Map<string, string>();
/** More unit ids than several national datasets hold; past it the memory is given back and refilled. */
const MAX_REMEMBERED_HANDLES = 50_000;

/** A short, stable handle for a unit id (same id → same handle, across restarts and dataset reloads). */
export function unitHandle(unitId: string): string {
  let h = handles.get(unitId);
  if (h === undefined) {
    h = createHash("sha256").update(unitId).digest("base64url").slice(0, 11);
    if (handles.size >= MAX_REMEMBERED_HANDLES) handles.clear();
    handles.set(unitId, h);
  }
  return h;
}

const handleMaps = new WeakMap<Dataset, Map<string, string>>();

/** The unit id behind a handle in this dataset, or undefined when the unit no longer exists. */
export function resolveUnitHandle(dataset: Dataset, h: string): string | undefined {
  let map = handleMaps.get(dataset);
  if (!map) {
    map = new Map(dataset.units.map((u) => [unitHandle(u.id), u.id]));
    handleMaps.set(dataset, map);
  }
  return map.get(h);
}
