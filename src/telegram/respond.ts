import type { FormattedString } from "@grammyjs/parse-mode";
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { answerQuestion, initialsOf, parseQuestion, type AnswerResult, type Conversation } from "../answer/index.js";
import type { Entry } from "../domain/answer.js";
import { renderAnswer } from "../render/index.js";
import type { Knowledge } from "../search/index.js";
import { encodeChart, encodeExport, encodeQuery, type FollowUp, type PickIntent } from "./callback-data.js";
import { followUpQuery, pickQuery } from "./questions.js";
import { COPY, type Lang } from "../render/bot-copy.js";

/** How many candidates an ambiguous question offers as buttons. */
export const MAX_CANDIDATE_BUTTONS = 8;

export interface Presented {
  result: AnswerResult;
  text: FormattedString;
  keyboard: InlineKeyboardMarkup | undefined;
}

export interface PresentOptions {
  /** the charts feature is installed: offer a chart button */
  charts: boolean;
}

function pickIntent(intent: AnswerResult["intent"]): PickIntent {
  switch (intent) {
    case "rank":
    case "trend":
    case "top":
    case "compare":
    case "overview":
      return intent;
    case "help":
    case "unknown":
    case "count":
    case "list":
    case "average":
      return "rank";
  }
}

/** Buttons under an answer: candidates to choose from, or the natural next questions about the unit. */
export function keyboardFor(question: string, result: AnswerResult, k: Knowledge, opts: PresentOptions): InlineKeyboardMarkup | undefined {
  if (result.status === "ambiguous") {
    const kb = new InlineKeyboard();
    // the year the question named travels with each candidate, so the pick answers the same question
    const year = result.conversation.year ?? parseQuestion(question, k.vocabulary, initialsOf(k)).years[0];
    for (const c of result.candidates.slice(0, MAX_CANDIDATE_BUTTONS)) {
      const query = pickQuery(k, c.unitId, pickIntent(result.intent), year);
      const data = query && encodeQuery(query, true);
      if (data) kb.text(`${c.unit} — ${c.province}`, data).row();
    }
    return kb;
  }
  const main: Entry | undefined = result.matches[0];
  if (result.status !== "ok" || !main) return undefined;
  const lang: Lang = result.lang;
  const kb = new InlineKeyboard();
  if (result.intent === "rank" || result.intent === "overview") {
    const history = k.entriesByUnit.get(main.unitId) ?? [];
    const years = new Set(history.map((e) => e.year));
    const button = (label: string, kind: FollowUp) => {
      const query = followUpQuery(k, kind, main.unitId, main.year, main.index);
      const data = query && encodeQuery(query);
      if (data) kb.text(label, data);
    };
    if (years.has(main.year - 1)) button(COPY[lang].buttons.previousYear(main.year - 1), "previousYear");
    if (years.size > 1) button(COPY[lang].buttons.yearOverYear, "yearOverYear");
    button(COPY[lang].buttons.wholeBlock, "wholeBlock");
  }
  if (opts.charts) {
    if (kb.inline_keyboard.some((row) => row.length > 0)) kb.row();
    kb.text(COPY[lang].buttons.chart, encodeChart(main.unitId, main.year, main.index));
    kb.text(COPY[lang].buttons.excel, encodeExport(main.unitId, main.year, main.index));
  }
  return kb.inline_keyboard.some((row) => row.length > 0) ? kb : undefined;
}

interface BuiltKeyboard {
  question: string;
  k: Knowledge;
  charts: boolean;
  keyboard: InlineKeyboardMarkup | undefined;
}
/** Keyboards of answers the engine remembered and hands out again (the same object for the same question). */
const keyboards = new WeakMap<AnswerResult, BuiltKeyboard>();

function rememberedKeyboard(question: string, result: AnswerResult, k: Knowledge, opts: PresentOptions): InlineKeyboardMarkup | undefined {
  const known = keyboards.get(result);
  if (known && known.question === question && known.k === k && known.charts === opts.charts) return known.keyboard;
  const keyboard = keyboardFor(question, result, k, opts);
  keyboards.set(result, { question, k, charts: opts.charts, keyboard });
  return keyboard;
}

/** Answer a question (with the chat's conversation for follow-ups) and build the reply. Pure apart from the answer engine. */
export function present(question: string, k: Knowledge, conversation: Conversation | undefined, opts: PresentOptions): Presented {
  const result = answerQuestion(question, k, conversation);
  return { result, text: renderAnswer(result), keyboard: rememberedKeyboard(question, result, k, opts) };
}
