import type { Transformer } from "grammy";
import type { Chat, Message, Update, User, UserFromGetMe } from "grammy/types";

/** One Bot API call the bot made through the in-process transport. */
export interface LocalCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * An in-process stand-in for the Bot API: the bot's calls never leave the process. Sends and edits are answered
 * with plausible Message objects, everything else with `true`, and each call is handed to `onCall` (the terminal
 * chat prints them; the benchmark counts them). Used as an API transformer, so the real grammY client,
 * middleware and plugins all run.
 */
export function localTransport(bot: UserFromGetMe, onCall: (call: LocalCall) => void = () => {}): Transformer {
  let nextMessageId = 1_000_000;
  const botUser: User = { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
  const chatOf = (chatId: unknown): Chat =>
    Number(chatId) > 0 ? { id: Number(chatId), type: "private", first_name: "User" } : { id: Number(chatId), type: "group", title: "Group" };
  return async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    onCall({ method, payload: p });
    const date = Math.floor(Date.now() / 1000);
    let result: unknown = true;
    switch (method) {
      case "getMe":
        result = bot;
        break;
      case "getUpdates":
        result = [];
        break;
      case "sendMessage":
      case "sendPhoto":
      case "sendDocument": {
        const message: Message = { message_id: nextMessageId++, date, chat: chatOf(p.chat_id), from: botUser } as Message;
        if (typeof p.text === "string") Object.assign(message, { text: p.text, entities: p.entities });
        if (p.reply_markup) Object.assign(message, { reply_markup: p.reply_markup });
        result = message;
        break;
      }
      case "editMessageText":
        result = { message_id: Number(p.message_id), date, edit_date: date, chat: chatOf(p.chat_id), from: botUser, text: p.text, entities: p.entities };
        break;
    }
    return { ok: true, result } as never;
  };
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 777000001,
  is_bot: true,
  first_name: "DTI Bot",
  username: "dti_local_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** Builds updates as a Telegram client would send them (with command and mention entities). */
export class UpdateFactory {
  private nextUpdateId = 1;
  private nextMessageId = 1;

  constructor(readonly user: User) {}

  text(text: string, chat: Chat = { id: this.user.id, type: "private", first_name: this.user.first_name }): Update {
    const cmd = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?/.exec(text);
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.user,
      text,
      ...(cmd ? { entities: [{ type: "bot_command", offset: 0, length: cmd[0].length }] } : {}),
    };
    return { update_id: this.nextUpdateId++, message } as Update;
  }

  press(message: Message, data: string): Update {
    return {
      update_id: this.nextUpdateId++,
      callback_query: { id: String(this.nextUpdateId), from: this.user, message, chat_instance: `ci${message.chat.id}`, data },
    } as Update;
  }
}
