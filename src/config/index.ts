import { config as loadDotenv } from "dotenv";
import { z } from "zod";

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const userIds = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    const out: number[] = [];
    for (const part of (s ?? "").split(/[\s,;]+/).filter(Boolean)) {
      if (!/^\d{1,15}$/.test(part)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a Telegram user id (digits only, comma-separated)` });
        return z.NEVER;
      }
      out.push(Number(part));
    }
    return out;
  });

/** A positive number of seconds (fractions allowed, for tests), with a default. */
const seconds = (fallback: number) =>
  optionalString.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, "must be a number of seconds")
      .transform(Number)
      .pipe(z.number().positive("must be more than 0 seconds"))
      .optional(),
  ).transform((n) => n ?? fallback);

/** The environment the bot reads (shared/CONTRACT.md "Environment"); one schema, validated once. */
export const EnvSchema = z
  .object({
    BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]+$/, "looks wrong: a token from @BotFather has the form 123456789:AA…")
        .optional(),
    ),
    BOT_API_ROOT: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://api.telegram.org" })
        .transform((u) => u.replace(/\/+$/, ""))
        .optional(),
    ),
    DATA_DIR: optionalString.transform((s) => s ?? "./data"),
    STATE_DIR: optionalString.transform((s) => s ?? "./state"),
    ADMIN_IDS: userIds,
    LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS).optional()).transform((s) => s ?? "info"),
    WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/, message: "must be the public https URL Telegram posts to" }).optional()),
    WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule for secret_token)")
        .optional(),
    ),
    WEBHOOK_PORT: optionalString.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "must be a port number")
        .transform(Number)
        .pipe(z.number().int().min(1).max(65535))
        .optional(),
    ).transform((n) => n ?? 8080),
    HEALTH_PORT: optionalString.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "must be a port number (0 picks a free one and logs it)")
        .transform(Number)
        .pipe(z.number().int().min(0).max(65535))
        .optional(),
    ),
    HEALTH_HOST: optionalString.transform((s) => s ?? "127.0.0.1"),
    STARTUP_TIMEOUT_SECONDS: seconds(30),
    HEALTH_POLL_STALE_SECONDS: seconds(120),
    HEALTH_QUEUE_STUCK_SECONDS: seconds(900),
    /** the interface the webhook server listens on: loopback behind a reverse proxy; 0.0.0.0 only when it must be reachable directly */
    WEBHOOK_HOST: optionalString.pipe(
      z
        .string()
        .regex(/^(?:[A-Za-z0-9.-]+|\[?[0-9A-Fa-f:.]+\]?)$/, "must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0")
        .optional(),
    ).transform((h) => h ?? "127.0.0.1"),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required with WEBHOOK_URL, so that only Telegram can post updates to the bot",
      });
  });

export interface Config {
  botToken: string | undefined;
  apiRoot: string | undefined;
  dataDir: string;
  stateDir: string;
  adminIds: number[];
  logLevel: LogLevel;
  /** how long start-up may wait for the Bot API to answer getMe */
  startupTimeoutMs: number;
  /** GET /healthz and /readyz; undefined when HEALTH_PORT is unset */
  health: { port: number; host: string; pollStaleMs: number; queueStuckMs: number } | undefined;
  webhook: { url: string; secret: string; port: number; host: string } | undefined;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Validate an environment object; the error names each bad variable and says what is expected. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (environment or .env):\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.BOT_API_ROOT,
    dataDir: e.DATA_DIR,
    stateDir: e.STATE_DIR,
    adminIds: e.ADMIN_IDS,
    logLevel: e.LOG_LEVEL,
    startupTimeoutMs: e.STARTUP_TIMEOUT_SECONDS * 1000,
    health:
      e.HEALTH_PORT === undefined
        ? undefined
        : { port: e.HEALTH_PORT, host: e.HEALTH_HOST, pollStaleMs: e.HEALTH_POLL_STALE_SECONDS * 1000, queueStuckMs: e.HEALTH_QUEUE_STUCK_SECONDS * 1000 },
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, port: e.WEBHOOK_PORT, host: e.WEBHOOK_HOST } : undefined,
  };
}

/** Read `.env` (without overriding the real environment) and validate. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath?: string): Config {
  loadDotenv({ quiet: true, processEnv: env as Record<string, string>, ...(dotenvPath ? { path: dotenvPath } : {}) });
  return parseConfig(env);
}

/** The token is required to run the bot (not for `npm run chat`); say what is missing and what to do. */
export function requireToken(config: Config): string {
  if (!config.botToken)
    throw new ConfigError(
      "BOT_TOKEN is missing. Get a token from @BotFather and put BOT_TOKEN=123456789:AA… in the environment or in .env " +
        "(see .env.example). To try the bot without a token, run `npm run chat`.",
    );
  return config.botToken;
}
