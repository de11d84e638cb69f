import { answerQuestion, ConversationSchema, type AnswerResult, type Conversation } from "../../src/answer/index.js";
import type { Knowledge } from "../../src/search/index.js";

/** Ask the questions in turn, each with the conversation the one before left (through JSON, as the session stores it), as the bot does. */
export function chatWith(k: Knowledge, ...questions: string[]): AnswerResult[] {
  let c: Conversation = {};
  return questions.map((q) => {
    const r = answerQuestion(q, k, c);
    c = ConversationSchema.parse(JSON.parse(JSON.stringify(r.conversation)));
    return r;
  });
}
