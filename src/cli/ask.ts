/**
 * `npm run ask -- [--json] [--batch] [--chart out.png] "<question>"` — the bot's reply to one question
 * (or one per stdin line with --batch), as plain text or as the CONTRACT JSON object. With --json, stdout carries
 * nothing but JSON: usage errors go to stderr with exit status 2.
 */
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { config as loadEnv } from "dotenv";
import { answerQuestion, type AnswerResult } from "../answer/index.js";
import { loadDataset } from "../dataset/store.js";
import { buildKnowledge } from "../search/index.js";
import { renderPlain, toContractAnswer } from "../render/index.js";
import { writeAnswerChart } from "../render/charts/write.js";
import { CliUsageError, parseCli, runMain } from "./args.js";

const USAGE = `usage: npm run ask -- [options] "<question>"

  Prints the reply the bot would send to that message.

  --json           one JSON object (the CONTRACT answer) instead of plain text
  --batch          read one question per line on stdin, answer each (one line each with --json)
  --chart <file>   also write the chart the bot would send, as a PNG file
  -h, --help       this text

  DATA_DIR (default ./data) says where dataset.json is.`;

export interface AskArgs {
  json: boolean;
  batch: boolean;
  chart: string | null;
  question: string;
}

/** null when --help was asked; throws CliUsageError on an unknown flag or a missing question. */
export function parseAskArgs(argv: string[]): AskArgs | null {
  const parsed = parseCli(
    { name: "ask", usage: USAGE, maxPositionals: Infinity, options: { json: { type: "boolean" }, batch: { type: "boolean" }, chart: { type: "string" } } },
    argv,
  );
  if (!parsed) return null;
  const args = { json: parsed.values.json === true, batch: parsed.values.batch === true, chart: parsed.values.chart ?? null, question: parsed.positionals.join(" ").trim() };
  if (args.batch && args.question) throw new CliUsageError(`npm run ask: --batch reads the questions from stdin; "${args.question}" would be ignored\n\n${USAGE}`);
  if (args.batch && args.chart) throw new CliUsageError(`npm run ask: --chart writes one file, so it takes one question, not --batch\n\n${USAGE}`);
  return args;
}

function output(result: AnswerResult, json: boolean): string {
  return json ? JSON.stringify(toContractAnswer(result)) : renderPlain(result);
}

export async function runAsk(argv: string[]): Promise<number> {
  loadEnv({ quiet: true });
  const args = parseAskArgs(argv);
  if (!args) return 0;
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

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) runMain(() => runAsk(process.argv.slice(2)));
