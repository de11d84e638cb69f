import { GrammyError, type Api } from "grammy";
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import type { AlertAction, AlertPayload, SendFn, SendOutcome } from "../alerts/index.js";

/** Callback data of alert buttons: `al:t:<ref>` whole table, `al:u:<ref>` one unit's row. */
export const ALERT_TABLE_PREFIX = "al:t:";
export const ALERT_UNIT_PREFIX = "al:u:";

/** 400s that mean the chat is gone for the bot, like a 403: the delivery ends and the chat is unsubscribed. */
const CHAT_GONE = [/chat not found/i, /user is deactivated/i, /bot was kicked/i, /bot was blocked/i, /PEER_ID_INVALID/i, /have no rights to send/i];

/** Bot API error → what delivery does about it: only a chat that is gone or a refused message ends it. */
export function classifySendError(err: unknown): SendOutcome {
  if (err instanceof GrammyError) {
    const migrateTo = err.parameters.migrate_to_chat_id;
    if (migrateTo !== undefined) return { kind: "migrated", newChatId: migrateTo };
    if (err.error_code === 429) return { kind: "retry_after", seconds: err.parameters.retry_after ?? 1 };
    if (err.error_code === 403 || CHAT_GONE.some((re) => re.test(err.description))) return { kind: "blocked", description: err.description };
    if (err.error_code >= 500) return { kind: "transient", description: `${err.error_code}: ${err.description}` };
    return { kind: "rejected", description: `${err.error_code}: ${err.description}` };
  }
  // HttpError: the network, a timeout, the API unreachable
  return { kind: "transient", description: err instanceof Error ? err.message : String(err) };
}

function callbackData(action: AlertAction): string {
  return `${action.kind === "table" ? ALERT_TABLE_PREFIX : ALERT_UNIT_PREFIX}${action.ref}`;
}

/** An alert's actions as Telegram buttons (the subscriptions feature answers their presses). */
export function alertKeyboard(actions: readonly AlertAction[][]): InlineKeyboardMarkup {
  return { inline_keyboard: actions.map((row) => row.map((a) => ({ text: a.label, callback_data: callbackData(a) }))) };
}

/**
 * The alerts room's `send` over a grammY Api. Give it an Api of its own with the Outbox's "alerts"
 * transformer: the delivery runner paces itself through the shared RateGate and handles 429s and
 * transient errors in its durable queue, so nothing in this Api retries on its own.
 */
export function apiSender(api: Api): SendFn {
  return async (chatId: number, payload: AlertPayload): Promise<SendOutcome> => {
    try {
      const message = await api.sendMessage(chatId, payload.text, {
        entities: payload.entities as MessageEntity[],
        ...(payload.actions && payload.actions.length > 0 ? { reply_markup: alertKeyboard(payload.actions) } : {}),
        link_preview_options: { is_disabled: true },
      });
      return { kind: "ok", messageId: message.message_id };
    } catch (err) {
      return classifySendError(err);
    }
  };
}
