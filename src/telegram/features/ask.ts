import { Composer } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { MyContext } from "../context.js";
import { chatLang, rememberAnswer, sessionOf } from "../chat-lang.js";
import { commandNames, COPY } from "../../render/bot-copy.js";
import type { BotDeps } from "../deps.js";
import { quotedMessageId, replyParameters, sendFormatted } from "../format.js";
import { commandQuestion, type CommandIntent } from "../questions.js";
import { present } from "../respond.js";

/** Command names, from the one command list in render/bot-copy.ts. */
export const ASK_COMMANDS: Record<CommandIntent, string[]> = {
  rank: commandNames("rank"),
  top: commandNames("top"),
  compare: commandNames("compare"),
  trend: commandNames("trend"),
};

/** Answer `question` in this chat and remember the conversation for follow-ups. In groups, reply to the asker. */
export async function askAndReply(ctx: MyContext, deps: BotDeps, question: string): Promise<void> {
  const presented = present(question, deps.knowledge(), sessionOf(ctx)?.conversation, { charts: deps.charts !== undefined });
  rememberAnswer(ctx, presented.result);
  await sendFormatted(ctx, presented.text, { keyboard: presented.keyboard, replyTo: quotedMessageId(ctx) });
}

/** The text of a group message addressed to the bot (mention or reply to the bot), without the mention; else undefined. */
export function addressedText(
  text: string,
  entities: readonly MessageEntity[] | undefined,
  me: { id: number; username: string },
  replyToFrom: { id: number } | undefined,
): string | undefined {
  const mine = (entities ?? []).filter(
    (e) =>
      (e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`) ||
      (e.type === "text_mention" && e.user.id === me.id),
  );
  if (mine.length === 0 && replyToFrom?.id !== me.id) return undefined;
  let out = text;
  for (const e of [...mine].sort((a, b) => b.offset - a.offset)) {
    if (e.type === "mention") out = out.slice(0, e.offset) + out.slice(e.offset + e.length);
  }
  return out.replace(/\s+/g, " ").replace(/^[\s,:;-]+/, "").trim();
}

/**
 * A text message that starts with no command, the bulk of the traffic: no command handler can take it (grammY's
 * command filters match only a bot_command entity at offset 0), so it skips them all in one step.
 */
export function isPlainText(ctx: MyContext): boolean {
  const msg = ctx.message;
  if (msg?.text === undefined) return false;
  const entities = msg.entities;
  if (entities === undefined) return true;
  for (const e of entities) if (e.type === "bot_command" && e.offset === 0) return false;
  return true;
}

export function askFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();

  const commands = composer.filter((ctx) => !isPlainText(ctx));
  for (const [intent, names] of Object.entries(ASK_COMMANDS) as [CommandIntent, string[]][]) {
    commands.command(names, async (ctx) => {
      const args = ctx.match.trim();
      const lang = chatLang(ctx);
      if (args.length === 0) {
        const command = ctx.msg.text.slice(1).split(/[\s@]/)[0] ?? intent;
        await ctx.reply(COPY[lang].commandNeedsArgument(command, COPY[lang].commandExamples[intent]), replyParameters(quotedMessageId(ctx)));
        return;
      }
      await askAndReply(ctx, deps, commandQuestion(intent, args, lang));
    });
  }

  // a command nobody took goes on to the catch-all's help
  const plain = composer.filter(isPlainText);
  plain.chatType("private").on("message:text", async (ctx) => {
    await askAndReply(ctx, deps, ctx.msg.text);
  });

  plain.chatType(["group", "supergroup"]).on("message:text", async (ctx, next) => {
    const question = addressedText(ctx.msg.text, ctx.msg.entities, { id: ctx.me.id, username: ctx.me.username }, ctx.msg.reply_to_message?.from);
    if (question === undefined) return next();
    if (question.length === 0) {
      const lang = chatLang(ctx);
      await ctx.reply(COPY[lang].commandNeedsArgument("xephang", COPY[lang].commandExamples.rank), replyParameters(ctx.msg.message_id));
      return;
    }
    await askAndReply(ctx, deps, question);
  });

  return composer;
}
