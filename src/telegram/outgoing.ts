import { Api } from "grammy";
import { RateGate, TELEGRAM_LIMITS, type RateLimits, type SendFn } from "../alerts/index.js";
import type { Logger } from "../log/logger.js";
import { COPY } from "../render/bot-copy.js";
import { apiSender } from "./alert-sender.js";
import { Outbox, type OutboxOptions } from "./outbox.js";

export interface Outgoing {
  /** the budget answers and alerts share */
  gate: RateGate;
  /** give it to createBot (BotConfig.outbox) */
  outbox: Outbox;
  /** give it to the Alerts (AlertsOptions.send, with `gate`) */
  alertSend: SendFn;
}

export interface OutgoingOptions extends Partial<Omit<OutboxOptions, "gate" | "logger">> {
  token: string;
  apiRoot?: string | undefined;
  logger: Logger;
  limits?: RateLimits;
}

/**
 * The bot's one way out to Telegram, built once by the composition root: one RateGate, one Outbox, the
 * bot's Api going through its "answers" lane and the broadcast's own Api through its "alerts" lane.
 */
export function createOutgoing(opts: OutgoingOptions): Outgoing {
  const { token, apiRoot, logger, limits, ...rest } = opts;
  const gate = new RateGate(limits ?? TELEGRAM_LIMITS, rest.now);
  const outbox = new Outbox({ delayNotice: (lang) => COPY[lang].answerDelayed, ...rest, gate, logger });
  const alertsApi = new Api(token, { timeoutSeconds: 60, ...(apiRoot ? { apiRoot } : {}) });
  alertsApi.config.use(outbox.transformer("alerts"));
  return { gate, outbox, alertSend: apiSender(alertsApi) };
}
