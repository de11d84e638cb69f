import type { AnswerResult } from "../../answer/types.js";
import { writeFileAtomic } from "../../dataset/store.js";
import type { Knowledge } from "../../search/index.js";
import { CHART_COPY } from "./copy.js";

/**
 * `npm run ask -- --chart out.png "<question>"`: write the chart the bot would send. An answer without a
 * chart (not found, ambiguous, help) writes nothing and says so on stderr; the text reply stands either way.
 * vega is loaded only when a chart is asked for, so plain `npm run ask` starts as fast as before.
 */
export async function writeAnswerChart(
  result: AnswerResult,
  knowledge: Knowledge,
  path: string,
  warn: (message: string) => void = (m) => process.stderr.write(m + "\n"),
): Promise<void> {
  const { chartForAnswer } = await import("./answer.js");
  const chart = await chartForAnswer(result, knowledge);
  if (!chart) {
    warn(`--chart: ${CHART_COPY[result.lang].noChart}`);
    return;
  }
  writeFileAtomic(path, chart.png);
}
