/**
 * Scores the fresh-it held-out set (test/golden/fresh-it.ts) through `npm run ask -- --json --batch`
 * (conversations in process, as bench/natural.ts does), prints accuracy per category, wrong-confident
 * vs honest-miss counts and every failure with the reply, and writes the failures to
 * /work/lead/fresh-it-failures.md (FAILURES_FILE overrides). Run: `npx tsx bench/fresh-it.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadDataset } from "../src/dataset/store.js";
import { FRESH_IT } from "../test/golden/fresh-it.js";
import { CATEGORIES } from "../test/golden/natural.js";
import { buildKnowledge } from "../src/search/index.js";
import { typeWithoutKeyboard } from "../test/support/keyboard-typing.js";
import { askConversation, equivalence, scoreNatural, type CategoryScore, type ContractAnswer, type Scored } from "./natural.js";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: CategoryScore) => `${pct(s.accuracy)} (${s.correct}/${s.questions}; wrong-confident ${s.wrongConfident}, honest miss ${s.honestMiss})`;

const describeExpect = (s: Scored) => JSON.stringify(s.question.expect);
const describeGot = (s: Scored) => {
  const a = s.answer;
  const m = a.matches.slice(0, 5).map((e) => `${e.unitId ?? `${e.province ?? "national"}/${e.unit}`} ${e.year ?? "?"} #${e.rank ?? "-"}`);
  const extra = [a.count === undefined ? "" : `count=${a.count}`, a.average ? `average=${a.average.value} printed=${a.average.printed}` : "", a.orderBy ? `orderBy=${a.orderBy}` : ""].filter(Boolean).join(" ");
  return `intent=${a.intent} status=${a.status} matches(${a.matches.length})=[${m.join(", ")}${a.matches.length > 5 ? ", …" : ""}] ${extra}`.trim();
};

const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
const report = scoreNatural(dataset, FRESH_IT, true);
const same = equivalence(dataset, FRESH_IT);
/** Questions whose reply changes once retyped with a switched-off keyboard: intent, status or first match. */
const k = buildKnowledge(dataset);
const gist = (a: ContractAnswer) => `${a.intent} ${a.status} ${a.matches[0] ? `${a.matches[0].unitId ?? a.matches[0].unit} ${a.matches[0].year ?? "?"} #${a.matches[0].rank ?? "-"}` : "—"}`;
const retyped = FRESH_IT.filter((x) => x.turns.length === 1 && /[^\x00-\x7f]/u.test(x.turns[0]!)).flatMap((x) =>
  (["telex", "vni"] as const).flatMap((method) => {
    const typed = typeWithoutKeyboard(x.turns[0]!, method, "end");
    const plain = gist(askConversation(x.turns, k));
    const other = gist(askConversation([typed], k));
    return plain === other ? [] : [`- ${method}: “${typed}” → ${other} (typed with diacritics: ${plain})`];
  }),
);
const width = Math.max(...CATEGORIES.map((c) => c.length));
const table = [
  `${"overall".padEnd(width)}  ${line(report.overall)}`,
  ...CATEGORIES.map((c) => `${c.padEnd(width)}  ${line(report.byCategory[c])}`),
  `same answer retyped Telex / VNI / NFD (${same.questions} questions with diacritics): ${[same.telex, same.vni, same.nfd].map(pct).join(" / ")}`,
];
const failures = report.scored.filter((s) => s.outcome !== "correct");
const ordered = [...failures.filter((s) => s.outcome === "wrong-confident"), ...failures.filter((s) => s.outcome === "honest-miss")];
const blocks = ordered.map(
  (s, i) =>
    `### ${i + 1}. [${s.question.category}] ${s.outcome}: ${s.question.turns.map((t) => `“${t}”`).join(" → ")}\n` +
    `- why: ${s.reason}\n- expected: \`${describeExpect(s)}\`\n- got: ${describeGot(s)}\n- reply:\n\n${s.answer.text.split("\n").map((l) => `    ${l}`).join("\n")}\n`,
);
const retypedSection = `## Answered differently once retyped (Telex / VNI, tones at the end)\n\n${retyped.join("\n") || "none"}\n`;
process.stdout.write(`${table.join("\n")}\n\n${blocks.join("\n")}\n${retypedSection}`);
const file = process.env.FAILURES_FILE ?? "/work/lead/fresh-it-failures.md";
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  `# fresh-it failures (${new Date().toISOString()})\n\n` +
    `Held-out set test/golden/fresh-it.ts (${FRESH_IT.length} questions), scored through \`npm run ask -- --json --batch\` by \`npx tsx bench/fresh-it.ts\`. Wrong-confident first.\n\n` +
    "```\n" + table.join("\n") + "\n```\n\n" + blocks.join("\n") + "\n" + retypedSection,
);
