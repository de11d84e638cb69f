import type { Context, SessionFlavor } from "grammy";
import { z } from "zod";
import { ConversationSchema } from "../answer/index.js";

/**
 * What the bot remembers per chat: only the small conversational state a follow-up question needs.
 * Subscriptions and alert queues live in their own store (src/alerts), never here.
 */
export const SessionSchema = z.object({
  conversation: ConversationSchema.optional(),
  lang: z.enum(["vi", "en"]).optional(),
});
export type SessionData = z.infer<typeof SessionSchema>;

export type MyContext = Context & SessionFlavor<SessionData>;
