import type { MyContext, SessionData } from "./context.js";
import type { AnswerResult } from "../answer/index.js";
import { langOf, type Lang } from "../render/bot-copy.js";

/** The chat's session, or undefined where there is none (inline queries, or before the session middleware). */
export function sessionOf(ctx: MyContext): SessionData | undefined {
  if (!ctx.chat) return undefined;
  try {
    return (ctx as { session?: SessionData }).session;
  } catch {
    return undefined;
  }
}

/** The language to talk in: what the chat last asked in, else the user's Telegram language. */
export function chatLang(ctx: MyContext): Lang {
  return sessionOf(ctx)?.lang ?? langOf(ctx.from?.language_code);
}

/** Remember what the chat was just answered: the conversation a follow-up continues, and the language it asked in. */
export function rememberAnswer(ctx: MyContext, result: AnswerResult): void {
  const session = sessionOf(ctx);
  if (!session) return;
  session.conversation = result.conversation;
  session.lang = result.lang;
}
