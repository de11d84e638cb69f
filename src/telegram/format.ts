import { FormattedString } from "@grammyjs/parse-mode";
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import type { MyContext } from "./context.js";

/** Telegram's limit for a message text, in UTF-16 code units after entities are parsed. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Split a formatted text into messages of at most `max` characters, preferring a paragraph break, then a line
 * break, then a space; entities are cut with the text, so every part stays valid. Never splits a surrogate pair.
 */
export function splitFormatted(text: FormattedString, max = MAX_MESSAGE_LENGTH): FormattedString[] {
  const parts: FormattedString[] = [];
  let rest = text;
  while (rest.text.length > max) {
    const window = rest.text.slice(0, max + 1);
    let cut = -1;
    for (const sep of ["\n\n", "\n", " "]) {
      const at = window.lastIndexOf(sep, max);
      if (at > max / 2) {
        cut = at;
        break;
      }
    }
    let end = cut > 0 ? cut : max;
    const code = rest.text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    parts.push(trimEnd(rest.slice(0, end)));
    let next = end;
    while (next < rest.text.length && /\s/.test(rest.text[next]!)) next++;
    rest = rest.slice(next);
  }
  if (rest.text.length > 0 || parts.length === 0) parts.push(rest);
  return parts.filter((p, i) => p.text.trim().length > 0 || (i === 0 && parts.length === 1));
}

function trimEnd(s: FormattedString): FormattedString {
  let end = s.text.length;
  while (end > 0 && /\s/.test(s.text[end - 1]!)) end--;
  return end === s.text.length ? s : s.slice(0, end);
}

/** In a group the bot quotes what it answers (the message, or the one under a pressed button); in a private chat it does not. */
export function quotedMessageId(ctx: MyContext): number | undefined {
  return ctx.chat?.type === "private" ? undefined : ctx.msg?.message_id;
}

/** Reply parameters quoting `messageId` (none when undefined); the reply still goes out if that message was deleted. */
export function replyParameters(messageId: number | undefined): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  return messageId === undefined ? {} : { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } };
}

export interface SendOptions {
  keyboard?: InlineKeyboardMarkup | undefined;
  /** the message to quote (see quotedMessageId) */
  replyTo?: number | undefined;
}

/** Send a formatted text as one or more messages (keyboard under the last one). Returns the last message id. */
export async function sendFormatted(ctx: MyContext, text: FormattedString, opts: SendOptions = {}): Promise<number | undefined> {
  const parts = splitFormatted(text);
  let last: number | undefined;
  for (const [i, part] of parts.entries()) {
    const isLast = i === parts.length - 1;
    const message = await ctx.reply(part.text, {
      entities: part.entities as MessageEntity[],
      link_preview_options: { is_disabled: true },
      ...(isLast && opts.keyboard ? { reply_markup: opts.keyboard } : {}),
      ...(i === 0 ? replyParameters(opts.replyTo) : {}),
    });
    last = message.message_id;
  }
  return last;
}

/** Replace the message a button sits under; an answer too long for one message continues in new messages. */
export async function editIntoFormatted(ctx: MyContext, text: FormattedString, keyboard?: InlineKeyboardMarkup): Promise<void> {
  const parts = splitFormatted(text);
  const [first, ...rest] = parts;
  if (!first) return;
  await ctx.editMessageText(first.text, {
    entities: first.entities as MessageEntity[],
    link_preview_options: { is_disabled: true },
    ...(rest.length === 0 && keyboard ? { reply_markup: keyboard } : {}),
  });
  if (rest.length > 0) await sendFormatted(ctx, FormattedString.join(rest, "\n"), { keyboard });
}
