import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session, type ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { MyContext } from "./context.js";
import { chatLang } from "./chat-lang.js";
import { COPY } from "../render/bot-copy.js";
import type { BotDeps } from "./deps.js";
import type { Outbox } from "./outbox.js";
import { errorBoundary, ignoreHarmless } from "./errors.js";
import { addressedText, askFeature, isPlainText } from "./features/ask.js";
import { buttonsFeature } from "./features/buttons.js";
import { chartsFeature } from "./features/charts.js";
import { inlineFeature } from "./features/inline.js";
import { membershipFeature } from "./features/membership.js";
import { startFeature } from "./features/start.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { adminIngestFeature } from "./features/admin-ingest.js";
import { unhandledFeature } from "./features/unhandled.js";
import { trackUpdates } from "./polling.js";
import { sessionKey } from "./session.js";

export type { BotDeps } from "./deps.js";
export type { MyContext } from "./context.js";

export interface BotConfig {
  /** Bot API root, e.g. a local emulator (default https://api.telegram.org) */
  apiRoot?: string;
  /** known bot identity: skips getMe (terminal chat, benchmarks) */
  botInfo?: UserFromGetMe;
  /** extra client options (tests and the in-process transport) */
  client?: ApiClientOptions;
  /**
   * The paced, retrying way out to Telegram (src/telegram/outgoing.ts), shared with the alert broadcast.
   * Without one (terminal chat, unit tests, benchmarks) requests go straight out with auto-retry.
   */
  outbox?: Outbox;
}

/** grammY's own per-request timeout (default 500 s), a backstop above the Outbox's: a long poll is 30 s plus a margin. */
const CLIENT_TIMEOUT_SECONDS = 60;

export const DEFAULT_RATE_LIMIT = { limit: 12, timeFrameMs: 10_000 };

/**
 * Which updates must be handled one after another. Messages of one chat keep their order (their session and their
 * replies). Button presses have a line of their own per chat and inline queries none: their answers are due within
 * seconds and must not wait behind a chat's replies that Telegram's limits are holding back. The price: a button
 * pressed while an answer in the same chat is still on its way may see that chat's conversation from before it.
 */
export function sequenceKey(ctx: MyContext): string | undefined {
  if (ctx.inlineQuery || ctx.chosenInlineResult) return undefined;
  if (ctx.callbackQuery) return `buttons:${ctx.chat?.id ?? ctx.from?.id ?? ""}`;
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

/** A message the bot is asked to act on: anything in a private chat; in groups a command, a mention or a reply to it. */
export function isAddressedMessage(ctx: MyContext): boolean {
  const msg = ctx.message;
  if (!msg || !ctx.chat) return false;
  if (ctx.chat.type === "private") return true;
  const text = msg.text ?? msg.caption ?? "";
  const entities = msg.entities ?? msg.caption_entities;
  if (entities?.some((e) => e.type === "bot_command" && e.offset === 0)) return true;
  return addressedText(text, entities, { id: ctx.me.id, username: ctx.me.username }, msg.reply_to_message?.from) !== undefined;
}

/**
 * Build the bot: one Composer per feature, the error boundary and the catch-all last.
 * Other features add one `xxxFeature(deps)` line below: inside the filter unless they answer plain text messages.
 */
export function createBot(token: string, deps: BotDeps, botConfig: BotConfig = {}): Bot<MyContext> {
  const bot = new Bot<MyContext>(token, {
    ...(botConfig.botInfo ? { botInfo: botConfig.botInfo } : {}),
    client: { timeoutSeconds: CLIENT_TIMEOUT_SECONDS, ...(botConfig.apiRoot ? { apiRoot: botConfig.apiRoot } : {}), ...botConfig.client },
  });
  const outbox = botConfig.outbox;
  bot.api.config.use(outbox ? outbox.transformer("answers") : autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  trackUpdates(bot);

  // the boundary catches inside the tracked middleware, so an apology is sent before the update counts as finished
  const boundary = errorBoundary(deps.logger);
  bot.catch(boundary);
  const app = bot.errorBoundary(boundary);

  app.use(sequentialize(sequenceKey));
  const rate = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  app.filter(
    (ctx) => ctx.callbackQuery !== undefined || isAddressedMessage(ctx),
    limit<MyContext, never>({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: async (ctx) => {
        const notice = COPY[chatLang(ctx)].rateLimited;
        if (ctx.callbackQuery) await ignoreHarmless(ctx.answerCallbackQuery({ text: notice }));
        else if (ctx.chat?.type === "private") await ctx.reply(notice);
      },
    }),
  );
  app.use(session({ storage: deps.sessionStore, getSessionKey: sessionKey, initial: () => ({}) }));
  // the language a late answer's notice is written in
  if (outbox)
    app.use((ctx, next) => {
      if (ctx.chat) outbox.noteLanguage(ctx.chat.id, chatLang(ctx));
      return next();
    });

  // every middleware a message passes costs a few closures and promises: plain text, most of the traffic, skips in
  // one step the features that act only on commands, buttons, inline queries, documents and membership changes
  app.filter(
    (ctx) => !isPlainText(ctx),
    membershipFeature(),
    startFeature(deps),
    subscriptionsFeature(deps),
    adminIngestFeature(deps),
    chartsFeature(deps),
    buttonsFeature(deps),
    inlineFeature(deps),
  );
  app.use(askFeature(deps));
  app.use(unhandledFeature());
  return bot;
}
