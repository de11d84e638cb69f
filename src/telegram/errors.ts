import { BotError, GrammyError, HttpError } from "grammy";
import type { Logger } from "../log/logger.js";
import type { MyContext } from "./context.js";
import { COPY, langOf } from "../render/bot-copy.js";
import { quotedMessageId, replyParameters } from "./format.js";

/**
 * API errors that mean "nothing to do": a double-tap edits a message into what it already says, a button
 * pressed long ago can no longer be answered, a user blocked the bot. One list, so they are ignored alike.
 */
export const HARMLESS_API_ERRORS: readonly RegExp[] = [
  /message is not modified/i,
  /query is too old/i,
  /query ID is invalid/i,
  /message to edit not found/i,
  /message can't be edited/i,
  /bot was blocked by the user/i,
  /user is deactivated/i,
  /bot was kicked/i,
  /not enough rights to send/i,
];

export function isHarmless(error: unknown): boolean {
  const inner = error instanceof BotError ? error.error : error;
  return inner instanceof GrammyError && HARMLESS_API_ERRORS.some((re) => re.test(inner.description));
}

/** Run an API call whose failure with a harmless error should be ignored (other errors propagate). */
export async function ignoreHarmless<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (isHarmless(err)) return undefined;
    throw err;
  }
}

/**
 * The error boundary: a failing handler is logged with its update id, the user gets a short apology, and the bot
 * keeps running (grammY stops a bot without an error handler; the runner calls this one for every failure).
 */
export function errorBoundary(logger: Logger): (err: BotError<MyContext>) => Promise<void> {
  return async (err) => {
    const ctx = err.ctx;
    const updateId = ctx.update.update_id;
    if (isHarmless(err)) {
      logger.debug("ignored harmless API error", { update_id: updateId, error: err.error });
      return;
    }
    const kind = err.error instanceof GrammyError ? "api" : err.error instanceof HttpError ? "network" : "handler";
    logger.error(`update failed (${kind} error)`, { update_id: updateId, chat_id: ctx.chat?.id, error: err.error });
    const lang = langOf(ctx.from?.language_code);
    try {
      if (ctx.callbackQuery) await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].apology }));
      else if (ctx.chat && ctx.message) await ctx.reply(COPY[lang].apology, replyParameters(quotedMessageId(ctx)));
    } catch (apologyError) {
      logger.warn("could not send the apology", { update_id: updateId, error: apologyError });
    }
  };
}
