import { Composer, InlineKeyboard } from "grammy";
import type { MyContext } from "../context.js";
import { chatLang } from "../chat-lang.js";
import { commandNames, COPY, EXAMPLES } from "../../render/bot-copy.js";
import { encodeExample } from "../callback-data.js";
import { quotedMessageId, sendFormatted } from "../format.js";
import type { BotDeps } from "../deps.js";
import { askAndReply } from "./ask.js";

export function exampleKeyboard(lang: "vi" | "en"): InlineKeyboard {
  const kb = new InlineKeyboard();
  EXAMPLES[lang].forEach((q, i) => kb.text(q, encodeExample(i)).row());
  return kb;
}

/** /start (greeting with three example questions as buttons; a deep-link payload is asked as a question) and /help. */
export function startFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();

  composer.command(commandNames("start"), async (ctx) => {
    const lang = chatLang(ctx);
    if (ctx.chat.type !== "private") {
      await ctx.reply(COPY[lang].groupIntro(ctx.me.username));
      return;
    }
    const payload = ctx.match.trim();
    if (payload.length > 0) {
      await askAndReply(ctx, deps, payload.replace(/[_-]+/g, " "));
      return;
    }
    await sendFormatted(ctx, COPY[lang].greeting(ctx.from?.first_name ?? ""), { keyboard: exampleKeyboard(lang) });
  });

  composer.command(commandNames("help"), async (ctx) => {
    const lang = chatLang(ctx);
    await sendFormatted(ctx, COPY[lang].help(ctx.me.username), { replyTo: quotedMessageId(ctx) });
  });

  return composer;
}
