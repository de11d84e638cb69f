import type { MyContext, SessionData } from "./context.js";
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
