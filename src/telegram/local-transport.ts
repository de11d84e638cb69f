import type { ApiClientOptions, Transformer } from "grammy";
import type { Chat, Message, Update, User, UserFromGetMe } from "grammy/types";

/** One Bot API call the bot made through the in-process transport. */
export interface LocalCall {
  method: string;
  payload: Record<string, unknown>;
}

/** Answers Bot API calls without a server: sends and edits get plausible Message objects, everything else `true`. */
function fakeApi(bot: UserFromGetMe): (method: string, payload: Record<string, unknown>) => unknown {
  let nextMessageId = 1_000_000;
  const botUser: User = { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
  const chatOf = (chatId: unknown): Chat =>
    Number(chatId) > 0 ? { id: Number(chatId), type: "private", first_name: "User" } : { id: Number(chatId), type: "group", title: "Group" };
  return (method, p) => {
    const date = Math.floor(Date.now() / 1000);
    switch (method) {
      case "getMe":
        return bot;
      case "getUpdates":
        return [];
      case "sendMessage":
      case "sendPhoto":
      case "sendDocument": {
        const message = { message_id: nextMessageId++, date, chat: chatOf(p.chat_id), from: botUser } as Message;
        if (typeof p.text === "string") Object.assign(message, { text: p.text, entities: p.entities });
        if (typeof p.caption === "string") Object.assign(message, { caption: p.caption });
        if (method === "sendPhoto") Object.assign(message, { photo: [{ file_id: `local${message.message_id}`, file_unique_id: `u${message.message_id}`, width: 1, height: 1 }] });
        if (method === "sendDocument") Object.assign(message, { document: { file_id: `local${message.message_id}`, file_unique_id: `u${message.message_id}` } });
        if (p.reply_markup) Object.assign(message, { reply_markup: p.reply_markup });
        return message;
      }
      case "editMessageText":
        return { message_id: Number(p.message_id), date, edit_date: date, chat: chatOf(p.chat_id), from: botUser, text: p.text, entities: p.entities, reply_markup: p.reply_markup };
      default:
        return true;
    }
  };
}

/**
 * An in-process stand-in for the Bot API as an API transformer: the bot's calls never leave the process, and each
 * is handed to `onCall` (the terminal chat prints them). The real grammY middleware and plugins all run.
 */
export function localTransport(bot: UserFromGetMe, onCall: (call: LocalCall) => void = () => {}): Transformer {
  const api = fakeApi(bot);
  return async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    onCall({ method, payload: p });
    return { ok: true, result: api(method, p) } as never;
  };
}

/** The part of a fetch Response grammY reads; a class, so no closure is made per call. */
class LocalResponse {
  constructor(private readonly body: unknown) {}
  json(): Promise<unknown> {
    return Promise.resolve(this.body);
  }
}

/**
 * The same stand-in one level lower, as grammY's `client.fetch`: the client still builds URLs and serializes every
 * payload to JSON exactly as for the network (used by the benchmark). Handles JSON payloads only (no uploads).
 */
export function localFetch(bot: UserFromGetMe, onCall: (call: LocalCall) => void = () => {}): NonNullable<ApiClientOptions["fetch"]> {
  const api = fakeApi(bot);
  const fetchStub = async (url: unknown, init?: { body?: unknown }): Promise<LocalResponse> => {
    const method = String(url).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    onCall({ method, payload });
    return new LocalResponse({ ok: true, result: api(method, payload) });
  };
  return fetchStub as unknown as NonNullable<ApiClientOptions["fetch"]>;
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

/** Builds updates as a Telegram client would send them: a leading command gets its bot_command entity (mentions get none). */
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
