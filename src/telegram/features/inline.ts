import { Composer } from "grammy";
import type { InlineQueryResultArticle, MessageEntity } from "grammy/types";
import { answerQuestion, type AnswerResult } from "../../answer/index.js";
import type { Entry } from "../../domain/answer.js";
import { num } from "../../render/format.js";
import { indexTag } from "../../render/names.js";
import { renderAnswer, renderPlain } from "../../render/index.js";
import type { Knowledge } from "../../search/index.js";
import type { MyContext } from "../context.js";
import { COPY, EXAMPLES, langOf, type Lang } from "../../render/bot-copy.js";
import { MAX_MESSAGE_LENGTH } from "../format.js";
import { unitHandle } from "../callback-data.js";
import { unitQuestion } from "../questions.js";
import type { BotDeps } from "../deps.js";

export const MAX_INLINE_RESULTS = 10;
/** Answers change only when a decision is added; a short cache keeps typing snappy without serving stale data long. */
export const INLINE_CACHE_SECONDS = 30;

/** One line under the title: rank, total and year of the main match; else the reply's first line. */
export function describe(result: AnswerResult, lang: Lang): string {
  const m: Entry | undefined = result.matches[0];
  if (result.status === "ok" && m && m.rank !== null) {
    const rank = COPY[lang].inlineRank(m.rank, m.outOf);
    const total = m.total === null ? "" : ` · ${num(m.total, lang)}${m.maxTotal ? `/${num(m.maxTotal, lang)}` : ""}`;
    return `${rank}${total} · ${indexTag(m.index, lang)} ${m.year}`;
  }
  const first = renderPlain(result).split("\n").find((l: string) => l.trim().length > 0) ?? "";
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

function titleOf(result: AnswerResult, fallback: string): string {
  const m = result.matches[0];
  if (result.status === "ok" && m) {
    if (result.intent === "top" || result.matches.length > 1) return fallback;
    return `${m.unit} — ${m.province}`;
  }
  return fallback;
}

function article(id: string, title: string, result: AnswerResult, lang: Lang): InlineQueryResultArticle {
  const text = renderAnswer(result);
  const clipped = text.text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH - 1) : text;
  return {
    type: "article",
    id,
    title: title.slice(0, 120),
    description: describe(result, lang),
    input_message_content: {
      message_text: clipped.text,
      entities: clipped.entities as MessageEntity[],
      link_preview_options: { is_disabled: true },
    },
  };
}

/** Up to ten ready answers for what is typed after @bot: the answer, or one per candidate; examples when empty. */
export function inlineResults(query: string, k: Knowledge, lang: Lang): InlineQueryResultArticle[] {
  const q = query.trim();
  if (q.length === 0)
    return EXAMPLES[lang].map((example, i) => {
      const r = answerQuestion(example, k);
      return { ...article(`ex${i}`, example, r, lang), description: `${COPY[lang].inlineExamples} · ${describe(r, lang)}` };
    });
  const result = answerQuestion(q, k);
  if (result.status === "ambiguous") {
    const out: InlineQueryResultArticle[] = [];
    for (const c of result.candidates.slice(0, MAX_INLINE_RESULTS)) {
      const question = unitQuestion(k, c.unitId, result.intent === "trend" ? "trend" : "rank", result.conversation.year, result.lang);
      if (!question) continue;
      const r = answerQuestion(question, k);
      out.push(article(`u${unitHandle(c.unitId)}`, `${c.unit} — ${c.province}`, r, result.lang));
    }
    if (out.length > 0) return out;
  }
  if (result.status === "not_found" || result.status === "ambiguous")
    return [article("nf", COPY[lang].inlineNothing(q).split(".")[0] ?? q, result, lang)];
  return [article("a0", titleOf(result, q), result, result.lang)];
}

export function inlineFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  composer.on("inline_query", async (ctx) => {
    const lang = langOf(ctx.from.language_code);
    const results = inlineResults(ctx.inlineQuery.query, deps.knowledge(), lang);
    await ctx.answerInlineQuery(results.slice(0, MAX_INLINE_RESULTS), { cache_time: INLINE_CACHE_SECONDS, is_personal: false });
  });
  return composer;
}
