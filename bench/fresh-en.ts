/**
 * Scores the fresh held-out English / Vietnamese-edge question set (test/golden/fresh-en.ts, and apart
 * from it the later waves FRESH_EN_WAVE2, 3 and 4) through the
 * real CLI path, `npm run ask -- --json --batch` (conversations in process, as bench/natural.ts does),
 * after rebuilding dist/ so the CLI runs the code of this checkout, not a stale build.
 * `npx tsx bench/fresh-en.ts` prints accuracy per category, wrong-confident vs honest-miss counts and
 * every failure, and writes the same failure list to /work/lead/fresh-en-failures.md (FAILURES_FILE).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadDataset } from "../src/dataset/store.js";
import { FRESH_EN, FRESH_EN_WAVE2, FRESH_EN_WAVE3, FRESH_EN_WAVE4 } from "../test/golden/fresh-en.js";
import { CATEGORIES, type Expectation } from "../test/golden/natural.js";
import { buildKnowledge } from "../src/search/index.js";
import { typeWithoutKeyboard, type Method } from "../test/support/keyboard-typing.js";
import { askConversation, equivalence, scoreNatural, type CategoryScore, type ContractAnswer, type Scored } from "./natural.js";

const FAILURES_FILE = process.env.FAILURES_FILE ?? "/work/lead/fresh-en-failures.md";

const build = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { encoding: "utf8" });
if (build.status !== 0) throw new Error(`the build failed, the CLI would run stale code:\n${build.stdout}${build.stderr}`);

const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
const report = scoreNatural(dataset, FRESH_EN, true);
const waves = [
  { name: "wave 2", title: "Wave 2 — written after the first fixes, not from them", report: scoreNatural(dataset, FRESH_EN_WAVE2, true) },
  { name: "wave 3", title: "Wave 3 — written after the second fixes, scored before anyone read it", report: scoreNatural(dataset, FRESH_EN_WAVE3, true) },
  { name: "wave 4", title: "Wave 4 — written after the third fixes, scored before anyone read it", report: scoreNatural(dataset, FRESH_EN_WAVE4, true) },
];
const same = equivalence(dataset, FRESH_EN);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: CategoryScore) => `${pct(s.accuracy).padStart(6)}  ${String(s.correct).padStart(3)}/${String(s.questions).padEnd(3)}  wrong-confident ${s.wrongConfident}, honest miss ${s.honestMiss}`;

const describeExpect = (e: Expectation) => JSON.stringify(e);
const describeGot = (a: ContractAnswer) => {
  const head = a.matches.slice(0, 5).map((m) => `${m.unitId ?? `${m.province ?? "national"}/${m.unit}`} ${m.year ?? "?"} #${m.rank ?? "-"}`);
  const extra = [a.count === undefined ? "" : `count ${a.count}`, a.average === undefined ? "" : `average ${a.average.value} printed=${a.average.printed}`, a.orderBy ? `orderBy ${a.orderBy}` : ""].filter(Boolean);
  return `${a.intent}/${a.status}; ${a.matches.length} matches [${head.join(", ")}${a.matches.length > 5 ? ", …" : ""}]${extra.length ? `; ${extra.join("; ")}` : ""}; ${a.candidates.length} candidates`;
};
const quote = (text: string) => text.split("\n").map((l) => `    > ${l}`).join("\n");

function failure(s: Scored): string {
  return [
    `- [${s.question.category}] **${s.outcome}** — ${s.question.turns.map((t) => `«${t}»`).join(" → ")}`,
    `  - why: ${s.reason}`,
    `  - expected: \`${describeExpect(s.question.expect)}\``,
    `  - got: ${describeGot(s.answer)}`,
    `  - reply:`,
    quote(s.answer.text.length > 700 ? `${s.answer.text.slice(0, 700)}…` : s.answer.text),
  ].join("\n");
}

/** The part of a reply two spellings of one question must share (as bench/natural.ts compares them). */
const gist = (a: ContractAnswer) => {
  const m = a.matches[0];
  return `${a.intent}/${a.status} ${m ? `${m.unitId ?? m.unit} ${m.year ?? "?"} #${m.rank ?? "-"}` : "no match"}`;
};

/** Every single-turn question with diacritics whose Telex or VNI keystrokes get another answer. */
function retypedDifferently(): string[] {
  const k = buildKnowledge(dataset);
  const accented = FRESH_EN.filter((x) => x.turns.length === 1 && /[^\x00-\x7f]/u.test(x.turns[0]!)).map((x) => x.turns[0]!);
  return accented.flatMap((question) => {
    const plain = gist(askConversation([question], k));
    return (["telex", "vni"] as Method[]).flatMap((method) => {
      const typed = typeWithoutKeyboard(question, method, "end");
      const got = gist(askConversation([typed], k));
      const bothUnanswered = got.includes("/not_found no match") && plain.includes("/not_found no match");
      return got === plain || bothUnanswered ? [] : [`- ${method}: «${typed}» → ${got}; typed with diacritics → ${plain}`];
    });
  });
}

const width = Math.max(...CATEGORIES.map((c) => c.length));
const retyped = `same answer retyped Telex / VNI / NFD (${same.questions} questions with diacritics): ${[same.telex, same.vni, same.nfd].map(pct).join(" / ")}`;
const table = [`${"overall".padEnd(width)}  ${line(report.overall)}`, ...CATEGORIES.map((c) => `${c.padEnd(width)}  ${line(report.byCategory[c])}`), retyped].join("\n");
const waveTables = waves.map(({ name, report: r }) =>
  [`${name.padEnd(width)}  ${line(r.overall)}`, ...CATEGORIES.filter((c) => r.byCategory[c].questions > 0).map((c) => `${c.padEnd(width)}  ${line(r.byCategory[c])}`)].join("\n"),
);
const waveFailures = waves.map(({ report: r }) => r.scored.filter((s) => s.outcome !== "correct"));
const waveSections = waves.flatMap(({ title }, i) => [`## ${title} (${waveFailures[i]!.length} failures)`, "", "```", waveTables[i]!, "```", "", ...waveFailures[i]!.map(failure), ""]);
const failures = report.scored.filter((s) => s.outcome !== "correct");
const wrong = failures.filter((s) => s.outcome === "wrong-confident");
const misses = failures.filter((s) => s.outcome === "honest-miss");

const markdown = [
  `# Fresh held-out set "en": failures (${new Date().toISOString()})`,
  "",
  "Scored through `npm run ask -- --json --batch` (conversations in process) by `npx tsx bench/fresh-en.ts`.",
  "",
  "```",
  table,
  "```",
  "",
  `## Wrong-confident (${wrong.length}) — a definite answer that is wrong`,
  "",
  ...wrong.map(failure),
  "",
  `## Honest misses (${misses.length})`,
  "",
  ...misses.map(failure),
  "",
  ...waveSections,
  "## Retyped with a switched-off keyboard, answered differently",
  "",
  ...retypedDifferently(),
  "",
].join("\n");

mkdirSync(dirname(FAILURES_FILE), { recursive: true });
writeFileSync(FAILURES_FILE, markdown);
process.stdout.write(`${table}\n\n${failures.map(failure).join("\n")}\n\n${waveSections.join("\n")}\n\nfailures written to ${FAILURES_FILE}\n`);
