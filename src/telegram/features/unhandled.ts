import { Composer } from "grammy";
import type { MyContext } from "../context.js";
import { chatLang } from "../chat-lang.js";
import { COPY } from "../../render/bot-copy.js";
import { ignoreHarmless } from "../errors.js";
import { sendFormatted } from "../format.js";
import { exampleKeyboard } from "./start.js";

/**
 * Registered last: whatever no feature took. A private chat gets a hint (help for an unknown command, "text only" for stickers and photos),
 * a button nobody recognises gets the polite "outdated" notice, and groups stay silent.
 */
export function unhandledFeature(): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  composer.on("callback_query", async (ctx) => {
    await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[chatLang(ctx)].staleButton }));
  });
  composer.chatType("private").on("message:text", async (ctx) => {
    await sendFormatted(ctx, COPY[chatLang(ctx)].help(ctx.me.username));
  });
  composer.chatType("private").on("message", async (ctx) => {
    const lang = chatLang(ctx);
    await ctx.reply(COPY[lang].textOnly, { reply_markup: exampleKeyboard(lang) });
  });
  return composer;
}
