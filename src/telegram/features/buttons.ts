import { Composer } from "grammy";
import { answerQuery, QuerySchema, type Query } from "../../answer/index.js";
import type { MyContext } from "../context.js";
import { chatLang, rememberAnswer, sessionOf } from "../chat-lang.js";
import { decodeCallback, resolveUnitHandle, type CompactQuery } from "../callback-data.js";
import { COPY, EXAMPLES } from "../../render/bot-copy.js";
import { renderAnswer } from "../../render/index.js";
import type { Knowledge } from "../../search/index.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { editIntoFormatted, sendFormatted } from "../format.js";
import { followUpQuery, pickQuery } from "../questions.js";
import { keyboardFor, present } from "../respond.js";

/** A button's query with its unit handles resolved in the current dataset; undefined when a unit is gone. */
function resolvedQuery(k: Knowledge, compact: CompactQuery): Query | undefined {
  const s = compact.subject;
  const unitIds = s.kind === "units" ? s.handles.map((h) => resolveUnitHandle(k.dataset, h)) : s.kind === "relative" ? [resolveUnitHandle(k.dataset, s.handle)] : s.kind === "namesakes" ? s.handles.map((h) => resolveUnitHandle(k.dataset, h)) : [];
  if (unitIds.some((id) => id === undefined)) return undefined;
  const subject =
    s.kind === "units"
      ? { kind: "units" as const, unitIds: unitIds as string[] }
      : s.kind === "relative"
        ? { kind: "relative" as const, unitId: unitIds[0]!, direction: s.direction, take: s.take }
        : s.kind === "namesakes"
          ? { kind: "namesakes" as const, unitIds: unitIds as string[] }
          : s;
  const parsed = QuerySchema.safeParse({ ...compact, subject });
  return parsed.success ? parsed.data : undefined;
}

/**
 * Inline buttons: a candidate of an ambiguous question (the message is edited into the answer), the follow-ups
 * under an answer (answered in a new message) and the /start examples. Buttons carry queries, which are answered
 * as they are — no sentence is written and parsed again. Chart buttons belong to the charts feature; anything
 * undecodable is answered politely by the catch-all.
 */
export function buttonsFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (!action || action.action === "chart") return next();
    const lang = chatLang(ctx);
    const k = deps.knowledge();
    if (!ctx.chat) {
      await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
      return;
    }
    const charts = { charts: deps.charts !== undefined };
    if (action.action === "example") {
      const question = EXAMPLES[lang][action.n];
      if (question === undefined) {
        await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
        return;
      }
      await ignoreHarmless(ctx.answerCallbackQuery());
      const presented = present(question, k, sessionOf(ctx)?.conversation, charts);
      rememberAnswer(ctx, presented.result);
      await sendFormatted(ctx, presented.text, { keyboard: presented.keyboard });
      return;
    }
    let query: Query | undefined;
    switch (action.action) {
      case "query":
        query = resolvedQuery(k, action.query);
        break;
      case "pick": {
        const unitId = resolveUnitHandle(k.dataset, action.unit);
        query = unitId === undefined ? undefined : pickQuery(k, unitId, action.intent, action.year);
        break;
      }
      case "followUp": {
        const unitId = resolveUnitHandle(k.dataset, action.unit);
        query = unitId === undefined ? undefined : followUpQuery(k, action.kind, unitId, action.year, action.index);
        break;
      }
    }
    if (query === undefined) {
      await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
      return;
    }
    await ignoreHarmless(ctx.answerCallbackQuery());
    const result = answerQuery(query, k, sessionOf(ctx)?.conversation, lang);
    rememberAnswer(ctx, result);
    const text = renderAnswer(result);
    const keyboard = keyboardFor("", result, k, charts);
    const picked = action.action === "pick" || (action.action === "query" && action.pick);
    if (picked && ctx.callbackQuery.message) await editIntoFormatted(ctx, text, keyboard);
    else await sendFormatted(ctx, text, { keyboard });
  });

  return composer;
}
