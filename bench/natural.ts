/**
 * Scores the natural-question set (test/golden/natural.ts) the way held-out sets are scored: every
 * single question through one `npm run ask -- --json --batch` process (DATA_DIR as set). The batch
 * keeps no conversation, so a conversation of several turns runs in this process instead, each turn
 * given the previous answer's conversation as the bot does in a chat, and printed as `--json` does.
 *
 * A failed question is either wrong-confident (a definite answer, status "ok" or "not_evaluated", that
 * is wrong: the worst kind) or an honest miss ("not_found", "ambiguous"). `npm run bench` reports it
 * under "naturalQuestions"; alone, `node --import tsx bench/natural.ts [--failures] [--in-process]`
 * prints the table (and every failure; --in-process answers the single questions here too).
 */
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { answerQuestion, type AnswerResult } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import type { Dataset } from "../src/domain/dataset.js";
import { toContractAnswer } from "../src/render/index.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { foldKey } from "../src/text/vietnamese.js";
import { CATEGORIES, NATURAL, type Category, type Expectation, type NaturalQuestion, type Ref } from "../test/golden/natural.js";
import { typeWithoutKeyboard } from "../test/support/keyboard-typing.js";
import { FRESH_SETS } from "../test/golden/fresh.js";

const ContractEntry = z.looseObject({
  province: z.string().nullable(),
  unit: z.string(),
  unitId: z.string().optional(),
  scope: z.string().optional(),
  year: z.number().nullable().optional(),
  index: z.string().optional(),
  rank: z.number().nullable().optional(),
  total: z.number().nullable().optional(),
  components: z.record(z.string(), z.number()).optional(),
});
type ContractEntry = z.infer<typeof ContractEntry>;

const ContractAnswer = z.looseObject({
  intent: z.string(),
  status: z.string(),
  matches: z.array(ContractEntry),
  candidates: z.array(z.looseObject({ province: z.string().nullable(), unit: z.string(), unitId: z.string().optional() })).default([]),
  text: z.string(),
  count: z.number().optional(),
  average: z.looseObject({ value: z.number(), printed: z.boolean().optional() }).optional(),
  orderBy: z.string().optional(),
});
export type ContractAnswer = z.infer<typeof ContractAnswer>;

export type Outcome = "correct" | "wrong-confident" | "honest-miss";

export interface Scored {
  question: NaturalQuestion;
  outcome: Outcome;
  /** why it failed, empty when correct */
  reason: string;
  answer: ContractAnswer;
}

export interface CategoryScore {
  questions: number;
  correct: number;
  wrongConfident: number;
  honestMiss: number;
  accuracy: number;
}

export interface NaturalReport {
  overall: CategoryScore;
  byCategory: Record<Category, CategoryScore>;
  scored: Scored[];
}

export interface UnitNames {
  /** null for a unit of a national ranking (a province or ministry) */
  province: string | null;
  keys: Set<string>;
  /** the name without its kind ("y te", "bao lac"): what a question naming the unit contains */
  distinctive: string;
}

const KIND_WORDS = /^(?:ubnd |uy ban nhan dan )?(?:so |huyen |thanh pho |thi xa |tp |tx |ban |van phong )?/u;
const provinceKey = (name: string) => foldKey(name).replace(/^(?:tp |thanh pho |tinh )/u, "");

export function unitNames(dataset: Dataset): Map<string, UnitNames> {
  const out = new Map<string, UnitNames>();
  for (const u of dataset.units) {
    const keys = new Set([u.name, ...u.aliases].map(foldKey));
    out.set(u.id, { province: u.province, keys, distinctive: foldKey(u.name).replace(KIND_WORDS, "") });
  }
  return out;
}

function matchesRef(e: { province: string | null; unit: string; unitId?: string; scope?: string }, ref: Ref, units: Map<string, UnitNames>): boolean {
  if (ref.national !== undefined) {
    if (e.province !== null || (e.scope !== undefined && e.scope !== "national")) return false;
    if (provinceKey(e.unit) !== provinceKey(ref.national)) return false;
  } else if (ref.id !== undefined) {
    const names = units.get(ref.id);
    const sameUnit = e.unitId === ref.id || (names !== undefined && e.province === names.province && names.keys.has(foldKey(e.unit)));
    if (!sameUnit) return false;
  }
  const entry = e as ContractEntry;
  if (ref.year !== undefined && entry.year !== ref.year) return false;
  if (ref.rank !== undefined && entry.rank !== ref.rank) return false;
  if (ref.index !== undefined && entry.index !== ref.index) return false;
  if (ref.total !== undefined && (entry.total == null || Math.abs(entry.total - ref.total) > 1e-4)) return false;
  return true;
}

const describeRef = (r: Ref) => `${r.id ?? `national ${r.national}`}${r.year === undefined ? "" : ` ${r.year}`}${r.rank === undefined ? "" : ` #${r.rank}`}${r.index ? ` ${r.index}` : ""}`;
const describeEntry = (e: ContractEntry) => `${e.unitId ?? `${e.province ?? "national"}/${e.unit}`} ${e.year ?? "?"} #${e.rank ?? "-"}${e.index ? ` ${e.index}` : ""}`;
const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-4 + 1e-9;

function componentOf(e: ContractEntry, component: string): number | undefined {
  const key = foldKey(component);
  const found = Object.entries(e.components ?? {}).find(([name]) => foldKey(name) === key);
  return found?.[1];
}

/** What the reply says when a year is missing ("chỉ có năm 2023", "không có dữ liệu", "only 2023"). */
const SAYS_MISSING = /\b(?:khong co|chua co|khong tim thay|chi co|khong nam trong|chua duoc|no data|not available|not in|only|no ranking|does not)\b/u;

/** What a reply says of a component or year a table does not hold ("không chấm chỉ số …", "không in …"). */
const SAYS_NOT_HELD = new RegExp(`${SAYS_MISSING.source}|\\b(?:khong cham|khong in|khong danh gia|khong co chi so|not scored|not printed)\\b`, "u");

/** Every provincial unit the text names whose distinctive words the question does not contain. */
function unaskedUnits(text: string, question: string, units: Map<string, UnitNames>): string[] {
  const said = ` ${foldKey(text)} `;
  const asked = ` ${foldKey(question)} `;
  const out: string[] = [];
  for (const [id, names] of units) {
    // Provinces are named to say what the data hold ("Dữ liệu hiện có: Bắc Giang, Bắc Ninh…"), not suggested.
    if (names.province === null || asked.includes(` ${names.distinctive} `)) continue;
    if ([...names.keys].some((k) => said.includes(` ${k} `))) out.push(id);
  }
  return out;
}

/** Why `answer` fails `expect`, or "" when it is right. */
export function judge(expect: Expectation, answer: ContractAnswer, question: string, units: Map<string, UnitNames>): string {
  if (expect.oneOf !== undefined) {
    const { oneOf, ...common } = expect;
    const reasons = oneOf.map((reading) => judge({ ...common, ...reading }, answer, question, units));
    return reasons.includes("") ? "" : reasons.join("; or ");
  }
  const { anyOf, ...rest } = expect;
  if (anyOf === undefined || anyOf.length === 0) return judgeOne(rest, answer, question, units);
  const reasons = anyOf.map((alternative) => judgeOne({ ...rest, ...alternative }, answer, question, units));
  return reasons.includes("") ? "" : reasons.join(" / or: ");
}

function judgeOne(expect: Expectation, answer: ContractAnswer, question: string, units: Map<string, UnitNames>): string {
  const m = answer.matches;
  if (expect.intent && !expect.intent.includes(answer.intent as never)) return `intent ${answer.intent}, expected ${expect.intent.join("|")}`;
  if (!expect.status.includes(answer.status as never)) return `status ${answer.status}, expected ${expect.status.join("|")}`;
  if (answer.status === "not_found" && m.length > 0) return `not_found with ${m.length} matches`;
  const first = expect.first ?? [];
  for (const [i, r] of first.entries()) {
    const e = m[i];
    if (e === undefined || !matchesRef(e, r, units)) return `match ${i + 1} is ${e ? describeEntry(e) : "missing"}, expected ${describeRef(r)}`;
  }
  if (expect.firstOneOf && !(m[0] && expect.firstOneOf.some((r) => matchesRef(m[0]!, r, units))))
    return `first match ${m[0] ? describeEntry(m[0]) : "missing"}, expected one of ${expect.firstOneOf.map(describeRef).join(", ")}`;
  if (expect.matchCount !== undefined && m.length !== expect.matchCount) return `${m.length} matches, expected ${expect.matchCount}`;
  const sameSet = (entries: ContractEntry[], refs: Ref[]) =>
    entries.length === refs.length && refs.every((r) => entries.some((e) => matchesRef(e, r, units))) && entries.every((e) => refs.some((r) => matchesRef(e, r, units)));
  if (expect.set && !sameSet(m, expect.set)) return `matches [${m.map(describeEntry).join(", ")}], expected the set [${expect.set.map(describeRef).join(", ")}]`;
  if (expect.firstSet && !sameSet(m.slice(0, expect.firstSet.length), expect.firstSet))
    return `first matches [${m.slice(0, expect.firstSet.length).map(describeEntry).join(", ")}], expected [${expect.firstSet.map(describeRef).join(", ")}]`;
  if (expect.count !== undefined && answer.count !== expect.count) return `count ${answer.count ?? "missing"}, expected ${expect.count}`;
  if (expect.average) {
    const a = answer.average;
    if (a === undefined || !close(a.value, expect.average.value)) return `average ${a?.value ?? "missing"}, expected ${expect.average.value}`;
    if (a.printed !== expect.average.printed) return `average printed=${a.printed}, expected ${expect.average.printed}`;
  }
  if (expect.orderBy) {
    const o = expect.orderBy;
    if (answer.orderBy === undefined || foldKey(answer.orderBy) !== foldKey(o.component)) return `orderBy ${answer.orderBy ?? "missing"}, expected ${o.component}`;
    const values = m.map((e) => componentOf(e, o.component));
    if (values.length === 0 || values.some((v) => v === undefined)) return `matches lack the component ${o.component}`;
    const nums = values as number[];
    if (!close(nums[0]!, o.best)) return `first ${o.component} is ${nums[0]}, expected ${o.best}`;
    const sorted = nums.every((v, i) => i === 0 || (o.direction === "desc" ? nums[i - 1]! >= v : nums[i - 1]! <= v));
    if (!sorted) return `matches not ordered by ${o.component} (${o.direction}): ${nums.join(", ")}`;
  }
  if (expect.allOf) {
    const { province, year } = expect.allOf;
    if (m.length === 0) return "no matches";
    const stray = m.find((e) => e.province !== province || (year !== undefined && e.year !== year));
    if (stray) return `match ${describeEntry(stray)} is outside ${province}${year ? ` ${year}` : ""}`;
  }
  if (expect.trend && answer.status === "ok") {
    const { id, years } = expect.trend;
    const got = m.map((e) => e.year);
    if (JSON.stringify(got) !== JSON.stringify(years)) return `years ${got.join(", ")}, expected ${years.join(", ")}`;
    const stray = m.find((e) => !matchesRef(e, { id }, units));
    if (stray) return `the trend holds ${describeEntry(stray)}, expected only ${id}`;
  }
  if (expect.empty && (m.length > 0 || answer.candidates.length > 0)) return `${m.length} matches and ${answer.candidates.length} candidates, expected none`;
  if (expect.namesOnlyAsked) {
    const stray = unaskedUnits(answer.text, question, units);
    if (stray.length > 0) return `the text names units nobody asked about: ${stray.slice(0, 3).join(", ")}`;
  }
  if (expect.missingYear !== undefined && answer.status !== "not_found") {
    const text = foldKey(answer.text);
    if (!text.includes(String(expect.missingYear)) || !SAYS_MISSING.test(text)) return `answers without saying that ${expect.missingYear} is not in the data`;
    const other = m.find((e) => e.year !== expect.missingYear);
    if (other && !SAYS_MISSING.test(text)) return `answers ${other.year} for ${expect.missingYear}`;
  }
  if (expect.predecessors) {
    const pool = answer.status === "ok" ? m : answer.candidates;
    const { must, may } = expect.predecessors;
    const missingOne = must.find((id) => !pool.some((e) => matchesRef(e, { id }, units)));
    if (missingOne) return `${answer.status === "ok" ? "matches" : "candidates"} lack the predecessor ${missingOne}`;
    const stray = pool.find((e) => ![...must, ...may].some((id) => matchesRef(e, { id }, units)));
    if (stray) return `${stray.unit} (${stray.province}) is not a predecessor`;
  }
  const unsaid = (expect.mentions ?? []).find((x) => !mentions(answer.text, x));
  if (unsaid !== undefined) return `the text does not state ${unsaid}`;
  const stated = numbersIn(answer.text);
  const far = (expect.mentionsNear ?? []).find(({ value, within }) => !stated.some((n) => Math.abs(n - value) <= within));
  if (far !== undefined) return `the text states no number within ${far.within} of ${far.value}`;
  if (expect.saysMissing !== undefined) {
    const term = foldKey(String(expect.saysMissing));
    const said = answer.text.split("\n").some((l) => foldKey(l).includes(term) && SAYS_NOT_HELD.test(foldKey(l)));
    if (!said) return `no line of the reply says that ${expect.saysMissing} is not in the data`;
  }
  if (expect.saysYearMissing !== undefined) {
    const year = String(expect.saysYearMissing);
    const said = answer.text.split("\n").some((l) => l.includes(year) && SAYS_MISSING.test(foldKey(l)));
    if (!said) return `no line of the reply says that ${year} is missing`;
  }
  if (expect.says) {
    const text = foldKey(answer.text);
    const unsaidPhrase = expect.says.find((phrase) => !text.includes(foldKey(phrase)));
    if (unsaidPhrase !== undefined) return `the reply does not say “${unsaidPhrase}”`;
  }
  return "";
}

/** Whether `text` states `x`: a number written with a decimal comma or point, not part of a longer number. */
function mentions(text: string, x: number | string): boolean {
  if (typeof x === "string") return text.normalize("NFC").toLocaleLowerCase("vi").includes(x.normalize("NFC").toLocaleLowerCase("vi"));
  const [whole, fraction] = String(x).split(".");
  const digits = fraction === undefined ? `${whole}(?![.,]\\d)` : `${whole}[.,]${fraction}0*`;
  return new RegExp(`(?<![\\d.,])${digits}(?!\\d)`, "u").test(text);
}

/** Every number the text states, a decimal comma read as a point ("804,25" is 804.25). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?/gu)].map((m) => Number(m[0].replace(",", ".")));
}

/**
 * The object `npm run ask -- --json` prints for `result`. It must stay what `output` in src/cli/ask.ts
 * writes; the natural-questions test compares the two, so a field added there is noticed here.
 */
export function contractJson(result: AnswerResult): ContractAnswer {
  return ContractAnswer.parse(JSON.parse(JSON.stringify(toContractAnswer(result))));
}

/** Ask every turn of a conversation; the CONTRACT JSON of the last reply. */
export function askConversation(turns: readonly string[], k: Knowledge): ContractAnswer {
  let result: AnswerResult | undefined;
  for (const turn of turns) result = answerQuestion(turn, k, result?.conversation);
  if (result === undefined) throw new Error("a natural question needs at least one turn");
  return contractJson(result);
}

/**
 * The CONTRACT JSON of each question as `npm run ask -- --json --batch` prints it, one process for all:
 * the literal path held-out sets are scored through. Questions must be single lines.
 */
export function askThroughCli(questions: readonly string[]): ContractAnswer[] {
  const run = spawnSync("npm", ["run", "-s", "ask", "--", "--json", "--batch"], { input: questions.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`npm run ask --json --batch exited ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split("\n").filter((l) => l.trim() !== "");
  if (lines.length !== questions.length) throw new Error(`npm run ask --json --batch printed ${lines.length} lines for ${questions.length} questions`);
  return lines.map((l) => ContractAnswer.parse(JSON.parse(l)));
}

function tally(scored: Scored[]): CategoryScore {
  const correct = scored.filter((s) => s.outcome === "correct").length;
  return {
    questions: scored.length,
    correct,
    wrongConfident: scored.filter((s) => s.outcome === "wrong-confident").length,
    honestMiss: scored.filter((s) => s.outcome === "honest-miss").length,
    accuracy: scored.length === 0 ? 0 : Math.round((correct / scored.length) * 1000) / 1000,
  };
}

/**
 * Score `questions` against `dataset`. With `viaCli`, single-turn questions go through the
 * `npm run ask -- --json --batch` process (conversations still run in process: the batch keeps none).
 */
export function scoreNatural(dataset: Dataset, questions: readonly NaturalQuestion[] = NATURAL, viaCli = false): NaturalReport {
  const k = buildKnowledge(dataset);
  const units = unitNames(dataset);
  const single = questions.filter((x) => x.turns.length === 1).map((x) => x.turns[0]!);
  const cli = viaCli ? askThroughCli(single) : [];
  const fromCli = new Map(cli.map((answer, i) => [single[i]!, answer]));
  const scored = questions.map((question): Scored => {
    const answer = (question.turns.length === 1 ? fromCli.get(question.turns[0]!) : undefined) ?? askConversation(question.turns, k);
    const reason = judge(question.expect, answer, question.turns.join(" "), units);
    const confident = answer.status === "ok" || answer.status === "not_evaluated";
    const outcome: Outcome = reason === "" ? "correct" : confident ? "wrong-confident" : "honest-miss";
    return { question, outcome, reason, answer };
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, tally(scored.filter((s) => s.question.category === c))])) as Record<Category, CategoryScore>;
  return { overall: tally(scored), byCategory, scored };
}

/** What two replies must share to count as the same answer: intent, status and the first match. */
function gist(a: ContractAnswer): string {
  const m = a.matches[0];
  return JSON.stringify([a.intent, a.status, m ? [m.province, foldKey(m.unit), m.year ?? null, m.rank ?? null] : null]);
}

export interface Equivalence {
  questions: number;
  /** share of questions answered the same once rewritten (Telex, VNI, NFD) */
  telex: number;
  vni: number;
  nfd: number;
}

/**
 * Whether a question typed with a switched-off keyboard (Telex, VNI) or sent decomposed (NFD) gets the
 * answer it gets typed with diacritics: over every single-turn question of the set that has diacritics.
 */
export function equivalence(dataset: Dataset, questions: readonly NaturalQuestion[] = NATURAL): Equivalence {
  const k = buildKnowledge(dataset);
  const accented = questions.filter((x) => x.turns.length === 1 && /[^\x00-\x7f]/u.test(x.turns[0]!)).map((x) => x.turns[0]!);
  const share = (rewrite: (q: string) => string) => {
    const same = accented.filter((q) => gist(askConversation([q], k)) === gist(askConversation([rewrite(q)], k))).length;
    return accented.length === 0 ? 0 : Math.round((same / accented.length) * 1000) / 1000;
  };
  return {
    questions: accented.length,
    telex: share((q) => typeWithoutKeyboard(q, "telex", "end")),
    vni: share((q) => typeWithoutKeyboard(q, "vni", "end")),
    nfd: share((q) => q.normalize("NFD")),
  };
}

export function describeFailure(s: Scored): string {
  return `[${s.question.category}] ${s.question.turns.join(" → ")}\n    ${s.outcome}: ${s.reason}`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: CategoryScore) => `${pct(s.accuracy)} (${s.correct}/${s.questions}; wrong-confident ${s.wrongConfident}, honest miss ${s.honestMiss})`;

/** The bench section: one row per category and the JSON under "naturalQuestions". */
export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
  const report = scoreNatural(dataset, NATURAL, true);
  const same = equivalence(dataset);
  const rows: [string, string][] = [["natural questions, overall", line(report.overall)]];
  for (const c of CATEGORIES) rows.push([`natural questions, ${c}`, line(report.byCategory[c])]);
  rows.push([`natural questions typed Telex / VNI / NFD, same answer (${same.questions})`, [same.telex, same.vni, same.nfd].map(pct).join(" / ")]);
  const { overall, byCategory } = report;
  // The fresh held-out sets, scored the same way (they were tuned to after each wave; see their files).
  const fresh: Record<string, unknown> = {};
  for (const [name, questions] of FRESH_SETS) {
    const r = scoreNatural(dataset, questions, true);
    const retyped = equivalence(dataset, questions);
    rows.push([`fresh held-out set ${name} (${questions.length}), overall`, line(r.overall)]);
    rows.push([`fresh held-out set ${name} typed Telex / VNI / NFD, same answer (${retyped.questions})`, [retyped.telex, retyped.vni, retyped.nfd].map(pct).join(" / ")]);
    fresh[name] = { ...r.overall, sameAnswerWhenRetyped: retyped };
  }
  return { rows, json: { naturalQuestions: { ...overall, byCategory, sameAnswerWhenRetyped: same }, freshQuestions: fresh } };
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/gu, "/"));
if (isMain) {
  const report = scoreNatural(loadDataset(process.env.DATA_DIR ?? "./data"), NATURAL, !process.argv.includes("--in-process"));
  const width = Math.max(...CATEGORIES.map((c) => c.length));
  process.stdout.write(`${"overall".padEnd(width)}  ${line(report.overall)}\n`);
  for (const c of CATEGORIES) process.stdout.write(`${c.padEnd(width)}  ${line(report.byCategory[c])}\n`);
  const same = equivalence(loadDataset(process.env.DATA_DIR ?? "./data"));
  process.stdout.write(`same answer typed Telex / VNI / NFD (${same.questions} questions): ${[same.telex, same.vni, same.nfd].map(pct).join(" / ")}\n`);
  if (process.argv.includes("--failures")) for (const s of report.scored.filter((x) => x.outcome !== "correct")) process.stdout.write(`${describeFailure(s)}\n`);
}
