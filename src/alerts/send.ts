import { GrammyError, type Api } from "grammy";
import type { AlertPayload } from "./queue.js";
import type { SendFn, SendOutcome } from "./runner.js";

/** Bot API error → what delivery does about it. */
export function classifySendError(err: unknown): SendOutcome {
  if (err instanceof GrammyError) {
    const migrateTo = err.parameters.migrate_to_chat_id;
    if (migrateTo !== undefined) return { kind: "migrated", newChatId: migrateTo };
    if (err.error_code === 429) return { kind: "retry_after", seconds: err.parameters.retry_after ?? 1 };
    if (err.error_code === 403) return { kind: "blocked", description: err.description };
    return { kind: "error", description: `${err.error_code}: ${err.description}` };
  }
  return { kind: "error", description: err instanceof Error ? err.message : String(err) };
}

/**
 * `send` over a grammY Api. Give it an Api of its own (no auto-retry transformer): the delivery
 * runner handles 429 itself, pausing the whole broadcast, and a broadcast must never queue up
 * behind, or in front of, the bot's answers in one transformer chain.
 */
export function apiSender(api: Api): SendFn {
  return async (chatId: number, payload: AlertPayload): Promise<SendOutcome> => {
    try {
      const message = await api.sendMessage(chatId, payload.text, {
        entities: payload.entities,
        ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
        link_preview_options: { is_disabled: true },
      });
      return { kind: "ok", messageId: message.message_id };
    } catch (err) {
      return classifySendError(err);
    }
  };
}
