/**
 * Scores the fresh-vn held-out set (test/golden/fresh-vn.ts) through the real CLI path
 * (`npm run ask -- --json --batch`, conversations in process as bench/natural.ts does) and prints the
 * accuracy per category, wrong-confident against honest-miss counts and every failure with the reply.
 * The same failure list goes to /work/lead/fresh-vn-failures.md (FRESH_VN_FAILURES overrides the path)
 * on every run. The CLI runs the built dist/, so it is rebuilt first: a stale build would score old code.
 *
 *   npx tsx bench/fresh-vn.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { loadDataset } from "../src/dataset/store.js";
import { FRESH_VN, FRESH_VN_FOURTH_WAVE, FRESH_VN_SECOND_WAVE, FRESH_VN_THIRD_WAVE } from "../test/golden/fresh-vn.js";
import { CATEGORIES, type Category, type Expectation, type NaturalQuestion, type Ref } from "../test/golden/natural.js";
import { equivalence, scoreNatural, type CategoryScore, type Equivalence, type NaturalReport, type Scored } from "./natural.js";

const FAILURES_PATH = process.env.FRESH_VN_FAILURES ?? "/work/lead/fresh-vn-failures.md";
/** Each question's outcome at the previous run, beside the failure file, to tell what changed since. */
const OUTCOMES_PATH = FAILURES_PATH.replace(/\.md$/u, "") + ".outcomes.json";
const Outcomes = z.record(z.string(), z.enum(["correct", "wrong-confident", "honest-miss"]));

function build(): void {
  const run = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the build failed, nothing scored:\n${run.stdout}${run.stderr}`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: CategoryScore) => `${pct(s.accuracy).padStart(6)}  ${String(s.correct).padStart(3)}/${String(s.questions).padEnd(3)}  wrong-confident ${s.wrongConfident}, honest miss ${s.honestMiss}`;

const describeRef = (r: Ref) =>
  [r.id ?? `national ${r.national}`, r.year, r.rank === undefined ? undefined : `#${r.rank ?? "-"}`, r.index].filter((x) => x !== undefined).join(" ");

/** What the question expected, in a line a reader can check against the decision text. */
function expected(e: Partial<Expectation>): string {
  const parts: string[] = e.status ? [`status ${e.status.join("|")}`] : [];
  if (e.intent) parts.push(`intent ${e.intent.join("|")}`);
  if (e.first) parts.push(`first [${e.first.map(describeRef).join(", ")}]`);
  if (e.firstOneOf) parts.push(`first one of [${e.firstOneOf.map(describeRef).join(", ")}]`);
  if (e.set) parts.push(`exactly [${e.set.map(describeRef).join(", ")}]`);
  if (e.firstSet) parts.push(`first ${e.firstSet.length} [${e.firstSet.map(describeRef).join(", ")}]`);
  if (e.matchCount !== undefined) parts.push(`${e.matchCount} match(es)`);
  if (e.count !== undefined) parts.push(`count ${e.count}`);
  if (e.average) parts.push(`average ${e.average.value} (printed ${e.average.printed})`);
  if (e.orderBy) parts.push(`ordered by ${e.orderBy.component} ${e.orderBy.direction}, best ${e.orderBy.best}`);
  if (e.allOf) parts.push(`all of ${e.allOf.province}${e.allOf.year ? ` ${e.allOf.year}` : ""}`);
  if (e.trend) parts.push(`trend of ${e.trend.id} over ${e.trend.years.join(", ")}`);
  if (e.empty) parts.push("no matches, no candidates");
  if (e.namesOnlyAsked) parts.push("names no unit not asked about");
  if (e.missingYear !== undefined) parts.push(`says ${e.missingYear} is not in the data`);
  if (e.predecessors) parts.push(`every predecessor of [${e.predecessors.must.join(", ")}]`);
  if (e.mentions) parts.push(`states ${e.mentions.join(", ")}`);
  if (e.anyOf) parts.push(`and one of {${e.anyOf.map(expected).join("} or {")}}`);
  return parts.join("; ");
}

function got(s: Scored): string {
  const a = s.answer;
  const m = a.matches
    .slice(0, 5)
    .map((e) => `${e.unitId ?? `${e.province ?? "national"}/${e.unit}`} ${e.year ?? "?"} #${e.rank ?? "-"}${e.index ? ` ${e.index}` : ""}`)
    .join(", ");
  const more = a.matches.length > 5 ? ` …(${a.matches.length})` : "";
  const extra = [a.count === undefined ? "" : ` count ${a.count}`, a.average ? ` average ${a.average.value} printed ${a.average.printed}` : "", a.orderBy ? ` orderBy ${a.orderBy}` : ""].join("");
  return `${a.intent}/${a.status}${extra}; matches [${m}${more}]${a.candidates.length > 0 ? `; candidates ${a.candidates.map((c) => `${c.unit} (${c.province ?? "national"})`).join(", ")}` : ""}`;
}

/** Every failure, wrong-confident first: the question, what was expected, what came back, why, the reply. */
function failureSections(report: NaturalReport): string[] {
  const failures = report.scored.filter((s) => s.outcome !== "correct");
  const worst = [...failures].sort((a, b) => Number(b.outcome === "wrong-confident") - Number(a.outcome === "wrong-confident"));
  return worst.map((s) =>
    [
      `## [${s.question.category}] ${s.outcome}: ${s.question.turns.join(" → ")}`,
      `- expected: ${expected(s.question.expect)}`,
      `- got: ${got(s)}`,
      `- why: ${s.reason}`,
      "- reply:",
      "",
      ...s.answer.text.split("\n").map((l) => `    ${l}`),
      "",
    ].join("\n"),
  );
}

/** A wave of questions written after a round of fixes: whether those fixes generalise to phrasings nobody fixed. */
function wave(report: NaturalReport, name: string, questions: readonly NaturalQuestion[]): string {
  const late = new Set(questions);
  const scored = report.scored.filter((s) => late.has(s.question));
  const correct = scored.filter((s) => s.outcome === "correct").length;
  const wrong = scored.filter((s) => s.outcome === "wrong-confident").length;
  return `${name}: ${pct(scored.length === 0 ? 0 : correct / scored.length)} (${correct}/${scored.length}); wrong-confident ${wrong}.`;
}

const waves = (report: NaturalReport) =>
  [
    wave(report, "Second wave (written after the first fixes, 12:40)", FRESH_VN_SECOND_WAVE),
    wave(report, "Third wave (written after the second fixes, 13:18)", FRESH_VN_THIRD_WAVE),
    wave(report, "Fourth wave (written after the third fixes, 13:25)", FRESH_VN_FOURTH_WAVE),
  ].join("\n");

const sameAnswer = (e: Equivalence) => `Same answer retyped Telex / VNI / NFD (${e.questions} questions with diacritics): ${pct(e.telex)} / ${pct(e.vni)} / ${pct(e.nfd)}.`;

const keyOf = (s: Scored) => `[${s.question.category}] ${s.question.turns.join(" → ")}`;

function previousOutcomes(): Record<string, string> {
  if (!existsSync(OUTCOMES_PATH)) return {};
  const parsed = Outcomes.safeParse(JSON.parse(readFileSync(OUTCOMES_PATH, "utf8")));
  return parsed.success ? parsed.data : {};
}

/** Questions of the previous run whose outcome changed: what a merge fixed and what it broke. */
function changes(report: NaturalReport, before: Record<string, string>): string[] {
  const moved = report.scored.filter((s) => before[keyOf(s)] !== undefined && before[keyOf(s)] !== s.outcome);
  const broke = moved.filter((s) => s.outcome !== "correct").map((s) => `- broke (${before[keyOf(s)]} → ${s.outcome}): ${keyOf(s)}`);
  const fixed = moved.filter((s) => s.outcome === "correct").map((s) => `- fixed (${before[keyOf(s)]} → correct): ${keyOf(s)}`);
  return broke.length + fixed.length === 0 ? [] : ["Changed since the previous run:", "", ...broke, ...fixed, ""];
}

function failureFile(report: NaturalReport, retyped: Equivalence, changed: string[], sections: string[]): string {
  return [
    "# fresh-vn held-out set: failures",
    "",
    `Scored ${new Date().toISOString()} through \`npm run ask -- --json --batch\` (bench/fresh-vn.ts).`,
    `Overall ${pct(report.overall.accuracy)} (${report.overall.correct}/${report.overall.questions}); wrong-confident ${report.overall.wrongConfident}, honest miss ${report.overall.honestMiss}.`,
    sameAnswer(retyped),
    waves(report),
    "",
    "| category | accuracy | correct | wrong-confident | honest miss |",
    "|---|---|---|---|---|",
    ...CATEGORIES.filter((c) => report.byCategory[c].questions > 0).map((c: Category) => {
      const s = report.byCategory[c];
      return `| ${c} | ${pct(s.accuracy)} | ${s.correct}/${s.questions} | ${s.wrongConfident} | ${s.honestMiss} |`;
    }),
    "",
    ...changed,
    "Wrong-confident first. Each: the question (turns joined by →), what was expected, what came back, why it fails, and the reply.",
    "",
    ...sections,
  ].join("\n");
}

build();
const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
const report = scoreNatural(dataset, FRESH_VN, true);
const retyped = equivalence(dataset, FRESH_VN);
const width = Math.max(...CATEGORIES.map((c) => c.length));
process.stdout.write(`${"overall".padEnd(width)}  ${line(report.overall)}\n`);
for (const c of CATEGORIES) if (report.byCategory[c].questions > 0) process.stdout.write(`${c.padEnd(width)}  ${line(report.byCategory[c])}\n`);
const sections = failureSections(report);
mkdirSync(dirname(FAILURES_PATH), { recursive: true });
const changed = changes(report, previousOutcomes());
writeFileSync(FAILURES_PATH, `${failureFile(report, retyped, changed, sections)}\n`);
writeFileSync(OUTCOMES_PATH, `${JSON.stringify(Object.fromEntries(report.scored.map((s) => [keyOf(s), s.outcome])), null, 1)}\n`);
process.stdout.write(`${sameAnswer(retyped)}\n${waves(report)}\n\n${changed.join("\n")}\n${sections.join("\n")}\n`);
process.stdout.write(`\nfailures written to ${FAILURES_PATH}\n`);
