import { Composer } from "grammy";
import type { MyContext } from "../context.js";
import { COPY, langOf } from "../../render/bot-copy.js";

/** Added to a group: introduce itself in two lines. */
export function membershipFeature(): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  composer.on("my_chat_member", async (ctx) => {
    const { old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const joined = (after.status === "member" || after.status === "administrator") && (before.status === "left" || before.status === "kicked");
    if (!joined || ctx.chat.type === "private" || ctx.chat.type === "channel") return;
    await ctx.reply(COPY[langOf(ctx.from.language_code)].groupIntro(ctx.me.username));
  });
  return composer;
}
