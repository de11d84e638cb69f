/** Text rendering of answers: Telegram entities, plain text, and the CONTRACT JSON object. */
import type { FormattedString } from "@grammyjs/parse-mode";
import type { Answer } from "../domain/answer.js";
import { contractExtras, type AnswerResult } from "../answer/types.js";
import { renderAnswer } from "./answer.js";

export { renderAnswer } from "./answer.js";

/** The same reply as plain text (no markup): what `npm run ask` prints. */
export function renderPlain(r: AnswerResult): string {
  return renderAnswer(r).text;
}

/** The CONTRACT answer object, `text` being the plain reply. */
export function toContractAnswer(r: AnswerResult): Answer {
  return { intent: r.intent, status: r.status, matches: r.matches, candidates: r.candidates, text: renderPlain(r), ...contractExtras(r) };
}

export type { FormattedString };
