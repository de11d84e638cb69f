import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "../log/logger.js";
import type { MyContext } from "./context.js";
import { ALLOWED_UPDATES, trackerOf } from "./polling.js";

export interface WebhookOptions {
  /** the public URL Telegram posts to (behind the reverse proxy) */
  url: string;
  /** Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; anything without it is rejected with 401 */
  secret: string;
  port: number;
  /** the interface to listen on (default 127.0.0.1: the reverse proxy in front is the only client) */
  host?: string;
}

export interface WebhookServer {
  server: Server;
  stop(graceMs?: number): Promise<void>;
}

/**
 * Webhook mode for deployment behind a reverse proxy: a plain HTTP server on `port` that accepts POSTs on the
 * URL's path carrying the right secret-token header, and registers the URL with Telegram.
 */
export async function startWebhook(
  bot: Bot<MyContext>,
  opts: WebhookOptions,
  logger: Logger,
  onUpdate: (at: number) => void = () => {},
): Promise<WebhookServer> {
  const path = new URL(opts.url).pathname;
  const handle = webhookCallback(bot, "http", { secretToken: opts.secret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const server = createServer((req, res) => {
    const reqPath = (req.url ?? "/").split("?")[0];
    if (req.method !== "POST" || reqPath !== path) {
      res.writeHead(404).end();
      return;
    }
    res.once("finish", () => {
      if (res.statusCode === 200) onUpdate(Date.now());
    });
    handle(req, res).catch((err: unknown) => {
      logger.error("webhook request failed", { error: err });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await bot.init();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  await bot.api.setWebhook(opts.url, { secret_token: opts.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info("webhook listening", { host: opts.host ?? "127.0.0.1", port: opts.port, path });
  return {
    server,
    async stop(graceMs = 3500) {
      server.close();
      await trackerOf(bot).idle(graceMs);
      server.closeAllConnections();
    },
  };
}
