import { Composer } from "grammy";
import type { MyContext } from "../context.js";
import { chatLang, rememberAnswer, sessionOf } from "../chat-lang.js";
import { decodeCallback, resolveUnitHandle } from "../callback-data.js";
import { COPY, EXAMPLES } from "../../render/bot-copy.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { editIntoFormatted, sendFormatted } from "../format.js";
import { followUpQuestion, unitQuestion } from "../questions.js";
import { present } from "../respond.js";

/**
 * Inline buttons: a candidate of an ambiguous question (the message is edited into the answer), the follow-ups
 * under an answer (answered in a new message) and the /start examples. Chart buttons belong to the charts feature;
 * anything undecodable is answered politely by the catch-all.
 */
export function buttonsFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (!action || action.action === "chart") return next();
    const lang = chatLang(ctx);
    const k = deps.knowledge();
    let question: string | undefined;
    switch (action.action) {
      case "example":
        question = EXAMPLES[lang][action.n];
        break;
      case "pick": {
        const unitId = resolveUnitHandle(k.dataset, action.unit);
        question = unitId === undefined ? undefined : unitQuestion(k, unitId, action.intent, action.year, lang);
        break;
      }
      case "followUp": {
        const unitId = resolveUnitHandle(k.dataset, action.unit);
        question = unitId === undefined ? undefined : followUpQuestion(k, action.kind, unitId, action.year, action.index, lang);
        break;
      }
    }
    if (question === undefined || !ctx.chat) {
      await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
      return;
    }
    await ignoreHarmless(ctx.answerCallbackQuery());
    const presented = present(question, k, sessionOf(ctx)?.conversation, { charts: deps.charts !== undefined });
    rememberAnswer(ctx, presented.result);
    if (action.action === "pick" && ctx.callbackQuery.message) await editIntoFormatted(ctx, presented.text, presented.keyboard);
    else await sendFormatted(ctx, presented.text, { keyboard: presented.keyboard });
  });

  return composer;
}
