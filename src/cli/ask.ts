/**
 * `npm run ask -- [--json] [--batch] [--chart out.png] "<question>"` — the bot's reply to one question
 * (or one per stdin line with --batch), as plain text or as the CONTRACT JSON object.
 */
import { createInterface } from "node:readline";
import { config as loadEnv } from "dotenv";
import { answerQuestion, type AnswerResult } from "../answer/index.js";
import { loadDataset } from "../dataset/store.js";
import { buildKnowledge } from "../search/index.js";
import { renderPlain, toContractAnswer } from "../render/index.js";
import { writeAnswerChart } from "../render/charts/write.js";

export interface AskArgs {
  json: boolean;
  batch: boolean;
  chart: string | null;
  question: string;
}

export function parseArgs(argv: string[]): AskArgs {
  const args: AskArgs = { json: false, batch: false, chart: null, question: "" };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--batch") args.batch = true;
    else if (a === "--chart") args.chart = argv[++i] ?? null;
    else if (a.startsWith("--chart=")) args.chart = a.slice("--chart=".length);
    else words.push(a);
  }
  args.question = words.join(" ");
  return args;
}

function output(result: AnswerResult, json: boolean): string {
  return json ? JSON.stringify(toContractAnswer(result)) : renderPlain(result);
}

export async function runAsk(argv: string[]): Promise<number> {
  loadEnv({ quiet: true });
  const args = parseArgs(argv);
  const knowledge = buildKnowledge(loadDataset(process.env.DATA_DIR ?? "./data"));
  if (args.batch) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(output(answerQuestion(line, knowledge), args.json) + "\n");
    return 0;
  }
  const result = answerQuestion(args.question, knowledge);
  process.stdout.write(output(result, args.json) + "\n");
  if (args.chart) await writeAnswerChart(result, knowledge, args.chart);
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/gu, "/"));
if (isMain) {
  runAsk(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
